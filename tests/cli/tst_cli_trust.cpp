// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: --ca-file and --profile.
#include "clitestsupport.h"

using namespace CliTest;

class TestCliTrust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caFileTrustsHttpsSandbox();
    void caFileProblemsExitTwo();
    void profileGivesUrlAndKey();
    void profileProblemsExitTwo();
    void profileWithoutKeychainExitsTwo();

private:
    QStringList m_samples;  // two active customers, then an inactive one
    QTemporaryDir m_config; // XDG_CONFIG_HOME here and in the CLI
};

void TestCliTrust::initTestCase()
{
    setUpCliTestCase(m_config, m_samples);
}

void TestCliTrust::caFileTrustsHttpsSandbox()
{
    const QString certificatePath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-cert.pem");
    QSslCertificate certificate;
    QSslKey key;
    QCOMPARE(SandboxServer::loadTlsFiles(certificatePath,
                                         QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-key.pem"),
                                         &certificate, &key),
             QString());
    SandboxServer server;
    QVERIFY(server.listenTls(certificate, key));
    const QString baseUrl = server.baseUrl().toString();
    QVERIFY(baseUrl.startsWith(QLatin1String("https://localhost:")));
    const QStringList ids = server.sampleUserIds(2);
    const QStringList arguments = QStringList{QStringLiteral("--base-url"), baseUrl,
                                              QStringLiteral("--retries"), QStringLiteral("0")} +
                                  ids;
    const Environment environment{{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}};

    CliRun run = runCli(arguments + QStringList{QStringLiteral("--ca-file"), certificatePath}, {},
                        environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 2);
    for (const QJsonObject &record : records)
        QVERIFY(record.value(QLatin1String("ok")).toBool());

    // Without it the self-signed certificate is refused, and the key never sent.
    server.resetCounters();
    run = runCli(arguments, {}, environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 2);
    for (const QJsonObject &record : records) {
        QCOMPARE(errorKind(record), QStringLiteral("tls"));
        QVERIFY(record.value(QLatin1String("httpStatus")).isNull());
        QVERIFY2(
            record.value(QLatin1String("error")).toString().contains(QLatin1String("certificate")),
            qPrintable(record.value(QLatin1String("error")).toString()));
    }
    QCOMPARE(server.requestCount(), 0);
}

void TestCliTrust::caFileProblemsExitTwo()
{
    SandboxServer server;
    QVERIFY(server.listen());
    const Environment environment{
        {QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()},
        {QStringLiteral("TOKENDESK_BASE_URL"), server.baseUrl().toString()}};
    const QString id = server.sampleUserIds(1).constFirst();
    for (const QString &path : {QStringLiteral("/nonexistent/ca.pem"),
                                QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-key.pem")}) {
        const CliRun run = runCli({QStringLiteral("--ca-file"), path, id}, {}, environment);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("--ca-file: ")), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(path), qPrintable(run.errText()));
    }
    QCOMPARE(server.requestCount(), 0);

    const CliRun help = runCli({QStringLiteral("--help")});
    QVERIFY(help.out.contains("--ca-file <PEM>"));
}

