// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The retry budget: a user ID costs at most retries + 1 requests, whatever
// the fault. A reset connection is the case to watch: Qt's HTTP layer resends
// a request that it takes for idempotent by itself when the connection drops
// before the reply, which would double the requests behind our back.
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestRetryBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resetStaysWithinTheBudget_data();
    void resetStaysWithinTheBudget();
    void resendsOverPlainHttpAreCounted_data();
    void resendsOverPlainHttpAreCounted();
    void cliWithOneRetryRequestsAResetIdTwice();

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestRetryBudget::initTestCase()
{
    QCOMPARE(Sandbox::SandboxServer::loadTlsFiles(
                 QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-cert.pem"),
                 QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-key.pem"), &m_certificate, &m_key),
             QString());
}

void TestRetryBudget::resetStaysWithinTheBudget_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("retries");
    // Over TLS every budget holds exactly: Qt's own resend is stopped at the
    // new connection's handshake.
    for (int retries : {0, 1, 2, 3})
        QTest::addRow("https, %d retries", retries) << true << retries;
    // Over plain HTTP Qt resends once by itself, which counts as a try.
    for (int retries : {1, 3})
        QTest::addRow("http, %d retries", retries) << false << retries;
}

void TestRetryBudget::resetStaysWithinTheBudget()
{
    QFETCH(bool, tls);
    QFETCH(int, retries);
    Sandbox::SandboxServer sandbox;
    QVERIFY(tls ? sandbox.listenTls(m_certificate, m_key) : sandbox.listen());
    PartnerApi api;
    QCOMPARE(connectToSandbox(api, sandbox), QString());
    if (tls)
        QCOMPARE(api.addCaCertificates(QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-cert.pem")),
                 QString());
    FetchQueue queue(&api);
    queue.setBaseBackoff(10ms);
    queue.setMaxRetries(retries);
    QSignalSpy finished(&queue, &FetchQueue::finished);
    QSignalSpy done(&queue, &FetchQueue::batchFinished);

    const QString healthy = sandbox.sampleUserIds(1).constFirst();
    queue.enqueue(
        {TokenQuery::forUser(QStringLiteral("fault-reset")), TokenQuery::forUser(healthy)});
    QVERIFY(done.wait(30000));

    QCOMPARE(finished.size(), 2);
    for (const auto &args : std::as_const(finished)) {
        const auto result = args.constFirst().value<TokenResult>();
        if (result.query.userId == healthy) {
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.attempts, 1);
        } else {
            QCOMPARE(result.errorKind, ErrorKind::Network);
            QCOMPARE(result.attempts, retries + 1);
        }
    }
    // Exactly retries + 1 requests for the reset ID, and one for the healthy one.
    QCOMPARE(sandbox.requestCount(), retries + 1 + 1);
}

void TestRetryBudget::resendsOverPlainHttpAreCounted_data()
{
    QTest::addColumn<int>("retries");
    QTest::newRow("no retries") << 0;
    QTest::newRow("two retries") << 2;
}

void TestRetryBudget::resendsOverPlainHttpAreCounted()
{
    // Plain http:// is for this computer only. There Qt's resend on a new
    // connection cannot be stopped before it goes out, so a last try may cost
    // one request more than the budget: it is never hidden, the attempts say so.
    QFETCH(int, retries);
    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    PartnerApi api;
    QCOMPARE(connectToSandbox(api, sandbox), QString());
    FetchQueue queue(&api);
    queue.setBaseBackoff(10ms);
    queue.setMaxRetries(retries);
    QSignalSpy finished(&queue, &FetchQueue::finished);
    QSignalSpy done(&queue, &FetchQueue::batchFinished);
    queue.enqueue({TokenQuery::forUser(QStringLiteral("fault-reset"))});
    QVERIFY(done.wait(30000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QCOMPARE(result.errorKind, ErrorKind::Network);
    QCOMPARE(result.attempts, sandbox.requestCount());
    QVERIFY2(sandbox.requestCount() <= retries + 2, qPrintable(QString::number(result.attempts)));
}

void TestRetryBudget::cliWithOneRetryRequestsAResetIdTwice()
{
    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENDESK_API_KEY"), Sandbox::SandboxServer::demoKey());
    environment.remove(QStringLiteral("TOKENDESK_BASE_URL"));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(TOKENDESK_CLI_PATH),
              {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
               QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("-f"),
               QStringLiteral("jsonl"), QStringLiteral("fault-reset")});
    QVERIFY(cli.waitForStarted(10000));
    cli.closeWriteChannel();
    // The sandbox answers on this thread's event loop: wait without blocking it.
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 60000);

    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 1);
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(out.contains(R"("errorKind":"network")"), out.constData());
    QVERIFY2(out.contains(R"("attempts":2)"), out.constData());
    QCOMPARE(sandbox.requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestRetryBudget)
#include "tst_retrybudget.moc"
