// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {
// How long to wait for what must happen: a guard against a hang, not a
// claim about speed.
constexpr int HangGuardMs = 60000;

QList<TokenQuery> queriesFor(const QStringList &ids)
{
    QList<TokenQuery> queries;
    for (const QString &id : ids)
        queries.append(TokenQuery::forUser(id));
    return queries;
}

QHash<QString, TokenResult> resultsByKey(const QSignalSpy &spy)
{
    QHash<QString, TokenResult> results;
    for (const auto &args : spy) {
        const auto result = args.constFirst().value<TokenResult>();
        results.insert(result.query.id(), result);
    }
    return results;
}

// Final results that failed (not cancelled), as finished() reported them.
int failuresIn(const QSignalSpy &finished)
{
    int failures = 0;
    for (const auto &args : finished) {
        const auto result = args.constFirst().value<TokenResult>();
        failures += !result.ok && !result.cancelled ? 1 : 0;
    }
    return failures;
}

} // namespace

class TestFetchQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesEveryIdOnce();
    void honoursTheConcurrencyLimit();
    void retriesTransientFailures();
    void givesUpAfterMaxRetries();
    void doesNotRetryPermanentFailures();
    void stopsTheBatchOnRejectedKey();
    void cancelKeepsFinishedRows();
    void rateLimitSlowsTheWholeQueue();
    void honoursRetryAfterAsHttpDate();
    void failsWhenRetryAfterIsTooLong();
    void keepsInputOrderOfSignals();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PartnerApi> m_api;
    std::unique_ptr<FetchQueue> m_queue;
};

void TestFetchQueue::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_api = std::make_unique<PartnerApi>();
    QCOMPARE(connectToSandbox(*m_api, *m_sandbox), QString());
    m_queue = std::make_unique<FetchQueue>(m_api.get());
    m_queue->setBaseBackoff(20ms);
}

void TestFetchQueue::cleanup()
{
    m_queue.reset();
    m_api.reset();
    m_sandbox.reset();
}

void TestFetchQueue::fetchesEveryIdOnce()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    QStringList ids = m_sandbox->sampleUserIds(10);
    ids.append(ids.first()); // a duplicate is fetched once
    const QList<TokenQuery> added = m_queue->enqueue(queriesFor(ids));
    QCOMPARE(added.size(), 10);
    QVERIFY(done.wait(HangGuardMs));
    QCOMPARE(done.size(), 1);
    QCOMPARE(finished.size(), 10);
    QCOMPARE(m_sandbox->requestCount(), 10);
    QCOMPARE(failuresIn(finished), 0);
    // done, total, failed
    const auto results = resultsByKey(finished);
    QCOMPARE(results.size(), 10);
    for (const auto &r : results)
        QVERIFY(r.ok);
}

void TestFetchQueue::honoursTheConcurrencyLimit()
{
    // The first replies wait until three requests are out together, so three
    // at once is reached however slowly they are sent; the latency after that
    // leaves time for a fourth to show if the queue sent one.
    m_sandbox->setHoldRepliesUntilInFlight(3);
    m_sandbox->setLatency(100ms);
    m_queue->setConcurrency(3);
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor(m_sandbox->sampleUserIds(12)));
    QVERIFY(done.wait(HangGuardMs));
    QCOMPARE(m_sandbox->maxInFlight(), 3);
    QCOMPARE(m_sandbox->requestCount(), 12);
    QCOMPARE(finished.size(), 12);
    QCOMPARE(failuresIn(finished), 0);
}

void TestFetchQueue::retriesTransientFailures()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->setMaxRetries(2);
    m_queue->enqueue(queriesFor({QStringLiteral("fault-flaky-2")}));
    QVERIFY(done.wait(HangGuardMs));
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_sandbox->requestCount(), 3);
}

void TestFetchQueue::givesUpAfterMaxRetries()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->setMaxRetries(1);
    m_queue->enqueue(queriesFor({QStringLiteral("fault-server-error")}));
    QVERIFY(done.wait(HangGuardMs));
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QCOMPARE(result.errorKind, ErrorKind::Server);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_sandbox->requestCount(), 2);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failuresIn(finished), 1);
}

void TestFetchQueue::doesNotRetryPermanentFailures()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->setMaxRetries(3);
    m_queue->enqueue(
        queriesFor({QStringLiteral("000000000000000000000000"),
                    QStringLiteral("fault-success-false"), QStringLiteral("fault-wrong-types")}));
    QVERIFY(done.wait(HangGuardMs));
    QCOMPARE(m_sandbox->requestCount(), 3);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(failuresIn(finished), 3);
}

