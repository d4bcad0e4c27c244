// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

namespace {

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
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
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
    if (!process.waitForStarted(10000))
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

QList<QJsonObject> jsonlRecords(const QByteArray &out)
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
QStringList fieldOrder(const QByteArray &line)
{
    static const QRegularExpression field(QStringLiteral(R"re((?:^\{|,)"([A-Za-z]+)":)re"));
    QStringList names;
    auto it = field.globalMatch(QString::fromUtf8(line));
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QString errorKind(const QJsonObject &record)
{
    return record.value(QLatin1String("errorKind")).toString();
}

// Saves a profile, and its key in the test run's keychain as the window
// would. Returns why not, or an empty string.
QString saveProfile(const QString &name, const QString &baseUrl, const QString &key)
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

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void demoFetchesSampleIds();
    void failuresExitOne();
    void rejectedKeyExitsThree();
    void formats();
    void inputFiles();
    void keyAndIdsFromStdin();
    void echoRoundTrip();
    void keyNeverOnStderr();
    void concurrencyIsHonoured_data();
    void concurrencyIsHonoured();
    void retriesAndTimeout();
    void noGuiLibraries();
    void caFileTrustsHttpsSandbox();
    void caFileProblemsExitTwo();
    void inputCsvFile();
    void inputCsvFromStdin();
    void unusableInputSendsNothing_data();
    void unusableInputSendsNothing();
    void teamMember();
    void teamMemberUsageErrors_data();
    void teamMemberUsageErrors();
    void teamMembersFromCsv();
    void customersListEveryCustomer();
    void customersFormats();
    void allFetchesEveryToken();
    void customersRejectedKeyExitsThree_data();
    void customersRejectedKeyExitsThree();
    void customersListFailureExitsOne();
    void customersInHelp();
    void profileGivesUrlAndKey();
    void profileProblemsExitTwo();
    void profileWithoutKeychainExitsTwo();

private:
    QStringList m_samples;  // two active customers, then an inactive one
    QTemporaryDir m_config; // XDG_CONFIG_HOME here and in the CLI: the profiles' QSettings
};

void TestCli::initTestCase()
{
    // Before any QSettings: this process and the CLI share the profiles, and
    // never the user's own.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));

    // The suggestion printed for --demo without IDs is also what a new user copies.
    const CliRun run = runCli({QStringLiteral("--demo")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    const QString err = run.errText();
    const qsizetype at = err.indexOf(QLatin1String("tokendesk-cli --demo "));
    QVERIFY2(at >= 0, qPrintable(err));
    m_samples = err.mid(at + 21).section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '));
    QCOMPARE(m_samples.size(), 3);
    SandboxServer server;
    const QList<Customer> customers = server.customers();
    const auto find = [&customers](const QString &id) {
        return std::find_if(customers.cbegin(), customers.cend(),
                            [&id](const Customer &c) { return c.id == id; });
    };
    QVERIFY(find(m_samples.at(0))->tokenActive);
    QVERIFY(!find(m_samples.at(2))->tokenActive);
}

void TestCli::versionAndHelp()
{
    CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("tokendesk-cli " TOKENDESK_VERSION "\n"));
    run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option :
         {"--input", "--format", "--concurrency", "--timeout", "--retries", "--base-url",
          "--key-stdin", "--demo", "--verbose", "TOKENDESK_API_KEY"})
        QVERIFY2(run.out.contains(option), option);
    QVERIFY(run.err.isEmpty());
}

void TestCli::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("expected"); // a piece of the message

