// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess at its limits: a base URL that holds no
// partner API, IDs and keys too long to send, text that only looks right.
#include "clitestsupport.h"

using namespace CliTest;

class TestCliLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wrongBaseUrlPathStopsTheRun();
    void wrongBaseUrlStopsRequestsInFlight();
    void tooLongUserIdIsARow();
    void tooLongKeyIsRefused();
    void bearerPrefixIsDropped();
    void refusedSettings_data();
    void refusedSettings();
    void invisibleCharacters();
    void utf16WithoutByteOrderMark();

private:
    // Runs against m_server with its key in the environment.
    CliRun run(const QStringList &arguments, const QString &key = SandboxServer::demoKey(),
               const QByteArray &input = {});

    SandboxServer m_server;
    QStringList m_samples;  // two active customers, then an inactive one
    QTemporaryDir m_config; // XDG_CONFIG_HOME here and in the CLI
};

void TestCliLimits::initTestCase()
{
    setUpCliTestCase(m_config, m_samples);
    m_server.setUnknownPathPage(true); // as nginx in front of the API
    QVERIFY(m_server.listen());
}

void TestCliLimits::init()
{
    m_server.resetCounters();
}

CliRun TestCliLimits::run(const QStringList &arguments, const QString &key, const QByteArray &input)
{
    QStringList all{QStringLiteral("--base-url"), m_server.baseUrl().toString()};
    all += arguments;
    return runCli(all, input, {{QStringLiteral("TOKENDESK_API_KEY"), key}});
}

void TestCliLimits::wrongBaseUrlPathStopsTheRun()
{
    // The base URL with the API's own /ext: requests go to /ext/ext/…, where
    // the web server answers its HTML 404 page.
    QUrl wrongUrl = m_server.baseUrl();
    wrongUrl.setPath(QStringLiteral("/ext"));
    const QString wrongBase = wrongUrl.toString();
    QStringList arguments{QStringLiteral("--base-url"), wrongBase,
                          QStringLiteral("-j"),         QStringLiteral("1"),
                          QStringLiteral("-f"),         QStringLiteral("jsonl")};
    arguments += m_samples;
    arguments += {QStringLiteral("user-4"), QStringLiteral("user-5")};
    const CliRun cli =
        runCli(arguments, {}, {{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}});
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 1);

    // The run stopped at once: one request, not one per customer.
    QCOMPARE(m_server.requestCount(), 1);
    const QList<QJsonObject> records = jsonlRecords(cli.out);
    QCOMPARE(records.size(), 5);
    int named = 0;
    for (const QJsonObject &record : records) {
        QVERIFY2(errorKind(record) == QLatin1String("bad_response"),
                 QJsonDocument(record).toJson().constData());
        QVERIFY(!record.value(QLatin1String("ok")).toBool());
        const QString error = record.value(QLatin1String("error")).toString();
        QVERIFY2(!error.contains(QLatin1String("No customer")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("check the base URL")), qPrintable(error));
        if (error.contains(wrongBase)) {
            ++named;
            QCOMPARE(record.value(QLatin1String("httpStatus")).toInt(), 404);
        } else {
            QVERIFY2(error.startsWith(QLatin1String("Not fetched:")), qPrintable(error));
        }
    }
    QCOMPARE(named, 1); // the one request that met the page names the base URL
    QVERIFY(!cli.errText().contains(SandboxServer::demoKey()));
    // Said once on standard error too, with the address.
    QCOMPARE(cli.errText().count(wrongBase), 1);
    QVERIFY2(cli.errText().contains(QLatin1String("check the base URL")),
             qPrintable(cli.errText()));

    // The right base URL still finds a missing customer as not_found (the API's JSON).
    const CliRun missing = run({QStringLiteral("no-such-customer")});
    QCOMPARE(missing.exitCode, 1);
    const QList<QJsonObject> missingRecords = jsonlRecords(missing.out);
    QCOMPARE(missingRecords.size(), 1);
    QCOMPARE(errorKind(missingRecords.first()), QStringLiteral("not_found"));
}

void TestCliLimits::wrongBaseUrlStopsRequestsInFlight()
{
    // Four in flight at once (the latency keeps them there): the first page
    // stops the rest, nothing more is sent, and every row says why.
    m_server.setLatency(std::chrono::milliseconds(300));
    QUrl wrongUrl = m_server.baseUrl();
    wrongUrl.setPath(QStringLiteral("/api"));
    QStringList arguments{QStringLiteral("--base-url"), wrongUrl.toString(),
                          QStringLiteral("-j"),         QStringLiteral("4"),
                          QStringLiteral("-f"),         QStringLiteral("json")};
    for (int i = 0; i < 12; ++i)
        arguments.append(QStringLiteral("user-%1").arg(i));
    const CliRun cli =
        runCli(arguments, {}, {{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}});
    m_server.setLatency(std::chrono::milliseconds(0));
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(m_server.requestCount() <= 4, qPrintable(QString::number(m_server.requestCount())));
    const QJsonArray array = QJsonDocument::fromJson(cli.out).array();
    QCOMPARE(array.size(), 12);
    for (const QJsonValue &value : array) {
        const QJsonObject record = value.toObject();
        QCOMPARE(errorKind(record), QStringLiteral("bad_response"));
        QVERIFY2(record.value(QLatin1String("error"))
                     .toString()
                     .contains(QLatin1String("check the base URL")),
                 QJsonDocument(record).toJson().constData());
    }
}

