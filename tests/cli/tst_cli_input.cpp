// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: user IDs and team members from files and standard input.
#include "clitestsupport.h"

using namespace CliTest;

class TestCliInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inputCsvFile();
    void inputCsvFromStdin();
    void unusableInputSendsNothing_data();
    void unusableInputSendsNothing();
    void teamMember();
    void teamMemberUsageErrors_data();
    void teamMemberUsageErrors();
    void teamMembersFromCsv();

private:
    QStringList m_samples;  // two active customers, then an inactive one
    QTemporaryDir m_config; // XDG_CONFIG_HOME here and in the CLI
};

void TestCliInput::initTestCase()
{
    setUpCliTestCase(m_config, m_samples);
}

void TestCliInput::inputCsvFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ids.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A spreadsheet's export: a byte order mark, CRLF, quotes, userId not first.
    file.write("\xef\xbb\xbf\"name\",\"userId\"\r\n\"Doe, Jane\",\"" + m_samples.at(1).toUtf8() +
               "\"\r\n\"Bob \"\"B\"\"\"," + m_samples.at(0).toUtf8() +
               "\r\n,\r\n\"Eve\",\"\"\r\nagain,\" " + m_samples.at(1).toUtf8() + " \"\r\n");
    file.close();

    const CliRun run = runCli({QStringLiteral("--demo"), QStringLiteral("-f"),
                               QStringLiteral("json"), QStringLiteral("-i"), path});
    QVERIFY(run.finished);
    // The skipped row is an invalid_input record in its place, so the run says 1.
    QCOMPARE(run.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(QLatin1String("userId")).toString(), m_samples.at(1));
    QCOMPARE(array.at(1).toObject().value(QLatin1String("userId")).toString(), m_samples.at(0));
    QCOMPARE(array.at(2).toObject().value(QLatin1String("userId")).toString(),
             QStringLiteral("Eve,"));
    QCOMPARE(errorKind(array.at(2).toObject()), QStringLiteral("invalid_input"));
    // The skipped row is named on standard error, with its file.
    QVERIFY2(run.errText().contains(QDir::toNativeSeparators(path) +
                                    QLatin1String(": Line 5 has no userId; skipped.\n")),
             qPrintable(run.errText()));
}

void TestCliInput::inputCsvFromStdin()
{
    const QByteArray csv = "_id;name\n" + m_samples.at(0).toUtf8() + ";Ann\n" +
                           m_samples.at(2).toUtf8() + ";\"Bob; Jr.\"\n";
    const CliRun run =
        runCli({QStringLiteral("--demo"), QStringLiteral("-i"), QStringLiteral("-")}, csv);
    QCOMPARE(run.exitCode, 0);
    QHash<QString, bool> active;
    for (const QJsonObject &record : jsonlRecords(run.out))
        active.insert(record.value(QLatin1String("userId")).toString(),
                      record.value(QLatin1String("active")).toBool());
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.value(m_samples.at(0)), true);
    QCOMPARE(active.value(m_samples.at(2), true), false);
}

void TestCliInput::unusableInputSendsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("viaStdin");
    QTest::addColumn<QString>("expected");
    const QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("binary file") << binary << false << QStringLiteral("not a text file");
    QTest::newRow("binary stdin") << binary << true
                                  << QStringLiteral("standard input: This is not a text file");
    QTest::newRow("latin-1") << QByteArray("caf\xe9\n") << false << QStringLiteral("UTF-8");
    QTest::newRow("unclosed quote") << QByteArray("userId\nabc\n\"def\n") << false
                                    << QStringLiteral("Line 3 has a quote that is never closed.");
    QTest::newRow("no ids") << QByteArray("# nothing\n") << false
                            << QStringLiteral("The file holds no user IDs.");
}

