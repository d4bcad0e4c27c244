// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/partnerapi.h"
#include "core/partnerrequests.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TokenDesk::ErrorKind)

class TestPartnerApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesActiveAndInactiveTokens();
    void sendsThePartnerHeaders();
    void encodesIdsEndToEnd_data();
    void encodesIdsEndToEnd();
    void mapsEveryFault_data();
    void mapsEveryFault();
    void rejectedKeyIsAuth();
    void deadServerIsNetwork();
    void hangingServerTimesOut();
    void drippingServerMeetsTheDeadline();
    void refusesBadInputWithoutSending();
    void refusesInsecureBaseUrl();
    void cancelStopsOnlyThatRequest();
    void loopbackBypassesTheProxy();

private:
    TokenResult fetchOne(const QString &userId, int timeoutMs = 15000);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PartnerApi> m_api;
};

void TestPartnerApi::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_api = std::make_unique<PartnerApi>();
    QCOMPARE(connectToSandbox(*m_api, *m_sandbox), QString());
}

void TestPartnerApi::cleanup()
{
    m_api.reset();
    m_sandbox.reset();
}

TokenResult TestPartnerApi::fetchOne(const QString &userId, int timeoutMs)
{
    QSignalSpy spy(m_api->fetchToken(TokenQuery::forUser(userId)), &TokenRequest::finished);
    if (!spy.wait(timeoutMs) && spy.isEmpty())
        return TokenResult::failure(ErrorKind::None, QStringLiteral("test: no signal"));
    return spy.constFirst().constFirst().value<TokenResult>();
}

void TestPartnerApi::fetchesActiveAndInactiveTokens()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    QVERIFY(customers.size() >= 5);
    for (int i = 0; i < 5; ++i) {
        const TokenResult result = fetchOne(customers.at(i).id);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.token, customers.at(i).tokenKey);
        QCOMPARE(result.active, customers.at(i).tokenActive);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.query.userId, customers.at(i).id);
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.fetchedAt.isValid());
    }
}

void TestPartnerApi::sendsThePartnerHeaders()
{
    const QString id = m_sandbox->sampleUserIds(1).constFirst();
    QVERIFY(fetchOne(id).ok);
    const QByteArray head = m_sandbox->lastRequestHeads().constLast();
    QVERIFY2(head.contains("\r\nauthtype: Key\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nAuthorization: Bearer demo-agency-key-0000\r\n"), head.constData());
    const QByteArray requestLine =
        QByteArray("GET /ext/get-user-token?userId=") + id.toLatin1() + QByteArray(" HTTP/1.1");
    QVERIFY2(head.startsWith(requestLine), head.constData());
}

void TestPartnerApi::encodesIdsEndToEnd_data()
{
    QTest::addColumn<QString>("userId");
    QTest::newRow("plus") << QStringLiteral("echo:a+b");
    QTest::newRow("reserved") << QStringLiteral("echo:a&b=c#d?e/f");
    QTest::newRow("percent") << QStringLiteral("echo:100%25 off");
    QTest::newRow("space") << QStringLiteral("echo:two words");
    QTest::newRow("non-ascii") << QStringLiteral(
        "echo:Jos\u00e9 \u0939\u093f\u0928\u094d\u0926\u0940");
}

void TestPartnerApi::encodesIdsEndToEnd()
{
    QFETCH(QString, userId);
    const TokenResult result = fetchOne(userId);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_sandbox->lastDecodedUserId(), userId);
    QCOMPARE(result.token, QStringLiteral("echo-token:") + userId);
}

void TestPartnerApi::mapsEveryFault_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("unknown id") << QStringLiteral("000000000000000000000000") << ErrorKind::NotFound
                                << 404;
    QTest::newRow("success false")
        << QStringLiteral("fault-success-false") << ErrorKind::Server << 200;
    QTest::newRow("forbidden") << QStringLiteral("fault-forbidden") << ErrorKind::Auth << 403;
    QTest::newRow("unauthorized") << QStringLiteral("fault-unauthorized") << ErrorKind::Auth << 401;
    QTest::newRow("rate limited") << QStringLiteral("fault-rate-limited") << ErrorKind::RateLimited
                                  << 429;
    QTest::newRow("500") << QStringLiteral("fault-server-error") << ErrorKind::Server << 500;
    QTest::newRow("502 html") << QStringLiteral("fault-bad-gateway") << ErrorKind::Server << 502;
    QTest::newRow("503") << QStringLiteral("fault-unavailable") << ErrorKind::Server << 503;
    QTest::newRow("not json") << QStringLiteral("fault-not-json") << ErrorKind::BadResponse << 200;
    QTest::newRow("wrong types") << QStringLiteral("fault-wrong-types") << ErrorKind::BadResponse
                                 << 200;
    QTest::newRow("empty body") << QStringLiteral("fault-empty-body") << ErrorKind::BadResponse
                                << 200;
    QTest::newRow("huge body") << QStringLiteral("fault-huge") << ErrorKind::BadResponse << 200;
    QTest::newRow("reset") << QStringLiteral("fault-reset") << ErrorKind::Network << 0;
    QTest::newRow("redirect to http elsewhere")
        << QStringLiteral("fault-redirect-http") << ErrorKind::BadResponse << 302;
}

void TestPartnerApi::mapsEveryFault()
{
    QFETCH(QString, userId);
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    const TokenResult result = fetchOne(userId);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorKind == kind,
             qPrintable(errorKindName(result.errorKind) + QLatin1String(": ") + result.error));
    QCOMPARE(result.httpStatus, httpStatus);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.token.isEmpty());
    if (kind == ErrorKind::RateLimited) {
        QVERIFY(result.retryAfter.has_value());
        QCOMPARE(result.retryAfter->count(), 1);
    }
}