void TestFetchQueue::stopsTheBatchOnRejectedKey()
{
    QCOMPARE(m_api->setAgencyKey(QStringLiteral("rejected-key")), QString());
    m_queue->setConcurrency(2);
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy rejected(m_queue.get(), &FetchQueue::authRejected);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor(m_sandbox->sampleUserIds(40)));
    QVERIFY(done.wait(HangGuardMs));
    QCOMPARE(rejected.size(), 1);
    // At most the requests already in flight reached the server; none after.
    QVERIFY2(m_sandbox->requestCount() <= 2,
             qPrintable(QString::number(m_sandbox->requestCount())));
    // Every ID still ends in exactly one result: no silent gap.
    const auto results = resultsByKey(finished);
    QCOMPARE(finished.size(), 40);
    QCOMPARE(results.size(), 40);
    int cancelled = 0;
    for (const auto &r : results)
        cancelled += r.cancelled ? 1 : 0;
    QVERIFY(cancelled >= 38);
}

void TestFetchQueue::cancelKeepsFinishedRows()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->setConcurrency(1);
    const QString first = m_sandbox->sampleUserIds(1).constFirst();
    m_queue->enqueue(queriesFor(
        {first, QStringLiteral("fault-hang"), QStringLiteral("abc"), QStringLiteral("def")}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, HangGuardMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->lastDecodedUserId() == QLatin1String("fault-hang"),
                             HangGuardMs);
    QCOMPARE(m_sandbox->inFlight(), 1);
    m_queue->cancel();
    QCOMPARE(done.size(), 1);
    QVERIFY(!m_queue->isBusy());
    const auto results = resultsByKey(finished);
    QCOMPARE(results.size(), 4);
    QVERIFY(results.value(first).ok);
    QVERIFY(results.value(QStringLiteral("fault-hang")).cancelled);
    QVERIFY(results.value(QStringLiteral("def")).cancelled);
    QCOMPARE(m_sandbox->requestCount(), 2); // nothing more was sent
}

void TestFetchQueue::rateLimitSlowsTheWholeQueue()
{
    // Told from the queue's side: when each request was started, and when the
    // 429 was handled. Replies may come back in any order (a 200 handled
    // before the 429 starts its successor early, which is allowed); what
    // must hold is that nothing at all starts during the pause.
    constexpr int Healthy = 20;
    const QString throttledId = QStringLiteral("fault-throttled-1");
    m_sandbox->setLatency(50ms);
    m_queue->setConcurrency(4);
    QElapsedTimer clock;
    clock.start();
    QList<QPair<QString, qint64>> starts;
    connect(m_queue.get(), &FetchQueue::started, this, [&](const TokenQuery &query) {
        starts.append({query.userId, clock.elapsed()});
    });
    qint64 throttledAt = -1;
    qsizetype startsBeforeThrottle = -1;
    QSignalSpy throttled(m_queue.get(), &FetchQueue::throttled);
    connect(m_queue.get(), &FetchQueue::throttled, this, [&] {
        throttledAt = clock.elapsed();
        startsBeforeThrottle = starts.size();
    });
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor(QStringList{throttledId} + m_sandbox->sampleUserIds(Healthy)));
    QVERIFY(done.wait(HangGuardMs));

    // One 429, one pause of the second it asked for.
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.constFirst().constFirst().value<std::chrono::milliseconds>(), 1000ms);
    // Every ID once, and the 429'd one a second time.
    QCOMPARE(starts.size(), Healthy + 2);
    // Nothing was started from the 429 to the end of the pause: not the
    // 429'd ID, and not the healthy IDs whose slots freed up meanwhile.
    // (A coarse timer may fire up to 5 % early; 900 leaves room for that and
    // for the clock's millisecond steps.)
    QVERIFY(startsBeforeThrottle >= 1 && startsBeforeThrottle < starts.size());
    for (qsizetype i = startsBeforeThrottle; i < starts.size(); ++i) {
        const auto &[userId, at] = starts.at(i);
        QVERIFY2(at >= throttledAt + 900,
                 qPrintable(QStringLiteral("%1 started at %2 ms, 429 at %3 ms")
                                .arg(userId)
                                .arg(at)
                                .arg(throttledAt)));
    }
    // The pause held back the whole queue, not only the 429'd row: at least
    // one healthy ID waited through it. (Before the 429 came back, at most
    // the first four and the successors of the 200s handled before it had
    // started; with four slots that leaves most of the twenty waiting.)
    const auto healthyAfter = std::count_if(
        starts.cbegin() + startsBeforeThrottle, starts.cend(),
        [&](const QPair<QString, qint64> &start) { return start.first != throttledId; });
    QVERIFY2(healthyAfter >= 1, qPrintable(QString::number(startsBeforeThrottle)));

    const auto results = resultsByKey(finished);
    QCOMPARE(results.size(), Healthy + 1);
    for (const TokenResult &result : results) {
        QVERIFY2(result.ok, qPrintable(result.query.userId + QLatin1String(": ") + result.error));
        // The 429'd ID succeeds on its second try; requests in flight when
        // the 429 came are answered, not sent again.
        QCOMPARE(result.attempts, result.query.userId == throttledId ? 2 : 1);
    }
    QCOMPARE(m_sandbox->requestCount(), Healthy + 2);
    QCOMPARE(failuresIn(finished), 0);
}

