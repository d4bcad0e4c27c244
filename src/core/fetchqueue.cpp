// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchqueue.h"

#include "partnerapi.h"
#include "partnerrequests.h"
#include "replyparser.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace TokenDesk {

namespace {
TokenResult cancelledResult(const TokenQuery &query, const QString &why)
{
    TokenResult result = TokenResult::failure(ErrorKind::Network, why);
    result.query = query;
    result.cancelled = true;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    return result;
}

QString notSentBecauseCancelled()
{
    return QCoreApplication::translate("TokenDesk::FetchQueue", "Cancelled before it finished.");
}

QString notSentBecauseKeyRejected()
{
    return QCoreApplication::translate("TokenDesk::FetchQueue",
                                       "Not sent: the agency API key was rejected.");
}
} // namespace

FetchQueue::FetchQueue(PartnerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setSingleShot(true);
    connect(m_resumeTimer, &QTimer::timeout, this, &FetchQueue::pump);
    m_api->reserveConnections(m_concurrency);
}

FetchQueue::~FetchQueue()
{
    // Requests nobody waits for any more end with the queue.
    for (const Entry &entry : std::as_const(m_inFlight)) {
        if (entry.request) {
            entry.request->disconnect(this);
            entry.request->cancel();
        }
    }
}

void FetchQueue::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, MinConcurrency, MaxConcurrency);
    m_api->reserveConnections(m_concurrency);
    pump();
}

int FetchQueue::concurrency() const
{
    return m_concurrency;
}

void FetchQueue::setMaxRetries(int retries)
{
    m_retryPolicy.setMaxRetries(retries);
}

void FetchQueue::setBaseBackoff(std::chrono::milliseconds delay)
{
    m_retryPolicy.setBaseDelay(delay);
}

bool FetchQueue::isBusy() const
{
    return !m_waiting.empty() || !m_inFlight.isEmpty() || !m_backingOff.isEmpty() || m_feedLeft > 0;
}

void FetchQueue::beginBatchIfIdle()
{
    if (!isBusy()) {
        m_keyRejected = false;
        m_wrongAddress.clear();
    }
}

QList<TokenQuery> FetchQueue::enqueue(const QList<TokenQuery> &queries)
{
    beginBatchIfIdle();
    QList<TokenQuery> added;
    for (const TokenQuery &query : queries) {
        const QString id = query.id();
        if (m_pendingIds.contains(id))
            continue;
        m_pendingIds.insert(id);
        m_waiting.push_back({query, 0, 0, nullptr});
        added.append(query);
    }
    // One signal for the whole batch: a view can insert thousands of rows at once.
    if (!added.isEmpty())
        Q_EMIT queued(added);
    if (!added.isEmpty())
        m_batchActive = true;
    pump();
    return added;
}

bool FetchQueue::enqueueFeed(qsizetype count, QueryFeed next)
{
    if (m_feedLeft > 0)
        return false;
    beginBatchIfIdle();
    if (count <= 0)
        return true;
    m_feed = std::move(next);
    m_feedLeft = count;
    m_batchActive = true;
    pump();
    return true;
}

std::optional<TokenQuery> FetchQueue::takeFromFeed(bool now)
{
    if (m_feedLeft == 0)
        return std::nullopt;
    std::optional<TokenQuery> query = m_feed(now);
    if (!query)
        return std::nullopt;
    if (--m_feedLeft == 0)
        m_feed = nullptr;
    m_pendingIds.insert(query->id());
    Q_EMIT queued({*query});
    return query;
}

void FetchQueue::settleFeed(const std::function<TokenResult(const TokenQuery &)> &resultFor)
{
    // One at a time, so that a long feed is never all in memory.
    while (const std::optional<TokenQuery> query = takeFromFeed(true))
        complete(resultFor(*query), Entry{*query, 0, 0, nullptr});
}

