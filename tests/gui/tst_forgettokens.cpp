// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens forgotten on a screen lock and before sleep, over D-Bus (Linux):
// a stand-in screen saver on a private session bus and a stand-in logind on
// a private bus used as the system bus. Each signal forgets every token,
// only from the owner of the service's name; ActiveChanged(false) forgets
// nothing; logind's session is found through GetSession("auto"); Fetch again
// brings the same tokens back; after a lock no token is found anywhere in
// the model, the clipboard or the window's whole accessibility tree. What
// needs no bus is in tst_tokensafety.
#include "app/secrets/sessionlockwatcher.h"
#include "app/settings/appsettings.h"
#include "forgetfixture.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryFile>
#include <QToolTip>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace TokenDesk;

namespace {

const QString LogindSessionPath = QStringLiteral("/org/freedesktop/login1/session/_3ctest");

// Nothing but a bus: no service directory (so nothing is ever activated), no
// limits worth naming, listening in a fresh socket.
const char BusConfig[] =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>session</type>\n"
    "  <listen>unix:tmpdir=/tmp</listen>\n"
    "  <auth>EXTERNAL</auth>\n"
    "  <policy context=\"default\">\n"
    "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
    "    <allow eavesdrop=\"true\"/>\n"
    "    <allow own=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n";

// A dbus-daemon of our own, so nothing on the machine hears or sends. Its
// child of this process, told to end when this process does, however it ends.
struct PrivateBus
{
    QByteArray address;
    pid_t pid = 0;

    bool start(const char *configPath)
    {
        int out[2];
        if (pipe(out) != 0)
            return false;
        pid = fork();
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGTERM); // an aborted test leaves no daemon
            dup2(out[1], STDOUT_FILENO);
            close(out[0]);
            const QByteArray config = QByteArray("--config-file=") + configPath;
            execlp("dbus-daemon", "dbus-daemon", config.constData(), "--nofork",
                   "--print-address=1", static_cast<char *>(nullptr));
            _exit(127);
        }
        close(out[1]);
        if (pid < 0) {
            close(out[0]);
            return false;
        }
        FILE *read = fdopen(out[0], "r");
        char line[512] = {};
        if (read && std::fgets(line, sizeof line, read))
            address = QByteArray(line).trimmed();
        if (read)
            std::fclose(read);
        return !address.isEmpty();
    }
    ~PrivateBus()
    {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            waitpid(pid, nullptr, 0);
        }
    }
};

} // namespace

// logind's manager, as far as SessionLockWatcher asks it: a session for
// "auto" only, as for a program started outside any session, where
// GetSessionByPID fails.
class StandInLogind final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString &id) // NOLINT: the D-Bus method's name
    {
        if (id == QLatin1String("auto"))
            return QDBusObjectPath(LogindSessionPath);
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchSession"), id);
        return {};
    }
    QDBusObjectPath GetSessionByPID(uint pid) // NOLINT: the D-Bus method's name
    {
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSessionForPID"),
                       QString::number(pid));
        return {};
    }
};

class TestForgetTokens final : public QObject, private ForgetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void screenSaverLockForgetsAndFetchAgainBringsThemBack_data();
    void screenSaverLockForgetsAndFetchAgainBringsThemBack();
    void inactiveScreenSaverForgetsNothing();
    void onlyTheNamesOwnerIsHeard();
    void logindLockAndSleepForget_data();
    void logindLockAndSleepForget();
    void lockSettingOffKeepsTokens();
    void canaryNoForgottenTokenAnywhereAfterLock();

private:
    static void emitScreenSaver(const QString &service, const QString &path, bool active,
                                const QString &connection = QStringLiteral("standin"));

    QDBusConnection m_standIn{QString()};
    QDBusConnection m_logind{QString()};
    StandInLogind m_logindManager;
};

void TestForgetTokens::initTestCase()
{
    isolateSettings();
    QAccessible::setActive(true);
    // The stand-ins are other programs to the window: connections of their own.
    m_standIn =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("standin"));
    QVERIFY2(m_standIn.isConnected(), "the private session bus");
    for (const char *name : {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"})
        QVERIFY(m_standIn.registerService(QLatin1String(name)));
    // Another program on the same bus, owning no name.
    QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("impostor"))
                .isConnected());
    m_logind = QDBusConnection::connectToBus(QDBusConnection::SystemBus, QStringLiteral("logind"));
    QVERIFY2(m_logind.isConnected(), "the private bus standing in for the system bus");
    QVERIFY(m_logind.registerService(QStringLiteral("org.freedesktop.login1")));
    QVERIFY(m_logind.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_logindManager,
                                    QDBusConnection::ExportAllSlots));
}

