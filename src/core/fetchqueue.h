// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retrypolicy.h"
#include "tokenresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace TokenDesk {

class PartnerApi;
class TokenRequest;

// The queries of a batch too long to hold, handed out one at a time as the
// queue has room for them. next(false) may return nullopt: not yet (the
// caller's output is behind); next(true) must give the next one, as the batch
// is being stopped and every query ends with a result.
using QueryFeed = std::function<std::optional<TokenQuery>(bool now)>;

// Runs a batch of token fetches through a PartnerApi: each query once, at most
// concurrency() in flight, transient failures retried as its RetryPolicy says,
// and the whole batch stopped at once when the agency key is rejected. It
// holds the handle of each request it sent, and cancels only those.
class FetchQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchQueue)

public:
    static constexpr int MinConcurrency = 1;
    static constexpr int MaxConcurrency = 64;
    static constexpr int DefaultConcurrency = 6;

    explicit FetchQueue(PartnerApi *api, QObject *parent = nullptr);
    ~FetchQueue() override;

    void setConcurrency(int concurrency); // clamped to 1..64
    int concurrency() const;
    // The policy's extra tries of a transient failure (see RetryPolicy).
    void setMaxRetries(int retries);
    // The first backoff delay; later ones double. Tests shorten it.
    void setBaseBackoff(std::chrono::milliseconds delay);

    // Adds queries not already waiting or in flight; returns those added, in order.
    QList<TokenQuery> enqueue(const QList<TokenQuery> &queries);
    // Adds count queries taken from next only when one can be sent, so that
    // none waits in memory here; every one is reported by finished() like
    // the others. One feed at a time; false when one is still being taken.
    bool enqueueFeed(qsizetype count, QueryFeed next);
    // Nothing more is sent; this queue's requests in flight are aborted, and
    // every query not finished is reported cancelled before this returns.
    void cancel();
    // The agency key was rejected by another request: stops the batch as if
    // this queue had met the rejection itself, without authRejected().
    void stopForRejectedKey();

    bool isBusy() const;

Q_SIGNALS:
    // The queries a call to enqueue() added, in order.
    void queued(const QList<TokenDesk::TokenQuery> &queries);
    void started(const TokenDesk::TokenQuery &query);
    // The final result for a query, after any retries.
    void finished(const TokenDesk::TokenResult &result);
    // The agency key was rejected (401/403): nothing more will be sent.
    void authRejected(const TokenDesk::TokenResult &result);
    // A token request met a 404 that is not the API's (isWrongAddress()): the
    // base URL holds no partner API, so nothing more is sent. sentence names
    // the base URL; every row not finished says it too. Once per batch.
    void wrongAddress(const QString &sentence);
    // The server answered 429: nothing new is sent for this long.
    void throttled(std::chrono::milliseconds pause);
    void batchFinished();

private:
    struct Entry
    {
        TokenQuery query;
        int attempts = 0;
        qint64 elapsedMs = 0;
        QPointer<TokenRequest> request; // while in flight
    };

    void pump();
    void beginBatchIfIdle();
    std::optional<TokenQuery> takeFromFeed(bool now);
    // The queries the feed still holds were never sent: each ends with resultFor().
    void settleFeed(const std::function<TokenResult(const TokenQuery &)> &resultFor);
    void onTokenFetched(const TokenResult &result);
    void retryLater(Entry entry, const TokenResult &result);
    void complete(TokenResult result, const Entry &entry);
    void cancelWaiting();
    void stopForWrongAddress(TokenResult result, const Entry &entry);
    void cancelInFlight();
    void checkBatchFinished();
    void pauseSending(std::chrono::milliseconds pause);

    PartnerApi *m_api;
    int m_concurrency = DefaultConcurrency;
    RetryPolicy m_retryPolicy;
    std::deque<Entry> m_waiting;
    QHash<QString, Entry> m_inFlight;   // by TokenQuery::id()
    QHash<QString, Entry> m_backingOff; // waiting for a retry timer
    QSet<QString> m_pendingIds;         // every ID waiting, in flight or backing off
    QueryFeed m_feed;
    qsizetype m_feedLeft = 0; // queries the feed has still to give
    QList<QTimer *> m_retryTimers;
    QTimer *m_resumeTimer;      // runs while a 429 holds the whole queue back
    bool m_batchActive = false; // so batchFinished() is emitted once per batch
    bool m_keyRejected = false; // so authRejected() is emitted once per batch
    QString m_wrongAddress;     // the sentence, once the base URL proved wrong in this batch
};

} // namespace TokenDesk