void FetchQueue::pump()
{
    if (m_resumeTimer->isActive())
        return; // a 429 holds everything back until the timer fires
    while (m_inFlight.size() < m_concurrency) {
        if (m_waiting.empty()) {
            // Taken only now, when it can be sent: a feed never waits here.
            std::optional<TokenQuery> query = takeFromFeed(false);
            if (!query)
                break;
            m_waiting.push_back({std::move(*query), 0, 0, nullptr});
        }
        Entry entry = m_waiting.front();
        m_waiting.pop_front();
        ++entry.attempts;
        // The sends this try may take: what the budget has left, this one included.
        entry.request =
            m_api->fetchToken(entry.query, m_retryPolicy.maxRetries() + 2 - entry.attempts);
        connect(entry.request, &TokenRequest::finished, this, &FetchQueue::onTokenFetched);
        m_inFlight.insert(entry.query.id(), entry);
        Q_EMIT started(entry.query);
    }
}

void FetchQueue::onTokenFetched(const TokenResult &result)
{
    const auto it = m_inFlight.constFind(result.query.id());
    if (it == m_inFlight.cend())
        return; // already settled by cancel()
    Entry entry = *it;
    entry.request = nullptr;
    m_inFlight.erase(it);
    // Sends that Qt made by itself count against the retry budget.
    entry.attempts += std::max(0, result.attempts - 1);

    if (!result.cancelled && isWrongAddress(result)) {
        stopForWrongAddress(result, entry);
        return;
    }

    if (result.errorKind == ErrorKind::Auth && !result.cancelled) {
        complete(result, entry);
        // Requests already in flight come back rejected too; say it once.
        if (!m_keyRejected) {
            m_keyRejected = true;
            Q_EMIT authRejected(result);
            cancelWaiting();
            cancelInFlight();
            settleFeed([](const TokenQuery &query) {
                return cancelledResult(query, notSentBecauseKeyRejected());
            });
        }
        checkBatchFinished();
        return;
    }
    if (result.errorKind == ErrorKind::RateLimited && !result.cancelled) {
        // The whole queue slows down, not just this row: every request shares
        // the agency's rate limit.
        pauseSending(m_retryPolicy.pauseAfter(entry.attempts, result.retryAfter));
    }
    const RetryVerdict verdict = m_retryPolicy.verdict(
        result.errorKind, result.httpStatus, result.cancelled, entry.attempts, result.retryAfter);
    if (verdict.retry) {
        retryLater(entry, result);
    } else if (!verdict.refusedWait.isEmpty()) {
        TokenResult refused = result;
        refused.error = verdict.refusedWait;
        complete(refused, entry);
    } else {
        complete(result, entry);
    }
    pump();
    checkBatchFinished();
}

void FetchQueue::pauseSending(std::chrono::milliseconds pause)
{
    const auto remaining = std::chrono::milliseconds(m_resumeTimer->remainingTime());
    if (m_resumeTimer->isActive() && remaining >= pause)
        return;
    m_resumeTimer->start(pause);
    Q_EMIT throttled(pause);
}

void FetchQueue::retryLater(Entry entry, const TokenResult &result)
{
    entry.elapsedMs += result.elapsedMs;
    const QString id = entry.query.id();
    m_backingOff.insert(id, entry);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_retryTimers.append(timer);
    connect(timer, &QTimer::timeout, this, [this, timer, id] {
        m_retryTimers.removeOne(timer);
        timer->deleteLater();
        const auto it = m_backingOff.constFind(id);
        if (it == m_backingOff.cend())
            return;
        m_waiting.push_front(*it);
        m_backingOff.erase(it);
        pump();
    });
    timer->start(m_retryPolicy.pauseAfter(entry.attempts, result.retryAfter));
}

void FetchQueue::complete(TokenResult result, const Entry &entry)
{
    result.attempts = entry.attempts;
    result.elapsedMs += entry.elapsedMs;
    m_pendingIds.remove(entry.query.id());
    Q_EMIT finished(result);
}

void FetchQueue::cancelWaiting()
{
    qDeleteAll(m_retryTimers);
    m_retryTimers.clear();
    std::deque<Entry> waiting;
    waiting.swap(m_waiting);
    for (const Entry &entry : m_backingOff)
        waiting.push_back(entry);
    m_backingOff.clear();
    for (const Entry &entry : waiting)
        complete(cancelledResult(entry.query, notSentBecauseKeyRejected()), entry);
}

