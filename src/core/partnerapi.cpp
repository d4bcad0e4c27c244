// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerapi.h"

#include "inputpolicy.h"
#include "logging.h"
#include "networkerror.h"
#include "replyparser.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>

namespace TokenDesk {

namespace {
// Why a reply was aborted by us rather than by the network.
const char *const AbortReasonProperty = "tokendeskAbortReason";
enum class AbortReason { None, Timeout, Oversized, Cancelled, ResendRefused };
// Which endpoint a reply answers, so that abortCustomerPages() spares tokens.
const char *const RequestKindProperty = "tokendeskRequestKind";
// The certificate errors of a refused TLS handshake, for a sentence that names them.
const char *const SslErrorsProperty = "tokendeskSslErrors";
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

bool PartnerApi::hasAgencyKey() const
{
    return !m_agencyKey.isEmpty();
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

void PartnerApi::fetchToken(const TokenQuery &query, int maxSends)
{
    const QString problem = query.isMember() ? QString() : userIdProblem(query.userId);
    if (!problem.isEmpty() || m_agencyKey.isEmpty()) {
        TokenResult result = TokenResult::failure(ErrorKind::InvalidInput,
                                                  problem.isEmpty() ? noKeySentence() : problem);
        result.query = query;
        result.fetchedAt = QDateTime::currentDateTimeUtc();
        emitLater(result);
        return;
    }
    send(tokenUrl(m_baseUrl, query), RequestKind::Token, maxSends,
         [this, query](const Exchange &exchange) {
             TokenResult result = exchange.failure
                                      ? *exchange.failure
                                      : parseTokenReply(exchange.httpStatus, exchange.body);
             if (!exchange.failure)
                 result.retryAfter = exchange.retryAfter;
             result.query = query;
             result.elapsedMs = exchange.elapsedMs;
             result.attempts = std::max(1, exchange.requestsSent);
             result.fetchedAt = QDateTime::currentDateTimeUtc();
             Q_EMIT tokenFetched(result);
         });
}

void PartnerApi::fetchCustomerPage(int page, int maxSends)
{
    if (page < 1 || m_agencyKey.isEmpty()) {
        const CustomerPageResult result = CustomerPageResult::failure(
            ErrorKind::InvalidInput,
            page < 1 ? QCoreApplication::translate("TokenDesk::PartnerApi",
                                                   "Customer list pages are numbered from 1.")
                     : noKeySentence());
        QMetaObject::invokeMethod(
            this, [this, page, result] { Q_EMIT customerPageFetched(page, result); },
            Qt::QueuedConnection);
        return;
    }
    send(customerListUrl(m_baseUrl, page), RequestKind::CustomerPage, maxSends,
         [this, page](const Exchange &exchange) {
             CustomerPageResult result;
             if (exchange.failure) {
                 const TokenResult &f = *exchange.failure;
                 result = CustomerPageResult::failure(f.errorKind, f.error, f.httpStatus);
                 result.cancelled = f.cancelled;
                 if (exchange.oversized)
                     result.error = QCoreApplication::translate(
                                        "TokenDesk::PartnerApi",
                                        "A page of the customer list was larger than %1; it "
                                        "was dropped.")
                                        .arg(QLocale().formattedDataSize(MaxPageBytes));
             } else {
                 result = parseCustomerPage(exchange.httpStatus, exchange.body);
                 result.retryAfter = exchange.retryAfter;
             }
             result.elapsedMs = exchange.elapsedMs;
             result.attempts = std::max(1, exchange.requestsSent);
             Q_EMIT customerPageFetched(page, result);
         });
}

void PartnerApi::send(const QUrl &url, RequestKind kind, int maxSends, ExchangeHandler handler)
{
    QNetworkRequest request = partnerRequest(url, m_agencyKey);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    // The body of a reply is never logged: it holds the token.
    qCDebug(lcNetwork).noquote() << "GET" << QString::fromLatin1(url.toEncoded())
                                 << "authtype: Key, Authorization: Bearer ***";
    QNetworkReply *reply = leastBusyNetwork()->get(request);
    reply->setProperty(RequestKindProperty, static_cast<int>(kind));
    m_replies.removeIf([](const auto &r) { return r.isNull(); });
    m_replies.append(reply);
    const qint64 maxBytes = kind == RequestKind::CustomerPage ? MaxPageBytes : MaxReplyBytes;

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

    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty(SslErrorsProperty, QVariant::fromValue(errors));
    });

