// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpool.h"

#include "httpexchange.h"
#include "inputpolicy.h"
#include "tcpnodelay.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>
#include <limits>

namespace TokenDesk {

NetworkPool::NetworkPool(QObject *parent)
    : QObject(parent)
    , m_networks{new QNetworkAccessManager(this)}
{}

NetworkPool::~NetworkPool()
{
    // The requests go before the managers that carry them, without a word.
    for (const auto &exchange : std::as_const(m_exchanges))
        delete exchange.data();
}

void NetworkPool::setOrigin(const QUrl &baseUrl)
{
    const bool sameOrigin = baseUrl.scheme() == m_origin.scheme() &&
                            baseUrl.host() == m_origin.host() && baseUrl.port() == m_origin.port();
    m_origin = baseUrl;
    for (QNetworkAccessManager *network : std::as_const(m_networks))
        applyProxyPolicy(network);
    if (sameOrigin)
        return;
    forgetWire();
    forgetTlsSession();
}

void NetworkPool::forgetWire()
{
    // Plain http has no ALPN, and Qt does not try HTTP/2 without it.
    m_wire = m_origin.scheme() == QLatin1String("https") ? Wire::Unknown : Wire::Http1;
    m_offeredHttp2.clear();
}

void NetworkPool::reserve(int requestsInFlight)
{
    constexpr int ConnectionsPerManager = 6; // Qt's HTTP/1.1 limit per host
    const int wanted =
        (std::max(requestsInFlight, 1) + ConnectionsPerManager - 1) / ConnectionsPerManager;
    while (m_networks.size() < wanted) {
        m_networks.append(new QNetworkAccessManager(this));
        applyProxyPolicy(m_networks.constLast());
    }
}

namespace {
// Whether Qt still looks up the system's CA certificates when a handshake
// needs one (OpenSSL's hash directories; on Windows and macOS the system
// store): setting a list of CAs stops that, and then the list is all that is
// trusted. Told by asking whether the same list set explicitly compares
// equal: the only difference would be that flag.
bool loadsSystemCasOnDemand(const QSslConfiguration &configuration)
{
    QSslConfiguration listed = configuration;
    listed.setCaCertificates(configuration.caCertificates());
    return !(listed == configuration);
}
} // namespace

void NetworkPool::addCaCertificates(const QString &pemPath,
                                    const QList<QSslCertificate> &certificates)
{
    QSslConfiguration &configuration = tlsConfiguration();
    QSslConfiguration byPath = configuration;
    // Added from the file, Qt 6.4 keeps loading the system's CAs on demand:
    // no list of them to build (88 ms here, and again in every connection's
    // context). Should a Qt stop doing that, they are listed once instead,
    // so that the file's are trusted besides them, not instead.
    if (byPath.addCaCertificates(pemPath, QSsl::Pem) && loadsSystemCasOnDemand(byPath)) {
        configuration = byPath;
    } else {
        if (loadsSystemCasOnDemand(configuration)) {
            QList<QSslCertificate> trusted = QSslConfiguration::systemCaCertificates();
            for (const QSslCertificate &certificate : configuration.caCertificates()) {
                if (!trusted.contains(certificate))
                    trusted.append(certificate);
            }
            configuration.setCaCertificates(trusted);
        }
        configuration.addCaCertificates(certificates);
    }
    // A kept-alive connection keeps the configuration it was opened with.
    forgetConnections();
}

void NetworkPool::forgetConnections()
{
    for (QNetworkAccessManager *network : std::as_const(m_networks))
        network->clearConnectionCache();
    forgetWire();
    forgetTlsSession();
}

void NetworkPool::forgetTlsSession()
{
    if (m_tlsConfiguration)
        m_tlsConfiguration->setSessionTicket({});
}

void NetworkPool::send(HttpExchange *exchange)
{
    m_exchanges.removeIf([](const auto &e) { return !e || !e->isRunning(); });
    m_exchanges.append(exchange);
    connect(exchange, &HttpExchange::negotiated, this, &NetworkPool::learnWire);
    connect(exchange, &HttpExchange::done, this, [this, exchange](const ExchangeOutcome &outcome) {
        onDone(exchange, outcome.tlsSession);
    });
    if (m_wire == Wire::Unknown && m_firstHandshake)
        return; // waits for it
    if (m_wire == Wire::Unknown)
        m_firstHandshake = exchange;
    startNow(exchange);
}

void NetworkPool::learnWire(const QByteArray &alpnProtocol)
{
    if (alpnProtocol == QSslConfiguration::ALPNProtocolHTTP2) {
        m_wire = Wire::Http2;
        // This connection was just opened; its first requests may already
        // be on their way, the ones after them go at once.
        setNoDelayOnTcpConnections();
    } else if (m_wire == Wire::Unknown) {
        m_wire = Wire::Http1;
    }
    startWaiting();
}

void NetworkPool::onDone(HttpExchange *exchange, const QByteArray &tlsSession)
{
    if (!tlsSession.isEmpty() && tlsSession != tlsConfiguration().sessionTicket())
        tlsConfiguration().setSessionTicket(tlsSession);
    if (exchange == m_firstHandshake) {
        // It ended before its handshake told anything (refused, timed out,
        // cancelled, a certificate error): the waiting ones go the way they
        // always could, and the next request asks again.
        m_firstHandshake = nullptr;
        startWaiting();
    }
}

void NetworkPool::startWaiting()
{
    m_firstHandshake = nullptr;
    const QList<QPointer<HttpExchange>> exchanges = m_exchanges;
    for (const auto &exchange : exchanges) {
        if (exchange && exchange->isWaiting())
            startNow(exchange);
    }
}

void NetworkPool::startNow(HttpExchange *exchange)
{
    if (exchange->url().scheme() == QLatin1String("https"))
        exchange->setTlsConfiguration(tlsConfiguration());
    switch (m_wire) {
    case Wire::Http2:
        exchange->start(m_networks.constFirst());
        return;
    case Wire::Http1: {
        QNetworkAccessManager *network = leastBusyNetwork();
        exchange->start(network, m_offeredHttp2.contains(network));
        return;
    }
    case Wire::Unknown: {
        // h2 is offered where Nagle can be switched off (tcpnodelay.h).
        QNetworkAccessManager *network = leastBusyNetwork();
        const bool offerHttp2 = canSetNoDelayOnQtSockets();
        if (offerHttp2)
            m_offeredHttp2.insert(network);
        exchange->start(network, offerHttp2);
        return;
    }
    }
}

QSslConfiguration &NetworkPool::tlsConfiguration()
{
    if (!m_tlsConfiguration) {
        m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
        // Keeps the server's session where the reply shows it, so that later
        // connections resume it instead of a full handshake.
        m_tlsConfiguration->setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    }
    return *m_tlsConfiguration;
}

QNetworkAccessManager *NetworkPool::leastBusyNetwork() const
{
    QNetworkAccessManager *best = m_networks.constFirst();
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (QNetworkAccessManager *network : m_networks) {
        const auto busy = std::count_if(
            m_exchanges.cbegin(), m_exchanges.cend(), [network](const auto &exchange) {
                return exchange && exchange->isRunning() && exchange->network() == network;
            });
        if (busy < fewest) {
            fewest = busy;
            best = network;
        }
    }
    return best;
}

int NetworkPool::requestsInFlight() const
{
    return static_cast<int>(
        std::count_if(m_exchanges.cbegin(), m_exchanges.cend(),
                      [](const auto &exchange) { return exchange && exchange->isRunning(); }));
}

void NetworkPool::applyProxyPolicy(QNetworkAccessManager *network) const
{
    // This computer is reached directly: a system proxy would not know the
    // demo sandbox (or a local test server) on 127.0.0.1.
    if (isLoopbackHost(m_origin.host()))
        network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    else
        network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

} // namespace TokenDesk