void TestForgetTokens::init()
{
    QVERIFY(openWindowWithTokens());
    SessionLockWatcher *watcher = forgetter()->lockWatcher();
    // After the first paint the window listens; the bus then has its rules.
    // logind's session: only GetSession("auto") gives one (StandInLogind).
    QTRY_VERIFY_WITH_TIMEOUT(watcher->isWatchingSessionBus() && watcher->isWatchingLogind(), 30000);
}

void TestForgetTokens::cleanup()
{
    closeWindow();
    QApplication::clipboard()->clear();
    QSettings().clear();
}

void TestForgetTokens::emitScreenSaver(const QString &service, const QString &path, bool active,
                                       const QString &connection)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(path, service, QStringLiteral("ActiveChanged"));
    signal << active;
    QVERIFY(QDBusConnection(connection).send(signal));
}

void TestForgetTokens::screenSaverLockForgetsAndFetchAgainBringsThemBack_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::newRow("KDE") << "org.freedesktop.ScreenSaver"
                         << "/ScreenSaver";
    QTest::newRow("freedesktop") << "org.freedesktop.ScreenSaver"
                                 << "/org/freedesktop/ScreenSaver";
    QTest::newRow("GNOME") << "org.gnome.ScreenSaver"
                           << "/org/gnome/ScreenSaver";
}

void TestForgetTokens::screenSaverLockForgetsAndFetchAgainBringsThemBack()
{
    QFETCH(QString, service);
    QFETCH(QString, path);
    emitScreenSaver(service, path, true);
    QTRY_COMPARE(forgottenRows(), 3);
    verifyAllForgotten();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tokens forgotten: the screen was locked."));
    fetchAgainAndVerifyTheSameTokens(); // one request per forgotten row
}

void TestForgetTokens::inactiveScreenSaverForgetsNothing()
{
    QSignalSpy heard(forgetter()->lockWatcher(), &SessionLockWatcher::sessionLocked);
    QSignalSpy forgotten(forgetter(), &TokenForgetter::tokensForgotten);
    const QString gnome = QStringLiteral("org.gnome.ScreenSaver");
    const QString path = QStringLiteral("/org/gnome/ScreenSaver");
    emitScreenSaver(gnome, path, false);
    // Sent after it on the same connection, so heard after it: by the time
    // the true forgets, the false was handled, and forgot nothing.
    emitScreenSaver(gnome, path, true);
    QTRY_COMPARE(forgotten.count(), 1);
    QCOMPARE(heard.count(), 1);
    QCOMPARE(forgottenRows(), 3);
}

void TestForgetTokens::onlyTheNamesOwnerIsHeard()
{
    QSignalSpy heard(forgetter()->lockWatcher(), &SessionLockWatcher::sessionLocked);
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true, QStringLiteral("impostor"));
    // The impostor's signal reaches the bus before the owner's is sent.
    const QDBusMessage ping =
        QDBusConnection(QStringLiteral("impostor"))
            .call(QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId")));
    QCOMPARE(ping.type(), QDBusMessage::ReplyMessage);
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_COMPARE(heard.count(), 1);
    QTRY_COMPARE(forgottenRows(), 3);
    QCOMPARE(heard.count(), 1); // the impostor's answer came first and was no
}

void TestForgetTokens::logindLockAndSleepForget_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("Lock") << LogindSessionPath << "org.freedesktop.login1.Session"
                          << "Lock"
                          << "Tokens forgotten: the screen was locked.";
    QTest::newRow("PrepareForSleep") << "/org/freedesktop/login1"
                                     << "org.freedesktop.login1.Manager"
                                     << "PrepareForSleep"
                                     << "Tokens forgotten: the computer was going to sleep.";
}