void TestPartnerApi::rejectedKeyIsAuth()
{
    QCOMPARE(m_api->setAgencyKey(QStringLiteral("wrong-key")), QString());
    const TokenResult result = fetchOne(m_sandbox->sampleUserIds(1).constFirst());
    QCOMPARE(result.errorKind, ErrorKind::Auth);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(!result.error.contains(QLatin1String("wrong-key")));
}

void TestPartnerApi::deadServerIsNetwork()
{
    // A port that was just free: nothing listens there any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QCOMPARE(m_api->setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QString());
    const TokenResult result = fetchOne(QStringLiteral("abc"));
    QCOMPARE(result.errorKind, ErrorKind::Network);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.error.contains(QLatin1String("refused")));
}

void TestPartnerApi::hangingServerTimesOut()
{
    // Only our deadline on the whole exchange says "No reply from the server
    // within"; Qt's own transfer timeout would say "timed out" (TimeoutError).
    m_api->setTimeout(400ms);
    const TokenResult result = fetchOne(QStringLiteral("fault-hang"));
    QCOMPARE(result.errorKind, ErrorKind::Timeout);
    QVERIFY2(result.error.startsWith(QLatin1String("No reply from the server within 1 second")),
             qPrintable(result.error));
    // Not before the deadline (a coarse timer may fire up to 5 % early).
    QVERIFY2(result.elapsedMs >= 360, qPrintable(QString::number(result.elapsedMs)));
    // The client dropped the request: nothing stays open on the server.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->inFlight(), 0, 30000);
}

void TestPartnerApi::drippingServerMeetsTheDeadline()
{
    // The head at once, then a byte every 500 ms: a transfer timeout longer
    // than that gap never fires, so only the deadline on the whole exchange
    // can end it, and its sentence is the one only that deadline writes.
    // Without a deadline the body would arrive whole, some 40 s later.
    static_assert(Sandbox::FaultDripIntervalMs < 2000);
    m_api->setTimeout(2s);
    const TokenResult drip = fetchOne(QStringLiteral("fault-drip"), 40000);
    QCOMPARE(drip.errorKind, ErrorKind::Timeout);
    QVERIFY2(drip.error.startsWith(QLatin1String("No reply from the server within 2 second")),
             qPrintable(drip.error));
    QVERIFY2(drip.elapsedMs >= 1800, qPrintable(QString::number(drip.elapsedMs)));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->inFlight(), 0, 30000);
}

void TestPartnerApi::refusesBadInputWithoutSending()
{
    m_sandbox->resetCounters();
    const TokenResult result = fetchOne(QStringLiteral("bad\nid"));
    QCOMPARE(result.errorKind, ErrorKind::InvalidInput);
    QCOMPARE(m_sandbox->requestCount(), 0);

    QVERIFY(!m_api->setAgencyKey(QStringLiteral("two\nlines")).isEmpty());
    const TokenResult noKey = fetchOne(QStringLiteral("abc"));
    QCOMPARE(noKey.errorKind, ErrorKind::InvalidInput);
    QCOMPARE(m_sandbox->requestCount(), 0);
}

void TestPartnerApi::refusesInsecureBaseUrl()
{
    const QUrl before = m_api->baseUrl();
    QVERIFY(!m_api->setBaseUrl(QStringLiteral("http://api.v7.botpenguin.com")).isEmpty());
    QCOMPARE(m_api->baseUrl(), before);
}

void TestPartnerApi::cancelStopsOnlyThatRequest()
{
    m_sandbox->setLatency(300ms);
    const QString hang = QStringLiteral("fault-hang");
    QPointer<TokenRequest> first = m_api->fetchToken(TokenQuery::forUser(hang));
    QPointer<TokenRequest> second = m_api->fetchToken(TokenQuery::forUser(hang));
    QPointer<CustomerPageRequest> page = m_api->fetchCustomerPage(1);
    QSignalSpy firstDone(first, &TokenRequest::finished);
    QSignalSpy secondDone(second, &TokenRequest::finished);
    QSignalSpy pageDone(page, &CustomerPageRequest::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 3, 30000); // all three went out

    first->cancel();
    QCOMPARE(firstDone.size(), 1); // before cancel() returned
    const auto result = firstDone.constFirst().constFirst().value<TokenResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QCOMPARE(result.query.userId, hang);

    // The others go on: the page arrives whole, the second token still waits.
    QTRY_COMPARE_WITH_TIMEOUT(pageDone.size(), 1, 30000);
    QVERIFY(pageDone.constFirst().at(1).value<CustomerPageResult>().ok);
    QTRY_COMPARE(m_sandbox->inFlight(), 1);
    QCOMPARE(m_api->requestsInFlight(), 1);
    QVERIFY(secondDone.isEmpty());
    second->cancel();
    QCOMPARE(secondDone.size(), 1);
    QCOMPARE(m_api->requestsInFlight(), 0);
    QCOMPARE(firstDone.size(), 1); // exactly once
    QTRY_VERIFY(first.isNull());   // a handle goes by itself once finished
    QTRY_VERIFY(page.isNull());
}

void TestPartnerApi::loopbackBypassesTheProxy()
{
    // A proxy that does not exist: any request sent through it fails.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), deadPort));
    PartnerApi api; // a new one, so its managers start with the application proxy
    QCOMPARE(api.setBaseUrl(m_sandbox->baseUrl().toString()), QString());
    QCOMPARE(api.setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
    QSignalSpy spy(api.fetchToken(TokenQuery::forUser(m_sandbox->sampleUserIds(1).constFirst())),
                   &TokenRequest::finished);
    QVERIFY(spy.wait(10000));
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    const auto result = spy.constFirst().constFirst().value<TokenResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPartnerApi)
#include "tst_partnerapi.moc"