    const QString id = QStringLiteral("some-user");
    QTest::newRow("j-zero") << QStringList{QStringLiteral("-j"), QStringLiteral("0"), id}
                            << QByteArray() << true << QStringLiteral("1 to 64");
    QTest::newRow("j-65") << QStringList{QStringLiteral("--concurrency=65"), id} << QByteArray()
                          << true << QStringLiteral("1 to 64");
    QTest::newRow("j-word") << QStringList{QStringLiteral("-j"), QStringLiteral("many"), id}
                            << QByteArray() << true << QStringLiteral("1 to 64");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("--bogus"), id} << QByteArray()
                                    << true << QStringLiteral("bogus");
    QTest::newRow("customers-with-id")
        << QStringList{QStringLiteral("--customers"), id} << QByteArray() << true
        << QStringLiteral("--customers and --all");
    QTest::newRow("all-with-input")
        << QStringList{QStringLiteral("--all"), QStringLiteral("-i"), QStringLiteral("ids.txt")}
        << QByteArray() << true << QStringLiteral("--customers and --all");
    QTest::newRow("customers-and-all")
        << QStringList{QStringLiteral("--customers"), QStringLiteral("--all")} << QByteArray()
        << true << QStringLiteral("not both");
    QTest::newRow("missing-value") << QStringList{id, QStringLiteral("--timeout")} << QByteArray()
                                   << true << QStringLiteral("timeout");
    QTest::newRow("no-ids") << QStringList{} << QByteArray() << true
                            << QStringLiteral("No user IDs");
    QTest::newRow("http-remote") << QStringList{QStringLiteral("--base-url"),
                                                QStringLiteral("http://example.com"), id}
                                 << QByteArray() << true << QStringLiteral("http://");
    QTest::newRow("key-with-cr") << QStringList{QStringLiteral("--key-stdin"), id}
                                 << QByteArray("first\rsecond\n") << false
                                 << QStringLiteral("line break");
    QTest::newRow("key-empty-first-line")
        << QStringList{QStringLiteral("--key-stdin"), id} << QByteArray("\nkey-on-line-two\n")
        << false << QStringLiteral("agency API key");
    QTest::newRow("key-stdin-empty")
        << QStringList{QStringLiteral("--key-stdin"), id} << QByteArray() << false
        << QStringLiteral("standard input was empty");
    QTest::newRow("no-key") << QStringList{id} << QByteArray() << false
                            << QStringLiteral("TOKENDESK_API_KEY");
    QTest::newRow("missing-file") << QStringList{QStringLiteral("-i"),
                                                 QStringLiteral("/nonexistent/ids.txt")}
                                  << QByteArray() << true << QStringLiteral("/nonexistent/ids.txt");
    QTest::newRow("bad-format") << QStringList{QStringLiteral("-f"), QStringLiteral("xml"), id}
                                << QByteArray() << true << QStringLiteral("xml");
    QTest::newRow("timeout-zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                                                 id}
                                  << QByteArray() << true << QStringLiteral("--timeout");
    QTest::newRow("retries-11") << QStringList{QStringLiteral("--retries"), QStringLiteral("11"),
                                               id}
                                << QByteArray() << true << QStringLiteral("--retries");
    QTest::newRow("demo-and-base-url")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--base-url"),
                       QStringLiteral("https://example.com"), id}
        << QByteArray() << true << QStringLiteral("--base-url");
    QTest::newRow("control-in-id") << QStringList{QStringLiteral("a\tb")} << QByteArray() << true
                                   << QStringLiteral("control character");
}

void TestCli::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(bool, withKey);
    QFETCH(QString, expected);

    // A sandbox that would answer, to prove that nothing reached it.
    SandboxServer server;
    QVERIFY(server.listen());
    Environment environment{{QStringLiteral("TOKENDESK_BASE_URL"), server.baseUrl().toString()}};
    if (withKey)
        environment.append({QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()});

    const CliRun run = runCli(arguments, input, environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(expected), qPrintable(run.errText()));
    QVERIFY(run.errText().contains(QLatin1String("Try 'tokendesk-cli --help'.")));
    QCOMPARE(server.requestCount(), 0);
}

void TestCli::demoFetchesSampleIds()
{
    const CliRun run = runCli(QStringList{QStringLiteral("--demo")} + m_samples);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errText().contains(QLatin1String("Demo mode")));
    QVERIFY(!run.err.contains('\r')); // no progress when standard error is not a terminal

    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QStringList seen;
    for (const QByteArray &line : lines) {
        QCOMPARE(fieldOrder(line), RecordFields);
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        seen.append(record.value(QLatin1String("userId")).toString());
        QCOMPARE(record.value(QLatin1String("ok")).toBool(), true);
        QVERIFY(record.value(QLatin1String("key")).toString().startsWith(QLatin1String("bp_")));
        QCOMPARE(record.value(QLatin1String("httpStatus")).toInt(), 200);
        QVERIFY(record.value(QLatin1String("error")).isNull());
        QVERIFY(record.value(QLatin1String("errorKind")).isNull());
        QCOMPARE(record.value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY(record.value(QLatin1String("elapsedMs")).toInteger(-1) >= 0);
        const bool inactive = record.value(QLatin1String("userId")).toString() == m_samples.at(2);
        QCOMPARE(record.value(QLatin1String("active")).toBool(), !inactive);
        QVERIFY(record.value(QLatin1String("active")).isBool());
    }
    seen.sort();
    QStringList expected = m_samples;
    expected.sort();
    QCOMPARE(seen, expected);
}

