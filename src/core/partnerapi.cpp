// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerapi.h"

#include "httpexchange.h"
#include "inputpolicy.h"
#include "partnerrequests.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>
#include <limits>

namespace TokenDesk {

namespace {
// A CA file is a few certificates; a bigger one is not what the user meant.
constexpr qint64 MaxCaFileBytes = 16 * 1024 * 1024;

QString noKeySentence()
{
    return QCoreApplication::translate("TokenDesk::PartnerApi", "Enter the agency API key first.");
}
} // namespace

PartnerApi::PartnerApi(QObject *parent)
    : QObject(parent)
    , m_networks{new QNetworkAccessManager(this)}
    , m_baseUrl(defaultBaseUrl())
{
    qRegisterMetaType<TokenDesk::TokenResult>();
    qRegisterMetaType<TokenDesk::CustomerPageResult>();
}

PartnerApi::~PartnerApi()
{
    // The requests go before the managers that carry them, without a word.
    for (const auto &exchange : std::as_const(m_exchanges))
        delete exchange.data();
}

QString PartnerApi::setBaseUrl(const QString &url)
{
    const BaseUrlCheck check = checkBaseUrl(url);
    if (check.ok()) {
        m_baseUrl = check.url;
        for (QNetworkAccessManager *network : std::as_const(m_networks))
            applyProxyPolicy(network);
    }
    return check.problem;
}

QUrl PartnerApi::baseUrl() const
{
    return m_baseUrl;
}

QString PartnerApi::setAgencyKey(const QString &key)
{
    const AgencyKeyCheck check = checkAgencyKey(key);
    m_agencyKey = check.ok() ? check.key : QString();
    return check.problem;
}

QString PartnerApi::addCaCertificates(const QString &pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the CA certificate file “%1”: %2.").arg(pemPath, file.errorString());
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.read(MaxCaFileBytes), QSsl::Pem);
    if (certificates.isEmpty())
        return tr("“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(pemPath);
    if (!m_sslConfiguration) {
        // Adding CAs stops Qt from loading the system's on demand (seen on
        // 6.4), so they are listed too, once (about 0.1 s): the file's are
        // trusted besides them, not instead.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> trusted = QSslConfiguration::systemCaCertificates();
        for (const QSslCertificate &certificate : configuration.caCertificates()) {
            if (!trusted.contains(certificate))
                trusted.append(certificate);
        }
        configuration.setCaCertificates(trusted);
        m_sslConfiguration = configuration;
    }
    m_sslConfiguration->addCaCertificates(certificates);
    // A kept-alive connection keeps the configuration it was opened with.
    for (QNetworkAccessManager *network : std::as_const(m_networks))
        network->clearConnectionCache();
    return {};
}

void PartnerApi::reserveConnections(int requestsInFlight)
{
    constexpr int ConnectionsPerManager = 6; // Qt's HTTP/1.1 limit per host
    const int wanted =
        (std::max(requestsInFlight, 1) + ConnectionsPerManager - 1) / ConnectionsPerManager;
    while (m_networks.size() < wanted) {
        m_networks.append(new QNetworkAccessManager(this));
        applyProxyPolicy(m_networks.constLast());
    }
}

void PartnerApi::applyProxyPolicy(QNetworkAccessManager *network) const
{
    // This computer is reached directly: a system proxy would not know the
    // demo sandbox (or a local test server) on 127.0.0.1.
    if (isLoopbackHost(m_baseUrl.host()))
        network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    else
        network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

QNetworkAccessManager *PartnerApi::leastBusyNetwork() const
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

void PartnerApi::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds PartnerApi::timeout() const
{
    return m_timeout;
}

int PartnerApi::requestsInFlight() const
{
    return static_cast<int>(
        std::count_if(m_exchanges.cbegin(), m_exchanges.cend(),
                      [](const auto &exchange) { return exchange && exchange->isRunning(); }));
}

TokenRequest *PartnerApi::fetchToken(const TokenQuery &query, int maxSends)
{
    const QString problem = query.isMember() ? QString() : userIdProblem(query.userId);
    if (!problem.isEmpty() || m_agencyKey.isEmpty()) {
        TokenResult result = TokenResult::failure(ErrorKind::InvalidInput,
                                                  problem.isEmpty() ? noKeySentence() : problem);
        result.query = query;
        result.fetchedAt = QDateTime::currentDateTimeUtc();
        return new TokenRequest(result, this);
    }
    return new TokenRequest(query, send(tokenUrl(m_baseUrl, query), MaxReplyBytes, maxSends), this);
}

CustomerPageRequest *PartnerApi::fetchCustomerPage(int page, int maxSends)
{
    if (page < 1 || m_agencyKey.isEmpty()) {
        return new CustomerPageRequest(
            page,
            CustomerPageResult::failure(
                ErrorKind::InvalidInput,
                page < 1 ? QCoreApplication::translate("TokenDesk::PartnerApi",
                                                       "Customer list pages are numbered from 1.")
                         : noKeySentence()),
            this);
    }
    return new CustomerPageRequest(
        page, send(customerListUrl(m_baseUrl, page), MaxPageBytes, maxSends), MaxPageBytes, this);
}

HttpExchange *PartnerApi::send(const QUrl &url, qint64 maxBytes, int maxSends)
{
    QNetworkRequest request = partnerRequest(url, m_agencyKey);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    auto *exchange =
        new HttpExchange(leastBusyNetwork(), request, {maxBytes, m_timeout, maxSends}, this);
    m_exchanges.removeIf([](const auto &e) { return !e || !e->isRunning(); });
    m_exchanges.append(exchange);
    return exchange;
}

} // namespace TokenDesk
