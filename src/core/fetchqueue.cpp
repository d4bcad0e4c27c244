// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchqueue.h"

#include "partnerapi.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace TokenDesk {

namespace {
constexpr std::chrono::milliseconds MaxBackoff{30000};

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
    connect(m_api, &PartnerApi::tokenFetched, this, &FetchQueue::onTokenFetched);
    m_api->reserveConnections(m_concurrency);
}

FetchQueue::~FetchQueue() = default;

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
    m_maxRetries = std::max(0, retries);
}

int FetchQueue::maxRetries() const
{
    return m_maxRetries;
}

void FetchQueue::setBaseBackoff(std::chrono::milliseconds delay)
{
    m_baseBackoff = delay;
}

void FetchQueue::setMaxRetryAfter(std::chrono::seconds limit)
{
    m_maxRetryAfter = limit;
}

bool FetchQueue::isBusy() const
{
    return !m_waiting.empty() || !m_inFlight.isEmpty() || !m_backingOff.isEmpty();
}

QList<TokenQuery> FetchQueue::enqueue(const QList<TokenQuery> &queries)
{
    if (!isBusy()) {
        // A new batch: progress counts from zero again.
        m_total = m_done = m_failed = 0;
        m_keyRejected = false;
    }
    QList<TokenQuery> added;
    for (const TokenQuery &query : queries) {
        const QString key = query.key();
        if (m_pendingKeys.contains(key))
            continue;
        m_pendingKeys.insert(key);
        m_waiting.push_back({query, 0, 0});
        added.append(query);
        ++m_total;
    }
    // One signal for the whole batch: a view can insert thousands of rows at once.
    if (!added.isEmpty())
        Q_EMIT queued(added);
    if (!added.isEmpty())
        m_batchActive = true;
    Q_EMIT progressChanged(m_done, m_total, m_failed);
    pump();
    return added;
}

void FetchQueue::pump()
{
    if (m_resumeTimer->isActive())
        return; // a 429 holds everything back until the timer fires
    while (!m_waiting.empty() && m_inFlight.size() < m_concurrency) {
        Entry entry = m_waiting.front();
        m_waiting.pop_front();
        ++entry.attempts;
        m_inFlight.insert(entry.query.key(), entry);
        Q_EMIT started(entry.query);
        m_api->fetchToken(entry.query);
    }
}

void FetchQueue::onTokenFetched(const TokenResult &result)
{
    const auto it = m_inFlight.constFind(result.query.key());
    if (it == m_inFlight.cend())
        return; // not ours, or already settled by cancel()
    const Entry entry = *it;
    m_inFlight.erase(it);

    if (result.errorKind == ErrorKind::Auth && !result.cancelled) {
        complete(result, entry);
        // Requests already in flight come back rejected too; say it once.
        if (!m_keyRejected) {
            m_keyRejected = true;
            Q_EMIT authRejected(result);
            cancelWaiting();
            m_api->abortAll();
        }
        checkBatchFinished();
        return;
    }
    // success:false under HTTP 200 is the server's answer, not a passing fault.
    // A connection that broke or stalled is transient whatever status its head
    // carried: a body cut short after "200 OK" is as worth a retry as a reset.
    const bool brokenTransfer =
        result.errorKind == ErrorKind::Network || result.errorKind == ErrorKind::Timeout;
    const bool transient = isTransient(result.errorKind) && !result.cancelled &&
                           (brokenTransfer || result.httpStatus == 0 || result.httpStatus == 429 ||
                            result.httpStatus >= 500);
    Entry settled = entry;
    const bool rateLimitHandled = result.errorKind == ErrorKind::RateLimited && !result.cancelled &&
                                  handleRateLimit(settled, result);
    if (!rateLimitHandled) {
        if (transient && entry.attempts <= m_maxRetries)
            retryLater(entry, result);
        else
            complete(result, entry);
    }
    pump();
    checkBatchFinished();
}

std::chrono::milliseconds FetchQueue::backoffFor(int attempt, const TokenResult &result)
{
    if (result.retryAfter)
        return std::min<std::chrono::milliseconds>(*result.retryAfter, MaxBackoff);
    // Exponential with "full jitter" in the upper half, so a crowd of failed
    // requests does not come back in lockstep.
    const std::chrono::milliseconds exponential = std::min<std::chrono::milliseconds>(
        MaxBackoff, m_baseBackoff * (1 << std::min(attempt - 1, 10)));
    const auto half = exponential.count() / 2;
    return std::chrono::milliseconds(half + m_jitter.bounded(static_cast<quint64>(half) + 1));
}

bool FetchQueue::handleRateLimit(Entry &entry, const TokenResult &result)
{
    // The whole queue slows down, not just this row: every request shares the
    // agency's rate limit.
    const auto pause = result.retryAfter ? std::chrono::milliseconds(*result.retryAfter)
                                         : backoffFor(entry.attempts, result);
    pauseSending(std::min<std::chrono::milliseconds>(pause, m_maxRetryAfter));
    if (result.retryAfter && *result.retryAfter > m_maxRetryAfter) {
        TokenResult failed = result;
        failed.error = tr("The server asked TokenDesk to wait %Ln second(s) before trying again, "
                          "longer than the %1 seconds it waits. Try again later.",
                          nullptr, static_cast<int>(result.retryAfter->count()))
                           .arg(m_maxRetryAfter.count());
        complete(failed, entry);
        return true;
    }
    if (entry.attempts > m_maxRetries)
        return false;
    retryLater(entry, result);
    return true;
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
    const QString key = entry.query.key();
    m_backingOff.insert(key, entry);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_retryTimers.append(timer);
    connect(timer, &QTimer::timeout, this, [this, timer, key] {
        m_retryTimers.removeOne(timer);
        timer->deleteLater();
        const auto it = m_backingOff.constFind(key);
        if (it == m_backingOff.cend())
            return;
        m_waiting.push_front(*it);
        m_backingOff.erase(it);
        pump();
    });
    timer->start(backoffFor(entry.attempts, result));
}

void FetchQueue::complete(TokenResult result, const Entry &entry)
{
    result.attempts = entry.attempts;
    result.elapsedMs += entry.elapsedMs;
    m_pendingKeys.remove(entry.query.key());
    ++m_done;
    if (!result.ok && !result.cancelled)
        ++m_failed;
    Q_EMIT finished(result);
    Q_EMIT progressChanged(m_done, m_total, m_failed);
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

void FetchQueue::cancel()
{
    if (!isBusy())
        return;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    std::deque<Entry> waiting;
    waiting.swap(m_waiting);
    for (const Entry &entry : m_backingOff)
        waiting.push_back(entry);
    m_backingOff.clear();
    qDeleteAll(m_retryTimers);
    m_retryTimers.clear();
    m_resumeTimer->stop();
    m_api->abortAll();
    for (const Entry &entry : inFlight)
        complete(cancelledResult(entry.query, notSentBecauseCancelled()), entry);
    for (const Entry &entry : waiting)
        complete(cancelledResult(entry.query, notSentBecauseCancelled()), entry);
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
