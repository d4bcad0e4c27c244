// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/partnerapi.h"
#include "core/partnerrequests.h"
#include "core/requestbuilder.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

const QString CertificatePath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-cert.pem");
const QString KeyPath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-key.pem");

} // namespace

// PartnerApi against the sandbox over HTTPS with a self-signed certificate:
// refused as it should be, trusted only with --ca-file's addCaCertificates().
class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxServesHttps();
    void untrustedCertificateIsTls();
    void caFileTrustsTheServer();
    void manyConnectionsAtOnce();
    void caFileProblems();
    void plainHttpUnaffected();
    void alpnSettlesOnHttp11();

private:
    TokenResult fetchOne(const QString &userId);
    std::unique_ptr<PartnerApi> newApi(const QUrl &baseUrl) const;

    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PartnerApi> m_api;
};

void TestTls::initTestCase()
{
    // HTTPS is the product's main path, and every platform it ships on has a
    // TLS backend (OpenSSL on Debian): a missing one is a broken setup.
    QVERIFY2(QSslSocket::supportsSsl(),
             qPrintable(QStringLiteral("Qt has no working TLS backend (available: %1)")
                            .arg(QSslSocket::availableBackends().join(QLatin1String(", ")))));
    QCOMPARE(Sandbox::SandboxServer::loadTlsFiles(CertificatePath, KeyPath, &m_certificate, &m_key),
             QString());
}

void TestTls::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listenTls(m_certificate, m_key));
    m_api = newApi(m_sandbox->baseUrl());
}

void TestTls::cleanup()
{
    m_api.reset();
    m_sandbox.reset();
}

std::unique_ptr<PartnerApi> TestTls::newApi(const QUrl &baseUrl) const
{
    auto api = std::make_unique<PartnerApi>();
    if (!api->setBaseUrl(baseUrl.toString()).isEmpty() ||
        !api->setAgencyKey(Sandbox::SandboxServer::demoKey()).isEmpty())
        return {};
    api->setTimeout(30s); // no healthy request here meets it by chance
    return api;
}

TokenResult TestTls::fetchOne(const QString &userId)
{
    QSignalSpy spy(m_api->fetchToken(TokenQuery::forUser(userId)), &TokenRequest::finished);
    if (!spy.wait(60000) && spy.isEmpty())
        return TokenResult::failure(ErrorKind::None, QStringLiteral("test: no signal"));
    return spy.constFirst().constFirst().value<TokenResult>();
}

void TestTls::sandboxServesHttps()
{
    QVERIFY(m_sandbox->isTls());
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("localhost"));
    QCOMPARE(m_sandbox->baseUrl().port(), int(m_sandbox->port()));
    QVERIFY(m_api);

    // Listening twice fails, whichever way.
    QVERIFY(!m_sandbox->listenTls(m_certificate, m_key));
    QVERIFY(!m_sandbox->listen());

    Sandbox::SandboxServer plain;
    QVERIFY(!plain.isTls());
    QVERIFY(!plain.listenTls(QSslCertificate(), m_key)); // no certificate
}

void TestTls::untrustedCertificateIsTls()
{
    const QString id = m_sandbox->sampleUserIds(1).constFirst();
    const TokenResult result = fetchOne(id);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorKind, ErrorKind::Tls);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.contains(QLatin1String("certificate is not trusted")),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                 result.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(result.error));
    QCOMPARE(m_sandbox->requestCount(), 0); // refused before the key was sent

    // Trusting the CA afterwards counts at once (no kept connection holds on
    // to the old trust), and the refused handshake left the server serving.
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    const TokenResult trusted = fetchOne(id);
    QVERIFY2(trusted.ok, qPrintable(trusted.error));
}

void TestTls::caFileTrustsTheServer()
{
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    const Sandbox::Customer customer = m_sandbox->customers().constFirst();
    const TokenResult result = fetchOne(customer.id);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.token, customer.tokenKey);
    QCOMPARE(result.httpStatus, 200);

    // The customer list goes the same way.
    QSignalSpy pages(m_api->fetchCustomerPage(1), &CustomerPageRequest::finished);
    QVERIFY(pages.wait(60000));
    const auto page = pages.constFirst().at(1).value<CustomerPageResult>();
    QVERIFY2(page.ok, qPrintable(page.error));
    QVERIFY(!page.customers.isEmpty());

    // The same file twice is harmless.
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    QVERIFY(fetchOne(customer.id).ok);
}

void TestTls::manyConnectionsAtOnce()
{
    // More than one QNetworkAccessManager: each must get the extra CA. The
    // replies wait until all 18 requests are at the server together, so
    // each went through its own trusted handshake and they were in flight at
    // once, however long the handshakes of a busy machine take.
    constexpr int InFlight = 18;
    m_sandbox->setHoldRepliesUntilInFlight(InFlight);
    m_sandbox->setCustomerCount(InFlight);
    m_api->setTimeout(120s); // a hang guard, not a speed claim
    m_api->reserveConnections(InFlight);
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    QList<TokenResult> results;
    const QStringList ids = m_sandbox->sampleUserIds(InFlight);
    for (const QString &id : ids) {
        connect(m_api->fetchToken(TokenQuery::forUser(id)), &TokenRequest::finished, this,
                [&results](const TokenResult &result) { results.append(result); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), InFlight, 120000);
    for (const TokenResult &result : std::as_const(results))
        QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_sandbox->maxInFlight(), InFlight);
    QCOMPARE(m_sandbox->requestCount(), InFlight);
}

void TestTls::caFileProblems()
{
    const QString missing = QStringLiteral("/nonexistent/ca.pem");
    QString problem = m_api->addCaCertificates(missing);
    QVERIFY(problem.contains(missing));

    // A PEM file with a key but no certificate.
    problem = m_api->addCaCertificates(KeyPath);
    QVERIFY2(problem.contains(QLatin1String("no PEM certificate")), qPrintable(problem));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile empty(dir.filePath(QStringLiteral("empty.pem")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(!m_api->addCaCertificates(empty.fileName()).isEmpty());
    QVERIFY(!m_api->addCaCertificates(dir.path()).isEmpty()); // a directory

    // Nothing was trusted by the failed attempts.
    const TokenResult result = fetchOne(m_sandbox->sampleUserIds(1).constFirst());
    QCOMPARE(result.errorKind, ErrorKind::Tls);
}

void TestTls::plainHttpUnaffected()
{
    Sandbox::SandboxServer plain;
    QVERIFY(plain.listen());
    m_api = newApi(plain.baseUrl());
    QVERIFY(m_api);
    QCOMPARE(m_api->addCaCertificates(CertificatePath), QString());
    const TokenResult result = fetchOne(plain.sampleUserIds(1).constFirst());
    QVERIFY2(result.ok, qPrintable(result.error));
}

void TestTls::alpnSettlesOnHttp11()
{
    // Qt offers h2 over TLS; the sandbox must pick http/1.1, all it speaks.
    QNetworkAccessManager network;
    QNetworkRequest request =
        partnerRequest(tokenUrl(m_sandbox->baseUrl(),
                                TokenQuery::forUser(m_sandbox->sampleUserIds(1).constFirst())),
                       Sandbox::SandboxServer::demoKey());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_certificate});
    request.setSslConfiguration(configuration);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool(), false);
    QCOMPARE(reply->sslConfiguration().nextNegotiatedProtocol(),
             QByteArray(QSslConfiguration::NextProtocolHttp1_1));
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
