// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: --customers and --all.
#include "clitestsupport.h"

using namespace CliTest;

class TestCliCustomers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customersListEveryCustomer();
    void customersFormats();
    void allFetchesEveryToken();
    void customersRejectedKeyExitsThree_data();
    void customersRejectedKeyExitsThree();
    void customersListFailureExitsOne();
    void customersInHelp();

private:
    QStringList m_samples;  // two active customers, then an inactive one
    QTemporaryDir m_config; // XDG_CONFIG_HOME here and in the CLI
};

void TestCliCustomers::initTestCase()
{
    setUpCliTestCase(m_config, m_samples);
}

void TestCliCustomers::customersListEveryCustomer()
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

void TestCliCustomers::customersFormats()
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

void TestCliCustomers::allFetchesEveryToken()
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

void TestCliCustomers::customersRejectedKeyExitsThree_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("customers") << QStringLiteral("--customers");
    QTest::newRow("all") << QStringLiteral("--all");
}

void TestCliCustomers::customersRejectedKeyExitsThree()
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

void TestCliCustomers::customersListFailureExitsOne()
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

void TestCliCustomers::customersInHelp()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--customers"));
    QVERIFY(run.out.contains("--all"));
}

QTEST_GUILESS_MAIN(TestCliCustomers)
#include "tst_cli_customers.moc"
