// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: the defaults the README promises, seen from
// outside: 6 requests in flight, -j from 1 to 64, the customer list's page cap
// of 500 pages, and --help saying so.
#include "clitestsupport.h"

using namespace CliTest;
using namespace std::chrono_literals;

class TestCliDefaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void helpStatesTheDefaults();
    void concurrencyOutsideOneTo64IsRefused_data();
    void concurrencyOutsideOneTo64IsRefused();
    void requestsInFlight_data();
    void requestsInFlight();
    void customerListStopsAtFiveHundredPages();

private:
    // Starts the binary without waiting for it, aimed at m_server.
    void start(const QStringList &arguments);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QProcess> m_process;
};

void TestCliDefaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_process = std::make_unique<QProcess>();
}

void TestCliDefaults::cleanup()
{
    // The in-flight test holds its requests until the run is ended here.
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
    m_server.reset();
}

void TestCliDefaults::start(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TOKENDESK_BASE_URL"));
    environment.insert(QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey());
    m_process->setProcessEnvironment(environment);
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     QStringList{QStringLiteral("--base-url"), m_server->baseUrl().toString()} +
                         arguments);
    m_process->closeWriteChannel();
}

void TestCliDefaults::helpStatesTheDefaults()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    // Each option's own line (QCommandLineParser wraps after the option names).
    const auto lineOf = [&run](const QString &option) {
        const QString help = QString::fromUtf8(run.out);
        const qsizetype at = help.indexOf(option);
        return at < 0 ? QString() : help.mid(at).section(QLatin1Char('\n'), 0, 0);
    };
    const QString concurrency = lineOf(QStringLiteral("-j, --concurrency <N>"));
    QVERIFY2(concurrency.contains(QLatin1String("1..64 (default 6)")), qPrintable(concurrency));
    const QString timeout = lineOf(QStringLiteral("--timeout <SECONDS>"));
    QVERIFY2(timeout.contains(QLatin1String("(default 30)")), qPrintable(timeout));
    const QString retries = lineOf(QStringLiteral("--retries <N>"));
    QVERIFY2(retries.contains(QLatin1String("(default 2)")), qPrintable(retries));
}

void TestCliDefaults::concurrencyOutsideOneTo64IsRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("65") << QStringLiteral("65");
    QTest::newRow("-1") << QStringLiteral("-1");
}

void TestCliDefaults::concurrencyOutsideOneTo64IsRefused()
{
    QFETCH(QString, value);
    QVERIFY(m_server->listen());
    start({QStringLiteral("-j"), value, m_server->sampleUserIds(1).constFirst()});
    QVERIFY(m_process->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_process->state(), QProcess::NotRunning, 60000);
    QCOMPARE(m_process->exitCode(), 2);
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("from 1 to 64")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("“") + value + QStringLiteral("”")), qPrintable(err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliDefaults::requestsInFlight_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << QStringList{} << 6;
    QTest::newRow("-j 1") << QStringList{QStringLiteral("-j"), QStringLiteral("1")} << 1;
    QTest::newRow("-j 64") << QStringList{QStringLiteral("-j"), QStringLiteral("64")} << 64;
}

void TestCliDefaults::requestsInFlight()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    // Replies an hour away: every request sent stays in flight, so the count
    // the sandbox holds is the client's limit, however slow the machine.
    const int ids = expected + 10;
    m_server->setCustomerCount(ids);
    m_server->setLatency(1h);
    QVERIFY(m_server->listen());
    start(arguments + QStringList{QStringLiteral("--timeout"), QStringLiteral("3600")} +
          m_server->sampleUserIds(ids));
    QVERIFY(m_process->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), expected, 60000);
    // Given time, no request beyond the limit follows (a lower bound on the
    // wait, not a speed claim).
    QTest::qWait(1000);
    QCOMPARE(m_server->inFlight(), expected);
    QCOMPARE(m_server->maxInFlight(), expected);
    QCOMPARE(m_server->requestCount(), expected);
    QCOMPARE(m_process->state(), QProcess::Running);
}

void TestCliDefaults::customerListStopsAtFiveHundredPages()
{
    // One customer a page, 520 of them, and past the end page 1 again: a
    // server that never sends the empty page that ends the list.
    m_server->setCustomerCount(520);
    m_server->setPageSize(1);
    m_server->setPastEndPages(PastEndPages::WrapAround);
    QVERIFY(m_server->listen());
    start({QStringLiteral("--customers"), QStringLiteral("-f"), QStringLiteral("jsonl")});
    QVERIFY(m_process->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_process->state(), QProcess::NotRunning, 150000);
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 1); // the list may be incomplete
    QCOMPARE(m_server->requestCount(), 500);
    const QList<QJsonObject> records = jsonlRecords(m_process->readAllStandardOutput());
    QCOMPARE(records.size(), 500);
    const QList<Customer> customers = m_server->customers();
    QCOMPARE(records.constFirst().value(QLatin1String("_id")).toString(), customers.at(0).id);
    QCOMPARE(records.constLast().value(QLatin1String("_id")).toString(), customers.at(499).id);
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("500")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliDefaults)
#include "tst_cli_defaults.moc"