void TestCli::failuresExitOne()
{
    const CliRun run =
        runCli({QStringLiteral("--demo"), QStringLiteral("--retries"), QStringLiteral("0"),
                QStringLiteral("ffffffffffffffffffffffff"), QStringLiteral("fault-not-json"),
                QStringLiteral("fault-server-error"), m_samples.at(0)});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &record : records)
        byId.insert(record.value(QLatin1String("userId")).toString(), record);
    const QJsonObject notFound = byId.value(QStringLiteral("ffffffffffffffffffffffff"));
    QCOMPARE(errorKind(notFound), QStringLiteral("not_found"));
    QCOMPARE(notFound.value(QLatin1String("httpStatus")).toInt(), 404);
    QVERIFY(notFound.value(QLatin1String("key")).isNull());
    QVERIFY(notFound.value(QLatin1String("active")).isNull());
    QVERIFY(!notFound.value(QLatin1String("error")).toString().isEmpty());
    QCOMPARE(errorKind(byId.value(QStringLiteral("fault-not-json"))),
             QStringLiteral("bad_response"));
    QCOMPARE(errorKind(byId.value(QStringLiteral("fault-server-error"))), QStringLiteral("server"));
    QVERIFY(byId.value(m_samples.at(0)).value(QLatin1String("ok")).toBool());
}

void TestCli::rejectedKeyExitsThree()
{
    QStringList ids{QStringLiteral("fault-unauthorized")};
    ids += m_samples;
    const CliRun run = runCli(
        QStringList{QStringLiteral("--demo"), QStringLiteral("-j"), QStringLiteral("1")} + ids);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errText().contains(QLatin1String("rejected")), qPrintable(run.errText()));
    const QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), ids.size()); // every ID ends in one record
    QStringList seen;
    for (const QJsonObject &record : records) {
        seen.append(record.value(QLatin1String("userId")).toString());
        QCOMPARE(record.value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(errorKind(record), QStringLiteral("auth"));
        QVERIFY(!record.value(QLatin1String("error")).toString().isEmpty());
    }
    QCOMPARE(records.first().value(QLatin1String("httpStatus")).toInt(), 401);
    seen.sort();
    ids.sort();
    QCOMPARE(seen, ids);
}

void TestCli::formats()
{
    const QStringList ids{m_samples.at(2), QStringLiteral("ffffffffffffffffffffffff"),
                          m_samples.at(0)};
    const QStringList base{QStringLiteral("--demo")};

    CliRun run = runCli(base + QStringList{QStringLiteral("-f"), QStringLiteral("json")} + ids);
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error{};
    const QJsonArray array = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 3);
    for (qsizetype i = 0; i < ids.size(); ++i) // input order
        QCOMPARE(array.at(i).toObject().value(QLatin1String("userId")).toString(), ids.at(i));
    QVERIFY(run.out.contains(
        QByteArray("{\"userId\":\"" + ids.at(0).toUtf8() + "\",\"ok\":true,\"key\":")));

    run = runCli(base + QStringList{QStringLiteral("--format=csv")} + ids);
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> rows = run.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0),
             QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs"));
    QVERIFY(rows.at(1).startsWith(QByteArray(ids.at(0).toUtf8() + ",true,bp_")));
    QVERIFY(rows.at(1).contains(",false,200,,,1,"));
    QVERIFY(rows.at(2).startsWith(QByteArray(ids.at(1).toUtf8() + ",false,,,404,")));
    QVERIFY(rows.at(2).contains(",not_found,1,"));

    run = runCli(base + QStringList{QStringLiteral("-f"), QStringLiteral("table")} + ids);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("User ID")));
    const qsizetype statusColumn = lines.at(0).indexOf(QLatin1String("Status"));
    QCOMPARE(lines.at(1).indexOf(QLatin1String("Inactive")), statusColumn);
    QCOMPARE(lines.at(2).indexOf(QLatin1String("Failed: not_found")), statusColumn);
    QCOMPARE(lines.at(3).indexOf(QLatin1String("Active")), statusColumn);
    QVERIFY(lines.at(3).contains(QLatin1String("bp_"))); // the full token, asked for
}

