// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerapi.h"

#include "inputpolicy.h"
#include "networkerror.h"
#include "replyparser.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace TokenDesk {

namespace {
// Why a reply was aborted by us rather than by the network.
const char *const AbortReasonProperty = "tokendeskAbortReason";
enum class AbortReason { None, Timeout, Oversized, Cancelled };
} // namespace

PartnerApi::PartnerApi(QObject *parent)
    : QObject(parent)
    , m_networks{new QNetworkAccessManager(this)}
    , m_baseUrl(defaultBaseUrl())
{
    qRegisterMetaType<TokenDesk::TokenResult>();
}

PartnerApi::~PartnerApi()
{
    // Replies are children of the QNAM; abort them so none outlives its owner.
    for (const auto &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QString PartnerApi::setBaseUrl(const QString &url)
{
    const BaseUrlCheck check = checkBaseUrl(url);
    if (check.ok())
        m_baseUrl = check.url;
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

bool PartnerApi::hasAgencyKey() const
{
    return !m_agencyKey.isEmpty();
}

void PartnerApi::reserveConnections(int requestsInFlight)
{
    constexpr int ConnectionsPerManager = 6; // Qt's HTTP/1.1 limit per host
    const int wanted =
        (std::max(requestsInFlight, 1) + ConnectionsPerManager - 1) / ConnectionsPerManager;
    while (m_networks.size() < wanted)
        m_networks.append(new QNetworkAccessManager(this));
}

QNetworkAccessManager *PartnerApi::leastBusyNetwork() const
{
    QNetworkAccessManager *best = m_networks.constFirst();
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (QNetworkAccessManager *network : m_networks) {
        const auto busy =
            std::count_if(m_replies.cbegin(), m_replies.cend(),
                          [network](const auto &r) { return r && r->manager() == network; });
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
    return static_cast<int>(std::count_if(m_replies.cbegin(), m_replies.cend(),
                                          [](const auto &r) { return !r.isNull(); }));
}

void PartnerApi::emitLater(TokenResult result)
{
    // Queued, so that a caller never receives the signal before fetchToken() returns.
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT tokenFetched(result); }, Qt::QueuedConnection);
}

void PartnerApi::fetchToken(const TokenQuery &query)
{
    const QString problem = query.isMember() ? QString() : userIdProblem(query.userId);
    if (!problem.isEmpty() || m_agencyKey.isEmpty()) {
        TokenResult result = TokenResult::failure(
            ErrorKind::InvalidInput,
            problem.isEmpty() ? QCoreApplication::translate("TokenDesk::PartnerApi",
                                                            "Enter the agency API key first.")
                              : problem);
        result.query = query;
        result.fetchedAt = QDateTime::currentDateTimeUtc();
        emitLater(result);
        return;
    }

    QNetworkReply *reply =
        leastBusyNetwork()->get(partnerRequest(tokenUrl(m_baseUrl, query), m_agencyKey));
    m_replies.removeIf([](const auto &r) { return r.isNull(); });
    m_replies.append(reply);

    QElapsedTimer clock;
    clock.start();

    // A deadline for the whole exchange: a server that drips bytes must not
    // keep a request alive forever, which a transfer timeout alone would allow.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(AbortReasonProperty, static_cast<int>(AbortReason::Timeout));
        reply->abort();
    });
    deadline->start(m_timeout);

    connect(reply, &QNetworkReply::readyRead, this, [reply] {
        if (reply->bytesAvailable() > MaxReplyBytes) {
            reply->setProperty(AbortReasonProperty, static_cast<int>(AbortReason::Oversized));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, query, clock] { finishReply(reply, query, clock.elapsed()); });
}

void PartnerApi::finishReply(QNetworkReply *reply, const TokenQuery &query, qint64 elapsedMs)
{
    reply->deleteLater();
    m_replies.removeOne(reply);
    const auto abortReason = static_cast<AbortReason>(reply->property(AbortReasonProperty).toInt());
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    TokenResult result;
    if (abortReason == AbortReason::Timeout) {
        result = timeoutFailure(m_timeout.count());
    } else if (abortReason == AbortReason::Oversized) {
        result = oversizedReplyFailure(MaxReplyBytes);
        result.httpStatus = status;
    } else if (abortReason == AbortReason::Cancelled) {
        result = TokenResult::failure(
            ErrorKind::Network,
            QCoreApplication::translate("TokenDesk::PartnerApi", "The request was cancelled."));
        result.cancelled = true;
    } else if (status == 0 || isTransportError(reply->error())) {
        result = failureForNetworkError(reply->error(), reply->errorString());
        result.httpStatus = status;
    } else {
        result = parseTokenReply(status, reply->readAll());
        if (reply->hasRawHeader(QByteArrayLiteral("Retry-After")))
            result.retryAfter = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                QDateTime::currentDateTimeUtc());
    }
    result.query = query;
    result.elapsedMs = elapsedMs;
    result.attempts = 1;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT tokenFetched(result);
}

void PartnerApi::abortAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const auto &reply : replies) {
        // A reply that already failed finishes by itself; aborting it again
        // would make Qt report the error twice.
        if (reply && reply->isRunning() && reply->error() == QNetworkReply::NoError) {
            reply->setProperty(AbortReasonProperty, static_cast<int>(AbortReason::Cancelled));
            reply->abort();
        }
    }
}

} // namespace TokenDesk
