// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace TokenDesk {

// What came back for one request, before an endpoint's parser reads it:
// either a failure of the exchange itself, or a status and a body.
struct ExchangeOutcome
{
    std::optional<TokenResult> failure; // timeout, cancelled, too big, network, TLS
    bool oversized = false;
    int httpStatus = 0;
    QByteArray body;
    std::optional<std::chrono::seconds> retryAfter;
    qint64 elapsedMs = 0;
    int requestsSent = 0; // Qt's own resends included
};

// The limits one exchange runs under.
struct ExchangeLimits
{
    qint64 maxBytes = 0;                // a larger body is dropped
    std::chrono::milliseconds deadline; // for the whole exchange, first byte to last
    int maxSends = 1;                   // how often the request may reach the server
};

// One GET on the wire: the deadline, the size cap, the count of sends, and
// why it ended. done() follows exactly once, also after cancel() (before it
// returns). Nobody else's request is touched by a cancel.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    HttpExchange(QNetworkAccessManager *network, const QNetworkRequest &request,
                 const ExchangeLimits &limits, QObject *parent = nullptr);
    ~HttpExchange() override;

    void cancel();
    // Until done() has been emitted.
    bool isRunning() const { return !m_reply.isNull(); }
    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void done(const TokenDesk::ExchangeOutcome &outcome);

private:
    enum class AbortReason { None, Deadline, Oversized, Cancelled, ResendRefused };

    void abortFor(AbortReason reason);
    void onEncrypted();
    void onFinished();
    ExchangeOutcome outcome() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    ExchangeLimits m_limits;
    QElapsedTimer m_clock;
    AbortReason m_abortReason = AbortReason::None;
    QList<QSslError> m_sslErrors;
    int m_requestsSent = 0;
};

} // namespace TokenDesk