    // When a connection drops after the request went out and before any byte
    // of the reply, Qt's HTTP/1.1 layer sends the request again by itself on
    // a new connection, whatever its method: the sends are counted, so that a
    // try costs what it really cost. Over TLS, Qt waits for encrypted() on
    // each new connection before the request goes out, so a send past the
    // budget is stopped there. (Plain http:// is for this computer only; there
    // such a resend is counted but cannot be stopped.)
    auto requestsSent = std::make_shared<int>(0);
    connect(reply, &QNetworkReply::requestSent, this, [requestsSent] { ++*requestsSent; });
    connect(reply, &QNetworkReply::encrypted, this, [reply, requestsSent, maxSends] {
        if (*requestsSent >= maxSends) {
            reply->setProperty(AbortReasonProperty, static_cast<int>(AbortReason::ResendRefused));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, maxBytes] {
        if (reply->bytesAvailable() > maxBytes) {
            reply->setProperty(AbortReasonProperty, static_cast<int>(AbortReason::Oversized));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, maxBytes, clock, requestsSent, handler = std::move(handler)] {
                const Exchange exchange =
                    finishReply(reply, maxBytes, clock.elapsed(), *requestsSent);
                qCDebug(lcNetwork).noquote()
                    << "<-" << exchange.httpStatus << reply->url().path() << exchange.elapsedMs
                    << "ms"
                    << (exchange.failure ? errorKindName(exchange.failure->errorKind)
                                         : QStringLiteral("body not shown"));
                handler(exchange);
            });
}

PartnerApi::Exchange PartnerApi::finishReply(QNetworkReply *reply, qint64 maxBytes,
                                             qint64 elapsedMs, int requestsSent)
{
    reply->deleteLater();
    m_replies.removeOne(reply);
    const auto abortReason = static_cast<AbortReason>(reply->property(AbortReasonProperty).toInt());
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    Exchange exchange;
    exchange.elapsedMs = elapsedMs;
    exchange.httpStatus = status;
    exchange.requestsSent = requestsSent;
    if (abortReason == AbortReason::Timeout) {
        exchange.failure = timeoutFailure(m_timeout.count());
    } else if (abortReason == AbortReason::Oversized) {
        exchange.failure = oversizedReplyFailure(maxBytes);
        exchange.failure->httpStatus = status;
        exchange.oversized = true;
    } else if (abortReason == AbortReason::ResendRefused) {
        // What Qt would have reported had it not tried again.
        exchange.failure = failureForNetworkError(QNetworkReply::RemoteHostClosedError, {});
    } else if (abortReason == AbortReason::Cancelled) {
        exchange.failure = TokenResult::failure(
            ErrorKind::Network,
            QCoreApplication::translate("TokenDesk::PartnerApi", "The request was cancelled."));
        exchange.failure->cancelled = true;
    } else if (status == 0 || isTransportError(reply->error())) {
        const auto sslErrors = reply->property(SslErrorsProperty).value<QList<QSslError>>();
        exchange.failure = sslErrors.isEmpty()
                               ? failureForNetworkError(reply->error(), reply->errorString())
                               : tlsFailure(sslErrors);
        exchange.failure->httpStatus = status;
    } else {
        exchange.body = reply->readAll();
        if (reply->hasRawHeader(QByteArrayLiteral("Retry-After")))
            exchange.retryAfter =
                parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                QDateTime::currentDateTimeUtc());
    }
    return exchange;
}

void PartnerApi::abortAll()
{
    abortReplies(false);
}

void PartnerApi::abortCustomerPages()
{
    abortReplies(true);
}

void PartnerApi::abortReplies(bool pagesOnly)
{
    const auto replies = m_replies;
    for (const auto &reply : replies) {
        if (!reply)
            continue;
        if (pagesOnly && reply->property(RequestKindProperty).toInt() !=
                             static_cast<int>(RequestKind::CustomerPage))
            continue;
        m_replies.removeOne(reply);
        // A reply that already failed finishes by itself; aborting it again
        // would make Qt report the error twice.
        if (reply->isRunning() && reply->error() == QNetworkReply::NoError) {
            reply->setProperty(AbortReasonProperty, static_cast<int>(AbortReason::Cancelled));
            reply->abort();
        }
    }
}

} // namespace TokenDesk