void TestFetchQueue::honoursRetryAfterAsHttpDate()
{
    // The sandbox dates its 429 two seconds after it handles the request, at
    // one-second resolution, and the queue waits from the reply to that
    // date in whole seconds (rounded down): one second as a rule, but zero
    // when a busy machine delivers the reply late in the last second. So the
    // pause is checked against the wall-clock times around it, not against
    // a fixed second.
    QDateTime receivedAt;
    connect(m_sandbox.get(), &Sandbox::SandboxServer::requestReceived, this, [&] {
        if (!receivedAt.isValid())
            receivedAt = QDateTime::currentDateTimeUtc();
    });
    QDateTime throttledAtUtc;
    QElapsedTimer clock;
    clock.start();
    qint64 throttledAt = -1;
    QSignalSpy throttled(m_queue.get(), &FetchQueue::throttled);
    connect(m_queue.get(), &FetchQueue::throttled, this, [&] {
        throttledAtUtc = QDateTime::currentDateTimeUtc();
        throttledAt = clock.elapsed();
    });
    QList<qint64> starts;
    connect(m_queue.get(), &FetchQueue::started, this, [&] { starts.append(clock.elapsed()); });
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor({QStringLiteral("fault-retry-after-date")}));
    QVERIFY(done.wait(HangGuardMs));
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attempts, 2);

    QCOMPARE(throttled.size(), 1);
    const auto pause = throttled.constFirst().constFirst().value<std::chrono::milliseconds>();
    // The date lies between these two, cut to the second as the header is.
    const auto toSecond = [](const QDateTime &t) {
        return t.addMSecs(-t.time().msec());
    };
    const QDateTime earliestDate = toSecond(receivedAt.addSecs(2));
    const QDateTime latestDate = toSecond(throttledAtUtc.addSecs(2));
    // Read from the reply between receivedAt and throttledAtUtc.
    const qint64 fewest = std::max<qint64>(0, throttledAtUtc.msecsTo(earliestDate) / 1000);
    const qint64 most = receivedAt.msecsTo(latestDate) / 1000;
    QVERIFY2(pause.count() % 1000 == 0 && pause.count() >= fewest * 1000 &&
                 pause.count() <= most * 1000,
             qPrintable(QStringLiteral("pause %1 ms, expected %2 to %3 s")
                            .arg(pause.count())
                            .arg(fewest)
                            .arg(most)));
    // And the second try waited for it (a coarse timer may fire 5 % early).
    QCOMPARE(starts.size(), 2);
    QVERIFY2(starts.at(1) - throttledAt >= pause.count() * 9 / 10,
             qPrintable(QStringLiteral("retried %1 ms after a %2 ms pause began")
                            .arg(starts.at(1) - throttledAt)
                            .arg(pause.count())));
}

void TestFetchQueue::failsWhenRetryAfterIsTooLong()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor({QStringLiteral("fault-retry-after-long")}));
    QVERIFY(done.wait(HangGuardMs));
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QCOMPARE(result.errorKind, ErrorKind::RateLimited);
    QCOMPARE(result.attempts, 1);
    // The count is written the locale's way ("3,600" here).
    QVERIFY2(result.error.contains(QLocale().toString(3600)), qPrintable(result.error));
    QCOMPARE(m_sandbox->requestCount(), 1);
}

void TestFetchQueue::keepsInputOrderOfSignals()
{
    // With one request at a time, queries start in the order they were given.
    m_queue->setConcurrency(1);
    QSignalSpy queued(m_queue.get(), &FetchQueue::queued);
    QSignalSpy started(m_queue.get(), &FetchQueue::started);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(8);
    m_queue->enqueue(queriesFor(ids));
    QVERIFY(done.wait(HangGuardMs));
    QCOMPARE(queued.size(), 1); // one signal for the whole batch
    const auto batch = queued.constFirst().constFirst().value<QList<TokenQuery>>();
    QCOMPARE(batch.size(), 8);
    QCOMPARE(started.size(), 8);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(batch.at(i).userId, ids.at(i));
        QCOMPARE(started.at(i).constFirst().value<TokenQuery>().userId, ids.at(i));
    }
}

QTEST_GUILESS_MAIN(TestFetchQueue)
#include "tst_fetchqueue.moc"