void TestCli::inputFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("ids.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xef\xbb\xbf# customers to check\n\n" + m_samples.at(1).toUtf8() + "\n  " +
               m_samples.at(0).toUtf8() + "  \r\n# " + m_samples.at(2).toUtf8() + "\n" +
               m_samples.at(1).toUtf8() + "\n");
    file.close();

    const CliRun run =
        runCli({QStringLiteral("--demo"), QStringLiteral("-f"), QStringLiteral("json"),
                m_samples.at(0), QStringLiteral("-i"), file.fileName()});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 2); // duplicates and the commented-out ID are left out
    QCOMPARE(array.at(0).toObject().value(QLatin1String("userId")).toString(), m_samples.at(0));
    QCOMPARE(array.at(1).toObject().value(QLatin1String("userId")).toString(), m_samples.at(1));
}

void TestCli::keyAndIdsFromStdin()
{
    const QByteArray ids = m_samples.join(QLatin1Char('\n')).toUtf8() + '\n';
    CliRun run = runCli({QStringLiteral("--demo"), QStringLiteral("-i"), QStringLiteral("-")}, ids);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonlRecords(run.out).size(), 3);

    // The first line is the key, the rest are IDs.
    const QByteArray keyAndIds = SandboxServer::demoKey().toUtf8() + "\r\n" + ids;
    run = runCli({QStringLiteral("--demo"), QStringLiteral("--key-stdin"), QStringLiteral("-i"),
                  QStringLiteral("-")},
                 keyAndIds);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonlRecords(run.out).size(), 3);

    // A key from stdin wins over the demo key: a wrong one is rejected.
    run = runCli({QStringLiteral("--demo"), QStringLiteral("--key-stdin"), m_samples.at(0)},
                 QByteArray("not-the-demo-key\n"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.contains("not-the-demo-key"));
}

void TestCli::echoRoundTrip()
{
    const QString id = QStringLiteral("echo:a+b&c=d#e%f g/ü");
    const CliRun run = runCli({QStringLiteral("--demo"), id});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().value(QLatin1String("userId")).toString(), id);
    QCOMPARE(records.first().value(QLatin1String("key")).toString(),
             QStringLiteral("echo-token:") + id);
}

void TestCli::keyNeverOnStderr()
{
    SandboxServer server;
    server.setAgencyKey(CanaryKey);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QStringList ids = server.sampleUserIds(2);
    const QStringList arguments{QStringLiteral("--base-url"),
                                server.baseUrl().toString(),
                                QStringLiteral("--key-stdin"),
                                QStringLiteral("--verbose"),
                                ids.at(0),
                                ids.at(1)};

    CliRun run = runCli(arguments, CanaryKey.toUtf8() + '\n');
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QLatin1String("Bearer ***")), qPrintable(run.errText()));
    QVERIFY(run.errText().contains(QLatin1String("GET ") + server.baseUrl().toString()));
    QVERIFY(run.errText().contains(QLatin1String("<- 200 ") + ids.at(0)));
    QVERIFY(!run.errText().contains(CanaryKey));
    const QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 2);
    for (const QJsonObject &record : records) {
        const QString token = record.value(QLatin1String("key")).toString();
        QVERIFY(token.startsWith(QLatin1String("bp_")));
        QVERIFY(!run.errText().contains(token));
    }
    QVERIFY(!run.out.contains(CanaryKey.toUtf8()));

    // The same from the environment.
    run = runCli(QStringList{QStringLiteral("--verbose")} + arguments.mid(0, 2) + ids, {},
                 {{QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.errText().contains(CanaryKey));

    // A wrong key: rejected, and neither key shows anywhere.
    const QString wrongKey = QStringLiteral("wrong-KEY-77c1e0aa");
    run = runCli(arguments, wrongKey.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 3);
    for (const QString &secret : {CanaryKey, wrongKey}) {
        QVERIFY(!run.errText().contains(secret));
        QVERIFY(!QString::fromUtf8(run.out).contains(secret));
    }
    QCOMPARE(jsonlRecords(run.out).size(), 2);
}

void TestCli::concurrencyIsHonoured_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("3") << 3;
    QTest::newRow("10") << 10; // more than Qt's six HTTP/1.1 connections a host
    QTest::newRow("32") << 32;
}

