// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nghttpxfront.h"

#include "core/partnerapi.h"
#include "core/partnerrequests.h"
#include "core/tcpnodelay.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {
const QString CertificatePath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-cert.pem");
const QString KeyPath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-key.pem");
} // namespace

// How PartnerApi's NetworkPool uses the wire, seen from a real server in
// front of the sandbox (nghttpx): one connection over HTTP/2, no more
// connections than requests in flight over HTTP/1.1, TLS sessions resumed,
// Nagle off where HTTP/2 needs it, and no request left waiting when the
// first handshake fails.
class TestWire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void http2CarriesEveryRequestOnOneConnection();
    void http1OpensNoMoreConnectionsThanInFlight();
    void laterConnectionsResumeTheTlsSession();
    void failedFirstHandshakeLeavesNoneWaiting();
    void noDelayIsSetOnConnectedTcpSockets();

private:
    QList<TokenResult> fetchAtOnce(const QStringList &ids);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<NghttpxFront> m_front;
    std::unique_ptr<PartnerApi> m_api;
};

void TestWire::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_front = std::make_unique<NghttpxFront>();
    m_api = std::make_unique<PartnerApi>();
    m_api->setTimeout(120s); // a hang guard, not a speed claim
    QCOMPARE(m_api->setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
}

void TestWire::cleanup()
{
    m_api.reset();
    m_front.reset();
    m_sandbox.reset();
}

QList<TokenResult> TestWire::fetchAtOnce(const QStringList &ids)
{
    QList<TokenResult> results;
    for (const QString &id : ids) {
        connect(m_api->fetchToken(TokenQuery::forUser(id)), &TokenRequest::finished, this,
                [&results](const TokenResult &result) { results.append(result); });
    }
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), ids.size(), 120000);
    }();
    return results;
}

void TestWire::http2CarriesEveryRequestOnOneConnection()
{
    constexpr int InFlight = 32;
    QCOMPARE(
        m_front->start(m_sandbox->port(), NghttpxFront::Offer::Http2, CertificatePath, KeyPath),
        QString());
    QCOMPARE(m_api->setBaseUrl(m_front->baseUrl().toString()), QString());
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    m_api->reserveConnections(InFlight); // six managers: over HTTP/1.1 they would each connect
    m_sandbox->setCustomerCount(2 * InFlight);
    // All in flight together at the sandbox: none was waiting for another.
    m_sandbox->setHoldRepliesUntilInFlight(InFlight);
    const QStringList ids = m_sandbox->sampleUserIds(2 * InFlight);
    for (const TokenResult &result : fetchAtOnce(ids.mid(0, InFlight)))
        QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_sandbox->maxInFlight(), InFlight);
    // And a second batch goes on the same connection.
    for (const TokenResult &result : fetchAtOnce(ids.mid(InFlight)))
        QVERIFY2(result.ok, qPrintable(result.error));
    QTRY_COMPARE(m_front->requests().size(), 2 * InFlight);
    QCOMPARE(m_front->protocols(), QSet<QByteArray>{"h2"});
    QCOMPARE(m_front->connections(), 1);
}

void TestWire::http1OpensNoMoreConnectionsThanInFlight()
{
    constexpr int InFlight = 18;
    QCOMPARE(
        m_front->start(m_sandbox->port(), NghttpxFront::Offer::Http1Only, CertificatePath, KeyPath),
        QString());
    QCOMPARE(m_api->setBaseUrl(m_front->baseUrl().toString()), QString());
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    m_api->reserveConnections(InFlight);
    m_sandbox->setCustomerCount(3 * InFlight);
    m_sandbox->setHoldRepliesUntilInFlight(InFlight);

    const QList<TokenResult> results = fetchAtOnce(m_sandbox->sampleUserIds(3 * InFlight));
    for (const TokenResult &result : results)
        QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_sandbox->maxInFlight(), InFlight);
    QTRY_COMPARE(m_front->requests().size(), 3 * InFlight);
    QCOMPARE(m_front->protocols(), QSet<QByteArray>{"http/1.1"});
    // The first handshake's connection (offering h2) is reused, not doubled
    // by a second set of connections beside it.
    QCOMPARE(m_front->connections(), InFlight);
}

void TestWire::laterConnectionsResumeTheTlsSession()
{
    QCOMPARE(
        m_front->start(m_sandbox->port(), NghttpxFront::Offer::Http1Only, CertificatePath, KeyPath),
        QString());
    QCOMPARE(m_api->setBaseUrl(m_front->baseUrl().toString()), QString());
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    m_sandbox->setCustomerCount(13);
    const QStringList ids = m_sandbox->sampleUserIds(13);

    // One request: one full handshake, and the server's session comes back
    // with the reply.
    QVERIFY(fetchAtOnce(ids.mid(0, 1)).constFirst().ok);
    QCOMPARE(m_front->resumedConnections(), 0);

    // Twelve at once need a second manager, whose connections are new ones.
    m_api->reserveConnections(12);
    m_sandbox->setHoldRepliesUntilInFlight(12);
    for (const TokenResult &result : fetchAtOnce(ids.mid(1)))
        QVERIFY2(result.ok, qPrintable(result.error));
    QTRY_COMPARE(m_front->requests().size(), 13);
    QCOMPARE(m_front->connections(), 12);
    // The second manager's connections resume the session instead of a full
    // handshake; the first manager's never do (its context was made before
    // there was one). How many of the second's six do depends on timing:
    // Qt gives a manager's connections one TLS context, and those whose
    // hello went out after its first handshake ended did a full one (seen
    // here: 3 to 6 of 6, fewer under ASan). The first always resumes.
    const int resumed = m_front->resumedConnections();
    QVERIFY2(resumed >= 1 && resumed <= 6, qPrintable(QString::number(resumed)));
}

void TestWire::failedFirstHandshakeLeavesNoneWaiting()
{
    // No CA file: the certificate is refused at the first handshake, and
    // the requests waiting for it must fail the same way, not wait forever.
    QCOMPARE(
        m_front->start(m_sandbox->port(), NghttpxFront::Offer::Http2, CertificatePath, KeyPath),
        QString());
    QCOMPARE(m_api->setBaseUrl(m_front->baseUrl().toString()), QString());
    m_api->reserveConnections(12);
    m_sandbox->setCustomerCount(12);
    const QList<TokenResult> results = fetchAtOnce(m_sandbox->sampleUserIds(12));
    for (const TokenResult &result : results)
        QCOMPARE(result.errorKind, ErrorKind::Tls);
    QCOMPARE(m_api->requestsInFlight(), 0);

    // Nobody listening: refused, every one of them.
    m_front->stop();
    const QList<TokenResult> refused = fetchAtOnce(m_sandbox->sampleUserIds(12));
    for (const TokenResult &result : refused)
        QCOMPARE(result.errorKind, ErrorKind::Network);
    QCOMPARE(m_sandbox->requestCount(), 0);
}

void TestWire::noDelayIsSetOnConnectedTcpSockets()
{
    QVERIFY(canSetNoDelayOnQtSockets()); // Linux, where the tests run
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(30000));
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QCOMPARE(client.socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);

    QVERIFY(setNoDelayOnTcpConnections() >= 2); // both ends live in this process
    QCOMPARE(client.socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(setNoDelayOnTcpConnections(), 0); // nothing left to change
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
