// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenquery.h"

#include <QObject>
#include <QUrl>

#include <chrono>

namespace TokenDesk {

class CustomerPageRequest;
class HttpExchange;
class NetworkPool;
class TokenRequest;

// The BotPenguin partner API as a service object: it sends asynchronous
// requests through its NetworkPool of QNetworkAccessManagers, each of which
// returns its own handle that reports the outcome and can be cancelled
// without touching anybody else's. Nothing here blocks.
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

    // Makes room for this many requests in flight at once (NetworkPool::reserve).
    void reserveConnections(int requestsInFlight);

    // Also trusts the CA certificates in a PEM file (a corporate TLS proxy's,
    // or a test server's), besides the system's, for every request from now
    // on. Returns the problem (unreadable, no certificate in it), or an empty
    // string. There is deliberately no way to ignore certificate errors.
    QString addCaCertificates(const QString &pemPath);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Starts one request and returns its handle, whose finished() follows
    // exactly once, also for input that is refused before sending. maxSends
    // bounds how often the request may reach the server, counting the times
    // Qt sends it again by itself on a new connection (see HttpExchange); the
    // result's attempts says how often it did.
    TokenRequest *fetchToken(const TokenQuery &query, int maxSends = 1);
    // GET /customer/list?page=N&sort=createdAt (N from 1), the same way.
    CustomerPageRequest *fetchCustomerPage(int page, int maxSends = 1);
    int requestsInFlight() const;

private:
    HttpExchange *send(const QUrl &url, qint64 maxBytes, int maxSends);

    NetworkPool *m_pool;
    QUrl m_baseUrl;
    QString m_agencyKey;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace TokenDesk
