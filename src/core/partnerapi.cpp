// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerapi.h"

#include "httpexchange.h"
#include "inputpolicy.h"
#include "networkpool.h"
#include "partnerrequests.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

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
    , m_pool(new NetworkPool(this))
    , m_baseUrl(defaultBaseUrl())
{
    qRegisterMetaType<TokenDesk::TokenResult>();
    qRegisterMetaType<TokenDesk::CustomerPageResult>();
    m_pool->setOrigin(m_baseUrl);
}

PartnerApi::~PartnerApi() = default;

QString PartnerApi::setBaseUrl(const QString &url)
{
    const BaseUrlCheck check = checkBaseUrl(url);
    if (check.ok()) {
        m_baseUrl = check.url;
        m_pool->setOrigin(m_baseUrl);
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
    m_pool->addCaCertificates(pemPath, certificates);
    return {};
}

void PartnerApi::reserveConnections(int requestsInFlight)
{
    m_pool->reserve(requestsInFlight);
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
    return m_pool->requestsInFlight();
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
    auto *exchange =
        new HttpExchange(partnerRequest(url, m_agencyKey), {maxBytes, m_timeout, maxSends}, this);
    m_pool->send(exchange);
    return exchange;
}

} // namespace TokenDesk