void TestCliLimits::tooLongUserIdIsARow()
{
    const QString longId = QString(1001, u'a');
    const QString longest = QString(1000, u'b');
    const CliRun cli =
        run({QStringLiteral("-f"), QStringLiteral("json"), longId, longest, m_samples.at(0)});
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(cli.out).array();
    QCOMPARE(array.size(), 3);
    const QJsonObject refused = array.at(0).toObject();
    QCOMPARE(refused.value(QLatin1String("userId")).toString(), longId);
    QCOMPARE(errorKind(refused), QStringLiteral("invalid_input"));
    const QString error = refused.value(QLatin1String("error")).toString();
    QVERIFY2(error.size() < 200 && !error.contains(longId), qPrintable(error));
    // 1,000 characters are sent (the sandbox knows no such customer); the long one never is.
    QCOMPARE(errorKind(array.at(1).toObject()), QStringLiteral("not_found"));
    QVERIFY(array.at(2).toObject().value(QLatin1String("ok")).toBool());
    QCOMPARE(m_server.requestCount(), 2);
}

void TestCliLimits::tooLongKeyIsRefused()
{
    const QString canary = QStringLiteral("CANARYKEY") + QString(5000, u'k');
    const CliRun cli = run({m_samples.at(0)}, canary);
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.errText().contains(QLatin1String("agency API key")), qPrintable(cli.errText()));
    QVERIFY(!cli.errText().contains(QLatin1String("CANARYKEY")));
    QVERIFY(cli.err.size() < 1000);
    QVERIFY(cli.out.isEmpty());
    QCOMPARE(m_server.requestCount(), 0);

    // 4 KiB exactly is a key the server may reject, but it is sent.
    const CliRun fits = run({m_samples.at(0)}, QString(4096, u'k'));
    QCOMPARE(fits.exitCode, 3);
    QCOMPARE(m_server.requestCount(), 1);
}

void TestCliLimits::bearerPrefixIsDropped()
{
    const QString note = QStringLiteral("began with “Bearer ”");
    const CliRun cli =
        run({QStringLiteral("-f"), QStringLiteral("jsonl"), m_samples.at(0), m_samples.at(1)},
            QStringLiteral("Bearer ") + SandboxServer::demoKey());
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 0); // the sandbox accepts only "Bearer <key>", not "Bearer Bearer …"
    QCOMPARE(jsonlRecords(cli.out).size(), 2);
    QCOMPARE(cli.errText().count(note), 1);
    QVERIFY(!cli.errText().contains(SandboxServer::demoKey()));
    for (const QByteArray &head : m_server.lastRequestHeads())
        QVERIFY2(!head.contains("Bearer Bearer"), head.constData());

    // Through --key-stdin too; a key without the prefix gets no note.
    const CliRun fromStdin =
        run({QStringLiteral("--key-stdin"), m_samples.at(0)}, {},
            QByteArrayLiteral("bearer ") + SandboxServer::demoKey().toLatin1() + '\n');
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.errText().count(note), 1);
    const CliRun plain = run({m_samples.at(0)});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.errText().contains(note));
}

void TestCliLimits::refusedSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("https port 0") << QStringList{QStringLiteral("--base-url"),
                                                 QStringLiteral("https://127.0.0.1:0")}
                                  << QStringLiteral("port");
    QTest::newRow("http localhost port 0")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://localhost:0/")}
        << QStringLiteral("port");
    QTest::newRow("timeout 1e9") << QStringList{QStringLiteral("--timeout"), QStringLiteral("1e9")}
                                 << QStringLiteral("at most 86,400");
    QTest::newRow("timeout 0") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                               << QStringLiteral("above 0 and at most 86,400");
}

void TestCliLimits::refusedSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    // After run()'s own --base-url, so the one given here is the one checked.
    const CliRun cli = runCli(arguments + QStringList{m_samples.at(0)}, {},
                              {{QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey()}});
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.errText().contains(said), qPrintable(cli.errText()));
    QVERIFY(cli.out.isEmpty());
}

void TestCliLimits::invisibleCharacters()
{
    // Copied from a web page: a zero width space and a byte order mark at the
    // ends are trimmed; one inside is a row that says so.
    const QString padded = QStringLiteral("\u200B") + m_samples.at(0) + QStringLiteral("\uFEFF");
    const QString inside = QStringLiteral("abc\u200Bdef");
    const CliRun cli = run({QStringLiteral("-f"), QStringLiteral("json"), padded, inside});
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(cli.out).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QLatin1String("userId")).toString(), m_samples.at(0));
    QVERIFY(array.at(0).toObject().value(QLatin1String("ok")).toBool());
    QCOMPARE(errorKind(array.at(1).toObject()), QStringLiteral("invalid_input"));
    const QString error = array.at(1).toObject().value(QLatin1String("error")).toString();
    QVERIFY2(error.contains(QLatin1String("U+200B")), qPrintable(error));
    QCOMPARE(m_server.requestCount(), 1);
}

void TestCliLimits::utf16WithoutByteOrderMark()
{
    const QString ids = m_samples.at(0) + QStringLiteral("\r\n") + m_samples.at(1);
    const QByteArray utf16(reinterpret_cast<const char *>(ids.utf16()), ids.size() * 2);
    const CliRun cli =
        run({QStringLiteral("-i"), QStringLiteral("-")}, SandboxServer::demoKey(), utf16);
    QVERIFY(cli.finished);
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.errText().contains(QLatin1String("UTF-16")), qPrintable(cli.errText()));
    QVERIFY2(!cli.errText().contains(QLatin1String("NUL")), qPrintable(cli.errText()));
    QCOMPARE(m_server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
