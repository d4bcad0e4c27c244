// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerparser.h"
#include "tokenresult.h"

#include <QObject>
#include <QPointer>

namespace TokenDesk {

class HttpExchange;
struct ExchangeOutcome;

// The handle of one token request, as PartnerApi::fetchToken() returns it:
// finished() follows exactly once (never before fetchToken() returns), also
// after cancel(), which stops this request only. It deletes itself after
// finished(); hold it in a QPointer.
class TokenRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequest)

public:
    // A request that went out.
    TokenRequest(const TokenQuery &query, HttpExchange *exchange, QObject *parent);
    // A request refused before sending: finished() carries this result.
    TokenRequest(TokenResult refused, QObject *parent);

    const TokenQuery &query() const { return m_query; }
    // finished() with a cancelled result follows before this returns.
    void cancel();

Q_SIGNALS:
    void finished(const TokenDesk::TokenResult &result);

private:
    void finish(TokenResult result);
    void onExchangeDone(const ExchangeOutcome &outcome);

    TokenQuery m_query;
    QPointer<HttpExchange> m_exchange;
    bool m_finished = false;
};

// The handle of one customer list page request; the same promises as TokenRequest.
class CustomerPageRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPageRequest)

public:
    CustomerPageRequest(int page, HttpExchange *exchange, qint64 maxBytes, QObject *parent);
    CustomerPageRequest(int page, CustomerPageResult refused, QObject *parent);

    int page() const { return m_page; }
    void cancel();

Q_SIGNALS:
    void finished(int page, const TokenDesk::CustomerPageResult &result);

private:
    void finish(const CustomerPageResult &result);
    void onExchangeDone(const ExchangeOutcome &outcome);

    int m_page;
    qint64 m_maxBytes = 0;
    QPointer<HttpExchange> m_exchange;
    bool m_finished = false;
};

} // namespace TokenDesk
