// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenresult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

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
    static constexpr qint64 MaxReplyBytes = 1024 * 1024;

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

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Starts one request; tokenFetched() follows exactly once, also for input
    // that is refused before sending and for abortAll().
    void fetchToken(const TokenQuery &query);
    void abortAll();
    int requestsInFlight() const;

Q_SIGNALS:
    void tokenFetched(const TokenDesk::TokenResult &result);

private:
    void finishReply(QNetworkReply *reply, const TokenQuery &query, qint64 elapsedMs);
    void emitLater(TokenResult result);
    QNetworkAccessManager *leastBusyNetwork() const;

    QList<QNetworkAccessManager *> m_networks; // never empty
    QUrl m_baseUrl;
    QString m_agencyKey;
    std::chrono::milliseconds m_timeout{30000};
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace TokenDesk