void TestCli::concurrencyIsHonoured()
{
    QFETCH(int, concurrency);
    SandboxServer server;
    server.setLatency(std::chrono::milliseconds(400));
    server.setCustomerCount(3 * concurrency);
    QVERIFY(server.listen());
    const QStringList ids = server.sampleUserIds(3 * concurrency);
    const CliRun run =
        runCli(QStringList{QStringLiteral("--base-url"), server.baseUrl().toString(),
                           QStringLiteral("-j"), QString::number(concurrency)} +
                   ids,
               {}, {{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonlRecords(run.out).size(), ids.size());
    QCOMPARE(server.maxInFlight(), concurrency);
}

void TestCli::retriesAndTimeout()
{
    const CliRun run =
        runCli({QStringLiteral("--demo"), QStringLiteral("--timeout"), QStringLiteral("1"),
                QStringLiteral("--retries"), QStringLiteral("2"), QStringLiteral("fault-flaky-2"),
                QStringLiteral("fault-hang")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &record : jsonlRecords(run.out))
        byId.insert(record.value(QLatin1String("userId")).toString(), record);
    const QJsonObject flaky = byId.value(QStringLiteral("fault-flaky-2"));
    QVERIFY(flaky.value(QLatin1String("ok")).toBool());
    QCOMPARE(flaky.value(QLatin1String("attempts")).toInt(), 3);
    const QJsonObject hang = byId.value(QStringLiteral("fault-hang"));
    QCOMPARE(errorKind(hang), QStringLiteral("timeout"));
    QVERIFY(hang.value(QLatin1String("httpStatus")).isNull());
    QCOMPARE(hang.value(QLatin1String("attempts")).toInt(), 3);
}

void TestCli::noGuiLibraries()
{
#ifdef Q_OS_LINUX
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TOKENDESK_API_KEY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--timeout"), QStringLiteral("5"),
                   QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("fault-hang")});
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
    // The demo line is printed once the run is set up, long after the libraries are loaded.
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Demo mode"), 10000);
    QFile maps(QStringLiteral("/proc/%1/maps").arg(process.processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libQt6Core"));
    QVERIFY(mapped.contains("libQt6Network"));
    QVERIFY(!mapped.contains("libQt6Gui"));
    QVERIFY(!mapped.contains("libQt6Widgets"));
    process.kill();
    QVERIFY(process.waitForFinished(10000));
#else
    QSKIP("Reads /proc/<pid>/maps");
#endif
}

void TestCli::inputCsvFile()
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
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QLatin1String("userId")).toString(), m_samples.at(1));
    QCOMPARE(array.at(1).toObject().value(QLatin1String("userId")).toString(), m_samples.at(0));
    // The skipped row is named on standard error, with its file.
    QVERIFY2(run.errText().contains(QDir::toNativeSeparators(path) +
                                    QLatin1String(": Line 5 has no userId; skipped.\n")),
             qPrintable(run.errText()));
}

void TestCli::inputCsvFromStdin()
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

void TestCli::unusableInputSendsNothing_data()
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

void TestCli::unusableInputSendsNothing()
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

void TestCli::teamMember()
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

void TestCli::teamMemberUsageErrors_data()
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

void TestCli::teamMemberUsageErrors()
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

void TestCli::teamMembersFromCsv()
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
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QStringLiteral("team.csv: Line 3 has the type “BOSS”")),
             qPrintable(run.errText()));
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 4);
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

void TestCli::customersListEveryCustomer()
{
    SandboxServer reference; // the demo's data, for comparison
    const CliRun run = runCli({QStringLiteral("--demo"), QStringLiteral("--customers"),
                               QStringLiteral("-f"), QStringLiteral("jsonl")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.err.contains('\r')); // no progress when standard error is not a terminal
    const QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 40);
    const QList<Customer> customers = reference.customers();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject &record = records.at(i);
        QCOMPARE(record.value(QLatin1String("_id")).toString(), customers.at(i).id);
        QCOMPARE(record.value(QLatin1String("name")).toString(), customers.at(i).name);
        QCOMPARE(record.value(QLatin1String("contact"))
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 customers.at(i).email);
        QCOMPARE(record.value(QLatin1String("verified")).toBool(), customers.at(i).verified);
        QCOMPARE(record.value(QLatin1String("createdAt")).toString(),
                 isoTimestamp(customers.at(i).createdAt));
        for (const char *field : {"status", "subscriptionType", "updatedAt", "lastLogin"})
            QVERIFY2(record.value(QLatin1String(field)).isString(), field);
    }
}

