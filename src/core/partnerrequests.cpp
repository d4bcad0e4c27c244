// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerrequests.h"

#include "httpexchange.h"
#include "replyparser.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace TokenDesk {

TokenRequest::TokenRequest(const TokenQuery &query, HttpExchange *exchange, QObject *parent)
    : QObject(parent)
    , m_query(query)
    , m_exchange(exchange)
{
    exchange->setParent(this);
    connect(exchange, &HttpExchange::done, this, &TokenRequest::onExchangeDone);
}

TokenRequest::TokenRequest(TokenResult refused, QObject *parent)
    : QObject(parent)
    , m_query(refused.query)
{
    // Queued, so that a caller never receives finished() before it holds the handle.
    QMetaObject::invokeMethod(
        this, [this, refused] { finish(refused); }, Qt::QueuedConnection);
}

void TokenRequest::cancel()
{
    if (m_finished)
        return;
    if (m_exchange) {
        m_exchange->cancel(); // done() follows at once
        return;
    }
    TokenResult result = TokenResult::failure(
        ErrorKind::Network,
        QCoreApplication::translate("TokenDesk::PartnerApi", "The request was cancelled."));
    result.query = m_query;
    result.cancelled = true;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    finish(result);
}

void TokenRequest::onExchangeDone(const ExchangeOutcome &outcome)
{
    TokenResult result =
        outcome.failure ? *outcome.failure : parseTokenReply(outcome.httpStatus, outcome.body);
    if (!outcome.failure)
        result.retryAfter = outcome.retryAfter;
    result.query = m_query;
    result.elapsedMs = outcome.elapsedMs;
    result.attempts = std::max(1, outcome.requestsSent);
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    finish(result);
}

void TokenRequest::finish(TokenResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

CustomerPageRequest::CustomerPageRequest(int page, HttpExchange *exchange, qint64 maxBytes,
                                         QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_maxBytes(maxBytes)
    , m_exchange(exchange)
{
    exchange->setParent(this);
    connect(exchange, &HttpExchange::done, this, &CustomerPageRequest::onExchangeDone);
}

CustomerPageRequest::CustomerPageRequest(int page, CustomerPageResult refused, QObject *parent)
    : QObject(parent)
    , m_page(page)
{
    QMetaObject::invokeMethod(
        this, [this, refused] { finish(refused); }, Qt::QueuedConnection);
}

void CustomerPageRequest::cancel()
{
    if (m_finished)
        return;
    if (m_exchange) {
        m_exchange->cancel();
        return;
    }
    CustomerPageResult result = CustomerPageResult::failure(
        ErrorKind::Network,
        QCoreApplication::translate("TokenDesk::PartnerApi", "The request was cancelled."));
    result.cancelled = true;
    finish(result);
}

void CustomerPageRequest::onExchangeDone(const ExchangeOutcome &outcome)
{
    CustomerPageResult result;
    if (outcome.failure) {
        const TokenResult &f = *outcome.failure;
        result = CustomerPageResult::failure(f.errorKind, f.error, f.httpStatus);
        result.cancelled = f.cancelled;
        if (outcome.oversized)
            result.error = QCoreApplication::translate(
                               "TokenDesk::PartnerApi",
                               "A page of the customer list was larger than %1; it was dropped.")
                               .arg(QLocale().formattedDataSize(m_maxBytes));
    } else {
        result = parseCustomerPage(outcome.httpStatus, outcome.body);
        result.retryAfter = outcome.retryAfter;
    }
    result.elapsedMs = outcome.elapsedMs;
    result.attempts = std::max(1, outcome.requestsSent);
    finish(result);
}

void CustomerPageRequest::finish(const CustomerPageResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_page, result);
    deleteLater();
}

} // namespace TokenDesk
