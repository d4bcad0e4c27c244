// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash dumps: hardenProcess() in this process, and both real programs
// started as a user starts them, seen from outside through /proc.
#include "core/processhardening.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace TokenDesk;

namespace {

constexpr uid_t Nobody = 65534;

// The soft and hard core-file limits of a process, as its /proc/PID/limits
// says ("Max core file size  0  0  bytes"); empty when unreadable.
QStringList coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromLatin1(limits.readAll());
    const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(text);
    return match.hasMatch() ? QStringList{match.captured(1), match.captured(2)} : QStringList{};
}

// The real user ID of a process ("Uid:\treal\teffective…" in /proc/PID/status).
uint processUid(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression line(QStringLiteral("^Uid:\\s+(\\d+)"),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(status.readAll())).captured(1).toUInt();
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothProgramsStartHardened_data();
    void bothProgramsStartHardened();
    // Last: it lowers this process's own limit for good.
    void hardensThisProcess();
};

void TestProcessHardening::hardensThisProcess()
{
    rlimit allowCores{RLIM_INFINITY, RLIM_INFINITY};
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
    allowCores.rlim_max = before.rlim_max;
    allowCores.rlim_cur = before.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_CORE, &allowCores), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

    QVERIFY(hardenProcess());

    rlimit after{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, rlim_t(0));
    QCOMPARE(after.rlim_max, rlim_t(0)); // and cannot be raised again
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestProcessHardening::bothProgramsStartHardened_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    // The CLI waits for its IDs on standard input; the window shows its demo.
    QTest::newRow("tokendesk-cli") << QStringLiteral(TOKENDESK_CLI_PATH)
                                   << QStringList{QStringLiteral("-i"), QStringLiteral("-")};
    QTest::newRow("tokendesk") << QStringLiteral(TOKENDESK_APP_PATH)
                               << QStringList{QStringLiteral("--demo")};
}

void TestProcessHardening::bothProgramsStartHardened()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENDESK_API_KEY"),
                       QStringLiteral("canary-KEY-hardening-5d1e"));
    QProcess process;
    process.setProcessEnvironment(environment);
    // The child starts allowed to write a core of any size (the soft limit
    // raised to the hard one), so only the program itself can lower it.
    process.setChildProcessModifier([] {
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    });
    // Run as root, the test runs the program as nobody (util-linux's
    // setpriv execs it in the same process): only then does the owner of its
    // /proc files tell whether it is dumpable. Not setuid() in the modifier:
    // QProcess may fork with a shared address space, and dumpability belongs
    // to the address space, so this test process would lose its own.
    if (geteuid() == 0) {
        arguments.prepend(program);
        arguments = QStringList{QStringLiteral("--reuid=%1").arg(Nobody),
                                QStringLiteral("--regid=%1").arg(Nobody),
                                QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                    arguments;
        program = QStringLiteral("setpriv");
    }
    const auto stop = qScopeGuard([&process] {
        process.kill();
        process.waitForFinished(30000);
    });
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
    const qint64 pid = process.processId();

    rlimit ours{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &ours), 0);
    QVERIFY2(ours.rlim_max != 0, "the test needs a hard core limit above 0 to prove anything");

    // Polled: the program lowers its limit a moment after it starts.
    QTRY_COMPARE_WITH_TIMEOUT(coreLimits(pid),
                              (QStringList{QStringLiteral("0"), QStringLiteral("0")}), 60000);
    // Not dumpable: the kernel hands its /proc files to root, though the
    // program runs as another user.
    QVERIFY(processUid(pid) != 0);
    QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/status").arg(pid)).ownerId(), uint(0));
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