void TestCli::customersFormats()
{
    const QStringList base{QStringLiteral("--demo"), QStringLiteral("--customers"),
                           QStringLiteral("-f")};
    CliRun run = runCli(base + QStringList{QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonArray array = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 40);
    QVERIFY(array.at(0).toObject().contains(QLatin1String("_id")));

    run = runCli(base + QStringList{QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> rows = run.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 41);
    QCOMPARE(rows.at(0), QByteArray("_id,name,email,verified,status,subscriptionType,createdAt,"
                                    "updatedAt,lastLogin"));
    SandboxServer reference;
    const Customer first = reference.customers().constFirst();
    QVERIFY2(rows.at(1).startsWith(QByteArray(first.id.toUtf8() + ',' + first.name.toUtf8() + ',')),
             rows.at(1).constData());
    QVERIFY(rows.at(1).contains(QByteArray(',' + isoTimestamp(first.createdAt).toUtf8() + ',')));

    run = runCli(base + QStringList{QStringLiteral("table")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Name")));
    const qsizetype idColumn = lines.at(0).indexOf(QLatin1String("User ID"));
    QVERIFY(lines.at(0).indexOf(QLatin1String("Email")) > 0);
    QVERIFY(lines.at(0).indexOf(QLatin1String("Status")) > 0);
    QCOMPARE(lines.at(1).indexOf(first.id), idColumn);
}

void TestCli::allFetchesEveryToken()
{
    SandboxServer reference;
    const CliRun run = runCli({QStringLiteral("--demo"), QStringLiteral("--all")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0); // every sandbox customer has a token
    const QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 40);
    QSet<QString> ids;
    for (const QJsonObject &record : records) {
        QVERIFY(record.value(QLatin1String("ok")).toBool());
        QVERIFY(record.value(QLatin1String("key")).toString().startsWith(QLatin1String("bp_")));
        ids.insert(record.value(QLatin1String("userId")).toString());
    }
    const QStringList expected = reference.sampleUserIds(40);
    QCOMPARE(ids, QSet<QString>(expected.cbegin(), expected.cend()));
    const QByteArray firstLine = run.out.left(run.out.indexOf('\n'));
    QCOMPARE(fieldOrder(firstLine), RecordFields); // exactly as for user IDs
}

void TestCli::customersRejectedKeyExitsThree_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("customers") << QStringLiteral("--customers");
    QTest::newRow("all") << QStringLiteral("--all");
}

void TestCli::customersRejectedKeyExitsThree()
{
    QFETCH(QString, option);
    SandboxServer server;
    server.setAgencyKey(CanaryKey);
    QVERIFY(server.listen());
    const QString wrongKey = QStringLiteral("wrong-KEY-51d0b7");
    const CliRun run = runCli({QStringLiteral("--base-url"), server.baseUrl().toString(), option},
                              {}, {{QStringLiteral("TOKENDESK_API_KEY"), wrongKey}});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(server.requestCount(), 1); // no retry, no token requests
    QVERIFY2(run.errText().contains(QLatin1String("rejected")), qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(wrongKey));
    QVERIFY(run.out.isEmpty());
}

void TestCli::customersListFailureExitsOne()
{
    SandboxServer server;
    server.setListFailure(500, -1, 2); // page 1 comes, page 2 never does
    QVERIFY(server.listen());
    const Environment key{{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}};
    CliRun run =
        runCli({QStringLiteral("--base-url"), server.baseUrl().toString(),
                QStringLiteral("--customers"), QStringLiteral("--retries"), QStringLiteral("1")},
               {}, key);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(jsonlRecords(run.out).size(), 20); // what came before the failure
    QVERIFY2(run.errText().contains(QLatin1String("page 2")), qPrintable(run.errText()));
    QCOMPARE(server.requestCount(), 3); // page 1, page 2 and its one retry

    // --all fetches no token from a list that failed.
    server.resetCounters();
    run = runCli({QStringLiteral("--base-url"), server.baseUrl().toString(),
                  QStringLiteral("--all"), QStringLiteral("--retries"), QStringLiteral("0")},
                 {}, key);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(server.requestCount(), 2);
}

void TestCli::customersInHelp()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--customers"));
    QVERIFY(run.out.contains("--all"));
}

void TestCli::caFileTrustsHttpsSandbox()
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

void TestCli::caFileProblemsExitTwo()
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

void TestCli::profileGivesUrlAndKey()
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

void TestCli::profileProblemsExitTwo()
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

void TestCli::profileWithoutKeychainExitsTwo()
{
    TokenDesk::ProfileStore profiles;
    QCOMPARE(profiles.save(
                 {QStringLiteral("remembered"), QStringLiteral("https://unused.example"), true}),
             QString());
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli(
        {QStringLiteral("--profile"), QStringLiteral("remembered"), QStringLiteral("id")}, {},
        {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 2, qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("Install and start a Secret Service")),
             qPrintable(run.errText()));
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