void TestCliInput::unusableInputSendsNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, viaStdin);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    // A sandbox that would answer, to prove that nothing reached it.
    SandboxServer server;
    QVERIFY(server.listen());
    const CliRun run =
        runCli({QStringLiteral("-i"), viaStdin ? QStringLiteral("-") : path, m_samples.at(0)},
               viaStdin ? bytes : QByteArray(),
               {{QStringLiteral("TOKENDESK_BASE_URL"), server.baseUrl().toString()},
                {QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(expected), qPrintable(run.errText()));
    if (!viaStdin)
        QVERIFY(run.errText().contains(QDir::toNativeSeparators(path) + QLatin1String(": ")));
    QCOMPARE(server.requestCount(), 0);
}

void TestCliInput::teamMember()
{
    const CliRun run = runCli({QStringLiteral("--demo"), QStringLiteral("--email"),
                               QStringLiteral("agent1@sandbox.example"), QStringLiteral("--type"),
                               QStringLiteral("agent")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QStringList fields = RecordFields;
    fields.replaceInStrings(QStringLiteral("userId"), QStringLiteral("email"));
    fields.insert(1, QStringLiteral("type"));
    QCOMPARE(fieldOrder(lines.first()), fields);
    const QJsonObject record = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(record.value(QLatin1String("email")).toString(),
             QStringLiteral("agent1@sandbox.example"));
    QCOMPARE(record.value(QLatin1String("type")).toString(), QStringLiteral("AGENT"));
    QCOMPARE(record.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(record.value(QLatin1String("active")).toBool(false), true);
    QVERIFY(record.value(QLatin1String("key")).toString().startsWith(QLatin1String("bp_")));

    const CliRun help = runCli({QStringLiteral("--help")});
    QVERIFY(help.out.contains("--email <ADDRESS>"));
    QVERIFY(help.out.contains("--type <T>"));
    QVERIFY(help.out.contains("_id"));
}

void TestCliInput::teamMemberUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString email = QStringLiteral("--email");
    const QString type = QStringLiteral("--type");
    const QString agent = QStringLiteral("agent1@sandbox.example");
    QTest::newRow("email without type")
        << QStringList{email, QStringLiteral("x")} << QStringLiteral("--type");
    QTest::newRow("type without email")
        << QStringList{type, QStringLiteral("AGENT")} << QStringLiteral("--email");
    QTest::newRow("bad type") << QStringList{email, agent, type, QStringLiteral("boss")}
                              << QStringLiteral("“boss”");
    QTest::newRow("no at sign") << QStringList{email, QStringLiteral("x"), type,
                                               QStringLiteral("AGENT")}
                                << QStringLiteral("@");
    QTest::newRow("twice") << QStringList{email, agent,
                                          type,  QStringLiteral("AGENT"),
                                          email, QStringLiteral("b@sandbox.example")}
                           << QStringLiteral("once");
}

void TestCliInput::teamMemberUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    SandboxServer server;
    QVERIFY(server.listen());
    const CliRun run = runCli(arguments, {},
                              {{QStringLiteral("TOKENDESK_BASE_URL"), server.baseUrl().toString()},
                               {QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(expected), qPrintable(run.errText()));
    QCOMPARE(server.requestCount(), 0);
}

void TestCliInput::teamMembersFromCsv()
{
    SandboxServer reference;
    const Customer customer = reference.customers().at(4); // every fifth token is inactive
    QVERIFY(!customer.tokenActive);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("team.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Email;Type\r\ncustom2@sandbox.example;CUSTOM_USER\r\nboss@sandbox.example;BOSS\r\n" +
        customer.email.toUtf8() + ";customer\r\nagent1@sandbox.example;Agent\r\n");
    file.close();

    // Mixed with a user ID and the --email member, each once, in input order.
    const CliRun run =
        runCli({QStringLiteral("--demo"), QStringLiteral("-f"), QStringLiteral("json"),
                QStringLiteral("--email"), QStringLiteral("agent1@sandbox.example"),
                QStringLiteral("--type"), QStringLiteral("AGENT"), QStringLiteral("-i"),
                file.fileName(), m_samples.at(0)});
    QVERIFY(run.finished);
    // The BOSS row is an invalid_input record in its place, so the run says 1.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("team.csv: Line 3 has the type “BOSS”")),
             qPrintable(run.errText()));
    QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 5);
    QCOMPARE(array.at(3).toObject().value(QLatin1String("userId")).toString(),
             QStringLiteral("boss@sandbox.example;BOSS"));
    QCOMPARE(errorKind(array.at(3).toObject()), QStringLiteral("invalid_input"));
    array.removeAt(3);
    const auto identity = [&array](int i) {
        const QJsonObject record = array.at(i).toObject();
        return record.contains(QLatin1String("userId"))
                   ? record.value(QLatin1String("userId")).toString()
                   : record.value(QLatin1String("email")).toString() + QLatin1Char('/') +
                         record.value(QLatin1String("type")).toString();
    };
    QCOMPARE(identity(0), m_samples.at(0));
    QCOMPARE(identity(1), QStringLiteral("agent1@sandbox.example/AGENT"));
    QCOMPARE(identity(2), QStringLiteral("custom2@sandbox.example/CUSTOM_USER"));
    QCOMPARE(identity(3), customer.email + QStringLiteral("/CUSTOMER"));
    QCOMPARE(array.at(1).toObject().value(QLatin1String("active")).toBool(false), true);
    QCOMPARE(array.at(2).toObject().value(QLatin1String("active")).toBool(true), false);
    QCOMPARE(array.at(3).toObject().value(QLatin1String("active")).toBool(true), false);
    QCOMPARE(array.at(3).toObject().value(QLatin1String("key")).toString(), customer.tokenKey);
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cli_input.moc"
