// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the tokendesk-cli suites share: running the real binary through
// QProcess, reading its jsonl, and a private settings folder for profiles.
#pragma once

#include "core/profilestore.h"
#include "keychain/keyvault.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk::Sandbox;

namespace CliTest {

const QString CanaryKey = QStringLiteral("canary-KEY-9f3a61c0d2e84b7a");
const QStringList RecordFields{
    QStringLiteral("userId"),    QStringLiteral("ok"),         QStringLiteral("key"),
    QStringLiteral("active"),    QStringLiteral("httpStatus"), QStringLiteral("error"),
    QStringLiteral("errorKind"), QStringLiteral("attempts"),   QStringLiteral("elapsedMs")};

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
};

using Environment = QList<QPair<QString, QString>>;

// Runs the real binary without blocking the event loop, so that a
// SandboxServer in this process can answer it.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
                     const Environment &extraEnvironment = {}, int timeoutMs = 60000)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TOKENDESK_API_KEY"));
    environment.remove(QStringLiteral("TOKENDESK_BASE_URL"));
    for (const auto &[name, value] : extraEnvironment)
        environment.insert(name, value);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QList<QJsonObject> jsonlRecords(const QByteArray &out)
{
    QList<QJsonObject> records;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        records.append(doc.object());
    }
    return records;
}

// The top-level field names of one jsonl line, in the order written.
inline QStringList fieldOrder(const QByteArray &line)
{
    static const QRegularExpression field(QStringLiteral(R"re((?:^\{|,)"([A-Za-z]+)":)re"));
    QStringList names;
    auto it = field.globalMatch(QString::fromUtf8(line));
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

inline QString errorKind(const QJsonObject &record)
{
    return record.value(QLatin1String("errorKind")).toString();
}

// Saves a profile, and its key in the test run's keychain as the window
// would. Returns why not, or an empty string.
inline QString saveProfile(const QString &name, const QString &baseUrl, const QString &key)
{
    TokenDesk::ProfileStore profiles;
    if (const QString problem = profiles.save({name, baseUrl, true}); !problem.isEmpty())
        return problem;
    TokenDesk::KeyVault vault;
    QSignalSpy written(&vault, &TokenDesk::KeyVault::writeFinished);
    vault.write(name, key);
    if (!written.wait(15000))
        return QStringLiteral("The keychain did not answer.");
    const auto result = written.first().at(1).value<TokenDesk::KeyVaultResult>();
    if (result.ok())
        return {};
    return result.message + QStringLiteral("\nThe keychain tests need a Secret Service: run them "
                                           "through scripts/test.sh, which starts gnome-keyring "
                                           "on a private D-Bus session.");
}

// Shares a private XDG_CONFIG_HOME with the CLI (profiles live in QSettings)
// and finds the three sample IDs that `--demo` suggests: two active, one inactive.
inline void setUpCliTestCase(QTemporaryDir &config, QStringList &samples)
{
    // Before any QSettings: this process and the CLI share the profiles, and
    // never the user's own.
    QVERIFY(config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));

    // The suggestion printed for --demo without IDs is also what a new user copies.
    const CliRun run = runCli({QStringLiteral("--demo")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    const QString err = run.errText();
    const qsizetype at = err.indexOf(QLatin1String("tokendesk-cli --demo "));
    QVERIFY2(at >= 0, qPrintable(err));
    samples = err.mid(at + 21).section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '));
    QCOMPARE(samples.size(), 3);
    SandboxServer server;
    const QList<Customer> customers = server.customers();
    const auto find = [&customers](const QString &id) {
        return std::find_if(customers.cbegin(), customers.cend(),
                            [&id](const Customer &c) { return c.id == id; });
    };
    QVERIFY(find(samples.at(0))->tokenActive);
    QVERIFY(!find(samples.at(2))->tokenActive);
}

} // namespace CliTest
