// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerparser.h"
#include "tokenresult.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace TokenDesk {

// The BotPenguin partner API as a service object: it owns the
// QNetworkAccessManager, sends asynchronous requests and reports each outcome
// as a TokenResult through a signal. Nothing here blocks.
class PartnerApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerApi)

public:
    static constexpr qint64 MaxReplyBytes = 1024 * 1024;    // a token reply
    static constexpr qint64 MaxPageBytes = 8 * 1024 * 1024; // a customer list page

    explicit PartnerApi(QObject *parent = nullptr);
    ~PartnerApi() override;

    // Returns the problem with the URL (see checkBaseUrl), or an empty string
    // when it was accepted. A refused URL leaves the previous one in place.
    QString setBaseUrl(const QString &url);
    QUrl baseUrl() const;

    // The key is kept only in memory. Returns the problem, or an empty string.
    QString setAgencyKey(const QString &key);
    bool hasAgencyKey() const;

    // Makes room for this many requests in flight at once. Over HTTP/1.1 a
    // QNetworkAccessManager opens at most six connections to a host, so more
    // in flight takes more managers.
    void reserveConnections(int requestsInFlight);

    // Also trusts the CA certificates in a PEM file (a corporate TLS proxy's,
    // or a test server's), besides the system's, for every request from now
    // on. Returns the problem (unreadable, no certificate in it), or an empty
    // string. There is deliberately no way to ignore certificate errors.
    QString addCaCertificates(const QString &pemPath);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Starts one request; tokenFetched() follows exactly once, also for input
    // that is refused before sending and for abortAll(). maxSends bounds how
    // often the request may reach the server, counting the times Qt sends it
    // again by itself on a new connection (see send()); the result's attempts
    // says how often it did.
    void fetchToken(const TokenQuery &query, int maxSends = 1);
    // Starts one GET /customer/list?page=N&sort=createdAt (N from 1);
    // customerPageFetched() follows exactly once, like tokenFetched().
    void fetchCustomerPage(int page, int maxSends = 1);
    // Token and page requests alike; each is reported as cancelled.
    void abortAll();
    // Only the page requests, so a token batch running beside them goes on.
    void abortCustomerPages();
    int requestsInFlight() const;

Q_SIGNALS:
    void tokenFetched(const TokenDesk::TokenResult &result);
    void customerPageFetched(int page, const TokenDesk::CustomerPageResult &result);

private:
    enum class RequestKind { Token, CustomerPage };
    // What came back for one request, before an endpoint's parser reads it:
    // either a failure of the exchange itself, or a status and body.
    struct Exchange
    {
        std::optional<TokenResult> failure; // timeout, cancelled, too big, network
        bool oversized = false;
        int httpStatus = 0;
        QByteArray body;
        std::optional<std::chrono::seconds> retryAfter;
        qint64 elapsedMs = 0;
        int requestsSent = 0; // Qt's own resends included
    };
    using ExchangeHandler = std::function<void(const Exchange &)>;

    // The one way out: headers, deadline, size cap, then handler exactly once.
    void send(const QUrl &url, RequestKind kind, int maxSends, ExchangeHandler handler);
    Exchange finishReply(QNetworkReply *reply, qint64 maxBytes, qint64 elapsedMs, int requestsSent);
    void abortReplies(bool pagesOnly);
    void emitLater(TokenResult result);
    QNetworkAccessManager *leastBusyNetwork() const;
    void applyProxyPolicy(QNetworkAccessManager *network) const;

    QList<QNetworkAccessManager *> m_networks; // never empty
    // Set on every request once addCaCertificates() succeeded; unset: Qt's default.
    std::optional<QSslConfiguration> m_sslConfiguration;
    QUrl m_baseUrl;
    QString m_agencyKey;
    std::chrono::milliseconds m_timeout{30000};
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace TokenDesk
