// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

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
    // The TLS session to resume on later connections (QSslConfiguration's
    // "session ticket", with its secret): kept in memory, never shown.
    QByteArray tlsSession;
};

// The limits one exchange runs under.
struct ExchangeLimits
{
    qint64 maxBytes = 0;                // a larger body is dropped
    std::chrono::milliseconds deadline; // for the whole exchange, first byte to last
    int maxSends = 1;                   // how often the request may reach the server
};

// One GET: the deadline, the size cap, the count of sends, and why it
// ended. It is created waiting and goes on the wire with start(), which the
// NetworkPool may call a little later; the deadline runs from creation.
// done() follows exactly once, also after cancel() (before it returns),
// whether it was waiting or on the wire. Nobody else's request is touched by
// a cancel.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    HttpExchange(const QNetworkRequest &request, const ExchangeLimits &limits,
                 QObject *parent = nullptr);
    ~HttpExchange() override;

    // Sends the request through this manager; offerHttp2 false keeps it to
    // HTTP/1.1 (so Qt opens its connections at once instead of waiting for
    // the first one's ALPN). Only once, and only while it is running.
    void start(QNetworkAccessManager *network, bool offerHttp2 = true);
    // Before start(): the TLS settings an https request goes with.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    void cancel();
    // Until done() has been emitted: waiting for start() or on the wire.
    bool isRunning() const { return !m_finished; }
    bool isWaiting() const { return !m_finished && !m_network; }
    QNetworkAccessManager *network() const { return m_network; }
    QUrl url() const { return m_request.url(); }

Q_SIGNALS:
    // A TLS handshake for this request completed; protocol is what ALPN
    // chose ("h2", "http/1.1"), empty when the server chose nothing.
    void negotiated(const QByteArray &protocol);
    void done(const TokenDesk::ExchangeOutcome &outcome);

private:
    enum class AbortReason { None, Deadline, Oversized, Cancelled, ResendRefused };

    void abortFor(AbortReason reason);
    void onEncrypted();
    void onFinished();
    void finish(const ExchangeOutcome &outcome);
    ExchangeOutcome outcome() const;

    QNetworkRequest m_request;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
    ExchangeLimits m_limits;
    QElapsedTimer m_clock;
    AbortReason m_abortReason = AbortReason::None;
    QList<QSslError> m_sslErrors;
    int m_requestsSent = 0;
};

} // namespace TokenDesk