void TestCliTrust::profileGivesUrlAndKey()
{
    SandboxServer server;
    server.setAgencyKey(CanaryKey);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QStringList ids = server.sampleUserIds(2);
    const QString problem =
        saveProfile(QStringLiteral("acme"), server.baseUrl().toString(), CanaryKey);
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));

    const QString sentTo = QLatin1String("GET ") + server.baseUrl().toString();
    CliRun run = runCli({QStringLiteral("--profile"), QStringLiteral("acme"),
                         QStringLiteral("--verbose"), ids.at(0), ids.at(1)});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(jsonlRecords(run.out).size(), 2);
    QVERIFY2(run.errText().contains(sentTo), qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(CanaryKey));
    QVERIFY(!run.out.contains(CanaryKey.toUtf8()));
    // Names ignore case, as the keychain on Windows does.
    run = runCli({QStringLiteral("--profile"), QStringLiteral("ACME"), ids.at(0)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));

    // --key-stdin and TOKENDESK_API_KEY come before the profile's key.
    const QString wrongKey = QStringLiteral("wrong-KEY-5a0f2c");
    const QStringList withProfile{QStringLiteral("--profile"), QStringLiteral("acme"), ids.at(0)};
    run = runCli(withProfile, {}, {{QStringLiteral("TOKENDESK_API_KEY"), wrongKey}});
    QCOMPARE(run.exitCode, 3);
    run =
        runCli(QStringList{QStringLiteral("--key-stdin")} + withProfile, wrongKey.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 3);

    // --base-url and TOKENDESK_BASE_URL come before the profile's base URL.
    SandboxServer other;
    other.setAgencyKey(CanaryKey);
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    const QString otherUrl = other.baseUrl().toString();
    run = runCli(QStringList{QStringLiteral("--verbose"), QStringLiteral("--base-url"), otherUrl} +
                 withProfile);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QLatin1String("GET ") + otherUrl), qPrintable(run.errText()));
    run = runCli(QStringList{QStringLiteral("--verbose")} + withProfile, {},
                 {{QStringLiteral("TOKENDESK_BASE_URL"), otherUrl}});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QLatin1String("GET ") + otherUrl), qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(CanaryKey));

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("acme"));
    QVERIFY(!stored.contains(CanaryKey.toUtf8()));

    // As the window deletes a profile: the settings, then the key.
    QVERIFY(TokenDesk::ProfileStore().remove(QStringLiteral("acme")));
    TokenDesk::KeyVault vault;
    QSignalSpy removed(&vault, &TokenDesk::KeyVault::removeFinished);
    vault.remove(QStringLiteral("acme"));
    QVERIFY(removed.wait(15000));
    QVERIFY(removed.first().at(1).value<TokenDesk::KeyVaultResult>().ok());
}

void TestCliTrust::profileProblemsExitTwo()
{
    TokenDesk::ProfileStore profiles;
    const QString unused = QStringLiteral("https://unused.example");
    QCOMPARE(profiles.save({QStringLiteral("forgetful"), unused, false}), QString());
    QCOMPARE(profiles.save({QStringLiteral("keyless"), unused, true}), QString());
    const struct
    {
        QStringList arguments;
        QLatin1String says;
    } cases[] = {
        {{QStringLiteral("--profile"), QStringLiteral("nosuch")},
         QLatin1String("There is no profile")},
        {{QStringLiteral("--profile"), QStringLiteral("a/b")}, QLatin1String("--profile: ")},
        {{QStringLiteral("--profile"), QStringLiteral("forgetful")},
         QLatin1String("does not keep its key")},
        {{QStringLiteral("--profile"), QStringLiteral("keyless")},
         QLatin1String("No agency key is stored")},
        {{QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("keyless")},
         QLatin1String("leave out --profile")},
    };
    for (const auto &item : cases) {
        const CliRun run = runCli(item.arguments + QStringList{QStringLiteral("some-id")});
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 2, qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(item.says), qPrintable(run.errText()));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliTrust::profileWithoutKeychainExitsTwo()
{
    TokenDesk::ProfileStore profiles;
    QCOMPARE(profiles.save(
                 {QStringLiteral("remembered"), QStringLiteral("https://unused.example"), true}),
             QString());
    const CliRun run = runCli(
        {QStringLiteral("--profile"), QStringLiteral("remembered"), QStringLiteral("id")}, {},
        {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 2, qPrintable(run.errText()));
    // The keychain's own answer that there is none, not the CLI giving up
    // after its wait for an answer (which says "did not answer within"):
    // told apart by the sentence, however long the machine took.
    QVERIFY2(run.errText().contains(QLatin1String("No keychain is available (")),
             qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("Install and start a Secret Service")),
             qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QLatin1String("did not answer")), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_cli_trust.moc"