void TestForgetTokens::logindLockAndSleepForget()
{
    QFETCH(QString, path);
    QFETCH(QString, interface);
    QFETCH(QString, name);
    QFETCH(QString, sentence);
    // Heard at all only through GetSession("auto"): the stand-in has no other way (init).
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
    if (name == QLatin1String("PrepareForSleep"))
        signal << true;
    QVERIFY(m_logind.send(signal));
    QTRY_COMPARE(forgottenRows(), 3);
    verifyAllForgotten();
    QCOMPARE(m_window->statusBar()->currentMessage(), sentence);
    fetchAgainAndVerifyTheSameTokens();
}

void TestForgetTokens::lockSettingOffKeepsTokens()
{
    m_window->settings()->setForgetOnLock(false);
    QSignalSpy heard(forgetter()->lockWatcher(), &SessionLockWatcher::sessionLocked);
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_COMPARE(heard.count(), 1);
    QCOMPARE(tokensInTable(), m_tokens);
    m_window->settings()->setForgetOnLock(true);
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_COMPARE(forgottenRows(), 3);
}

void TestForgetTokens::canaryNoForgottenTokenAnywhereAfterLock()
{
    const auto leaks = [this] {
        QStringList found;
        const auto check = [&](const QString &where, const QString &text) {
            for (const QString &token : std::as_const(m_tokens)) {
                if (text.contains(token))
                    found.append(where);
            }
        };
        for (int row = 0; row < model()->rowCount(); ++row)
            for (int column = 0; column < model()->columnCount(); ++column)
                for (int role = 0; role <= Qt::UserRole + 64; ++role)
                    check(QStringLiteral("model %1,%2 role %3").arg(row).arg(column).arg(role),
                          model()->index(row, column).data(role).toString());
        // What assistive technology is told about the whole window: the
        // table cell by cell, the status bar, every field, button and label.
        const std::function<void(QAccessibleInterface *, int)> walk =
            [&](QAccessibleInterface *node, int depth) {
                if (!node || depth > 40)
                    return;
                for (QAccessible::Text kind :
                     {QAccessible::Name, QAccessible::Value, QAccessible::Description,
                      QAccessible::Help, QAccessible::Accelerator})
                    check(QStringLiteral("accessible"), node->text(kind));
                if (QAccessibleTextInterface *text = node->textInterface())
                    check(QStringLiteral("accessible"), text->text(0, text->characterCount()));
                for (int i = 0; i < node->childCount(); ++i)
                    walk(node->child(i), depth + 1);
            };
        walk(QAccessible::queryAccessibleInterface(m_window.get()), 0);
        // What no accessible text reaches: every widget's own tooltip and status tip.
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            check(QStringLiteral("tooltip"), widget->toolTip());
            check(QStringLiteral("status tip"), widget->statusTip());
        }
        check(QStringLiteral("status bar"), m_window->statusBar()->currentMessage());
        check(QStringLiteral("tooltip shown"), QToolTip::text());
        check(QStringLiteral("clipboard"), QApplication::clipboard()->text());
        return found;
    };
    // Revealed and copied first, so the search has something to find.
    m_window->findChild<QAction *>(QStringLiteral("revealTokensAction"))->setChecked(true);
    tokensView()->selectRow(2);
    m_window->copySelectedToken();
    QVERIFY2(leaks().contains(QStringLiteral("accessible")), "the search finds a revealed token");
    QVERIFY(leaks().contains(QStringLiteral("clipboard")));

    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_COMPARE(forgottenRows(), 3);
    QCOMPARE(leaks(), QStringList());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("revealTokensAction"))->isChecked());
    // The agency key is not touched: Fetch again needs no new one.
    QCOMPARE(child<QLineEdit>("agencyKeyEdit")->text(), Sandbox::SandboxServer::demoKey());
}

int main(int argc, char *argv[])
{
    // Buses of the test's own, before anything of Qt's looks for one.
    QTemporaryFile config;
    if (!config.open() || config.write(BusConfig) < 0 || !config.flush()) {
        std::fprintf(stderr, "tst_forgettokens: cannot write the bus configuration\n");
        return 1;
    }
    const QByteArray configPath = config.fileName().toLocal8Bit();
    PrivateBus session;
    PrivateBus system;
    if (!session.start(configPath.constData()) || !system.start(configPath.constData())) {
        std::fprintf(stderr, "tst_forgettokens: cannot start dbus-daemon (package dbus)\n");
        return 1;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", session.address);
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", system.address);
    qunsetenv("XDG_SESSION_ID"); // the session must come from "auto"
    QApplication app(argc, argv);
    TestForgetTokens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_forgettokens.moc"
