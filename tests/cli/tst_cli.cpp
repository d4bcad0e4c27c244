// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: the basics: flags, formats, exit codes, the key, concurrency.
#include "clitestsupport.h"

using namespace CliTest;

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

private:
    QStringList m_samples;  // two active customers, then an inactive one
    QTemporaryDir m_config; // XDG_CONFIG_HOME here and in the CLI
};

void TestCli::initTestCase()
{
    setUpCliTestCase(m_config, m_samples);
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
    // The first replies wait until -j requests are at the server together,
    // so that many at once is reached however slowly a busy machine connects;
    // the latency after that leaves time for one more to show if the CLI
    // sent it. A CLI that never reaches -j leaves them waiting until its
    // deadline: failed records, exit code 1.
    server.setHoldRepliesUntilInFlight(concurrency);
    server.setLatency(std::chrono::milliseconds(200));
    server.setCustomerCount(3 * concurrency);
    QVERIFY(server.listen());
    const QStringList ids = server.sampleUserIds(3 * concurrency);
    const CliRun run =
        runCli(QStringList{QStringLiteral("--base-url"), server.baseUrl().toString(),
                           QStringLiteral("-j"), QString::number(concurrency),
                           QStringLiteral("--retries"), QStringLiteral("0")} +
                   ids,
               {}, {{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}}, 120000);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(jsonlRecords(run.out).size(), ids.size());
    QCOMPARE(server.maxInFlight(), concurrency);
    QCOMPARE(server.requestCount(), ids.size());
}

void TestCli::retriesAndTimeout()
{
    // Two runs: a short --timeout only where a timeout is the point, so the
    // flaky ID's tries never race a one-second deadline on a busy machine.
    CliRun run = runCli({QStringLiteral("--demo"), QStringLiteral("--retries"), QStringLiteral("2"),
                         QStringLiteral("fault-flaky-2")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QList<QJsonObject> records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 1);
    const QJsonObject flaky = records.constFirst();
    QVERIFY(flaky.value(QLatin1String("ok")).toBool());
    QCOMPARE(flaky.value(QLatin1String("attempts")).toInt(), 3);

    run = runCli({QStringLiteral("--demo"), QStringLiteral("--timeout"), QStringLiteral("1"),
                  QStringLiteral("--retries"), QStringLiteral("2"), QStringLiteral("fault-hang")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    records = jsonlRecords(run.out);
    QCOMPARE(records.size(), 1);
    const QJsonObject hang = records.constFirst();
    QCOMPARE(errorKind(hang), QStringLiteral("timeout"));
    // Our deadline, with --timeout's length in it, ended each try.
    QVERIFY2(hang.value(QLatin1String("error"))
                 .toString()
                 .startsWith(QLatin1String("No reply from the server within 1 second")),
             qPrintable(hang.value(QLatin1String("error")).toString()));
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
    // A deadline far longer than the test: the process must still be there
    // when its maps are read, however slowly this machine gets to it; it is
    // killed below.
    process.start(QStringLiteral(TOKENDESK_CLI_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--timeout"), QStringLiteral("600"),
                   QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("fault-hang")});
    QVERIFY(process.waitForStarted(30000));
    process.closeWriteChannel();
    // The demo line is printed once the run is set up, long after the libraries are loaded.
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Demo mode"), 60000);
    QFile maps(QStringLiteral("/proc/%1/maps").arg(process.processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libQt6Core"));
    QVERIFY(mapped.contains("libQt6Network"));
    QVERIFY(!mapped.contains("libQt6Gui"));
    QVERIFY(!mapped.contains("libQt6Widgets"));
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    QVERIFY(process.waitForFinished(30000));
#else
    QSKIP("Reads /proc/<pid>/maps");
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