void FetchQueue::stopForWrongAddress(TokenResult result, const Entry &entry)
{
    // Every other user ID would meet the same page: it is said once, and the
    // rows not fetched say why, as failures of the same kind (not cancelled:
    // nobody cancelled them, and it is no rejected key).
    const bool first = m_wrongAddress.isEmpty();
    if (first)
        m_wrongAddress = wrongAddressSentence(m_api->baseUrl());
    result.error = m_wrongAddress;
    complete(result, entry);
    if (first) {
        Q_EMIT wrongAddress(m_wrongAddress);
        const QString notFetched =
            tr("Not fetched: the server has no partner API at this address (HTTP 404 for "
               "another user ID): check the base URL.");
        qDeleteAll(m_retryTimers);
        m_retryTimers.clear();
        m_resumeTimer->stop();
        std::deque<Entry> rest;
        rest.swap(m_waiting);
        for (const Entry &waiting : std::as_const(m_backingOff))
            rest.push_back(waiting);
        m_backingOff.clear();
        for (const Entry &other : std::as_const(m_inFlight))
            rest.push_back(other);
        const auto inFlight = std::exchange(m_inFlight, {});
        for (const Entry &other : inFlight) {
            if (other.request) {
                other.request->disconnect(this); // settled below, with the reason
                other.request->cancel();
            }
        }
        for (const Entry &other : rest) {
            TokenResult stopped = TokenResult::failure(ErrorKind::BadResponse, notFetched);
            stopped.query = other.query;
            stopped.fetchedAt = QDateTime::currentDateTimeUtc();
            complete(stopped, other);
        }
        settleFeed([&notFetched](const TokenQuery &query) {
            TokenResult stopped = TokenResult::failure(ErrorKind::BadResponse, notFetched);
            stopped.query = query;
            stopped.fetchedAt = QDateTime::currentDateTimeUtc();
            return stopped;
        });
    }
    checkBatchFinished();
}

void FetchQueue::stopForRejectedKey()
{
    if (!isBusy())
        return;
    m_keyRejected = true;
    cancelWaiting();
    cancelInFlight();
    settleFeed([](const TokenQuery &query) {
        return cancelledResult(query, notSentBecauseKeyRejected());
    });
    checkBatchFinished();
}

void FetchQueue::cancelInFlight()
{
    // Each handle reports its cancelled result at once, through onTokenFetched().
    QList<QPointer<TokenRequest>> requests;
    for (const Entry &entry : std::as_const(m_inFlight))
        requests.append(entry.request);
    for (const auto &request : std::as_const(requests)) {
        if (request)
            request->cancel();
    }
}

void FetchQueue::cancel()
{
    if (!isBusy())
        return;
    const auto inFlight = std::exchange(m_inFlight, {});
    std::deque<Entry> waiting;
    waiting.swap(m_waiting);
    for (const Entry &entry : m_backingOff)
        waiting.push_back(entry);
    m_backingOff.clear();
    qDeleteAll(m_retryTimers);
    m_retryTimers.clear();
    m_resumeTimer->stop();
    for (const Entry &entry : inFlight) {
        if (entry.request) {
            entry.request->disconnect(this); // settled below, with the reason
            entry.request->cancel();
        }
    }
    for (const Entry &entry : inFlight)
        complete(cancelledResult(entry.query, notSentBecauseCancelled()), entry);
    for (const Entry &entry : waiting)
        complete(cancelledResult(entry.query, notSentBecauseCancelled()), entry);
    settleFeed(
        [](const TokenQuery &query) { return cancelledResult(query, notSentBecauseCancelled()); });
    checkBatchFinished();
}

void FetchQueue::checkBatchFinished()
{
    if (m_batchActive && !isBusy()) {
        m_batchActive = false;
        Q_EMIT batchFinished();
    }
}

} // namespace TokenDesk
