// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

#include "logging.h"
#include "networkerror.h"
#include "replyparser.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace TokenDesk {

HttpExchange::HttpExchange(const QNetworkRequest &request, const ExchangeLimits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_limits(limits)
{
    m_clock.start();
    // A deadline for the whole exchange, waiting included: a server that
    // drips bytes must not keep a request alive forever, which a transfer
    // timeout alone would allow.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] { abortFor(AbortReason::Deadline); });
    deadline->start(m_limits.deadline);
}

void HttpExchange::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_request.setSslConfiguration(configuration);
}

void HttpExchange::start(QNetworkAccessManager *network, bool offerHttp2)
{
    Q_ASSERT(isWaiting());
    if (!isWaiting())
        return;
    m_network = network;
    // The body of a reply is never logged: it holds the token.
    qCDebug(lcNetwork).noquote() << redactedRequestLine(m_request.url());
    if (!offerHttp2)
        m_request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_reply = network->get(m_request);

    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // When a connection drops after the request went out and before any byte
    // of the reply, Qt's HTTP/1.1 layer sends the request again by itself on
    // a new connection, whatever its method: the sends are counted, so that a
    // try costs what it really cost, and over TLS a send past the budget is
    // stopped at the new connection's handshake (onEncrypted).
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { ++m_requestsSent; });
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpExchange::onEncrypted);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply->bytesAvailable() > m_limits.maxBytes)
            abortFor(AbortReason::Oversized);
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

HttpExchange::~HttpExchange()
{
    // Nobody listens any more; only the request itself must not linger.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::cancel()
{
    abortFor(AbortReason::Cancelled);
}

void HttpExchange::abortFor(AbortReason reason)
{
    if (m_finished || m_abortReason != AbortReason::None)
        return;
    if (isWaiting()) {
        m_abortReason = reason;
        finish(outcome());
        return;
    }
    // A reply that already failed finishes by itself; aborting it again
    // would make Qt report the error twice.
    if (!m_reply || !m_reply->isRunning())
        return;
    m_abortReason = reason;
    m_reply->abort(); // finished() follows before abort() returns
}

void HttpExchange::onEncrypted()
{
    // Qt waits for this handler before the request goes out on a new TLS
    // connection. (Plain http:// is for this computer only; there a resend is
    // counted but cannot be stopped.)
    if (m_requestsSent >= m_limits.maxSends) {
        abortFor(AbortReason::ResendRefused);
        return;
    }
    Q_EMIT negotiated(m_reply->sslConfiguration().nextNegotiatedProtocol());
}

void HttpExchange::onFinished()
{
    const ExchangeOutcome result = outcome();
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    finish(result);
}

void HttpExchange::finish(const ExchangeOutcome &outcome)
{
    m_finished = true;
    qCDebug(lcNetwork).noquote() << "<-" << outcome.httpStatus << outcome.elapsedMs << "ms"
                                 << (outcome.failure ? errorKindName(outcome.failure->errorKind)
                                                     : QStringLiteral("body not shown"));
    Q_EMIT done(outcome);
}

ExchangeOutcome HttpExchange::outcome() const
{
    const QVariant statusAttribute =
        m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute) : QVariant();
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    ExchangeOutcome result;
    result.elapsedMs = m_clock.elapsed();
    result.httpStatus = status;
    result.requestsSent = m_requestsSent;
    switch (m_abortReason) {
    case AbortReason::Deadline:
        result.failure = timeoutFailure(m_limits.deadline.count());
        return result;
    case AbortReason::Oversized:
        result.failure = oversizedReplyFailure(m_limits.maxBytes);
        result.failure->httpStatus = status;
        result.oversized = true;
        return result;
    case AbortReason::ResendRefused:
        // What Qt would have reported had it not tried again.
        result.failure = failureForNetworkError(QNetworkReply::RemoteHostClosedError, {});
        return result;
    case AbortReason::Cancelled:
        result.failure = TokenResult::failure(
            ErrorKind::Network,
            QCoreApplication::translate("TokenDesk::PartnerApi", "The request was cancelled."));
        result.failure->cancelled = true;
        return result;
    case AbortReason::None:
        break;
    }
    result.tlsSession = m_reply->sslConfiguration().sessionTicket();
    if (status == 0 || isTransportError(m_reply->error())) {
        result.failure = m_sslErrors.isEmpty()
                             ? failureForNetworkError(m_reply->error(), m_reply->errorString())
                             : tlsFailure(m_sslErrors);
        result.failure->httpStatus = status;
        return result;
    }
    result.body = m_reply->readAll();
    if (m_reply->hasRawHeader(QByteArrayLiteral("Retry-After")))
        result.retryAfter = parseRetryAfter(m_reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                            QDateTime::currentDateTimeUtc());
    return result;
}

} // namespace TokenDesk
