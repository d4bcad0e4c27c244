// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {
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
        results.insert(result.query.key(), result);
    }
    return results;
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
    QVERIFY(done.wait(10000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(finished.size(), 10);
    QCOMPARE(m_sandbox->requestCount(), 10);
    QCOMPARE(m_queue->done(), 10);
    QCOMPARE(m_queue->failed(), 0);
    const auto results = resultsByKey(finished);
    QCOMPARE(results.size(), 10);
    for (const auto &r : results)
        QVERIFY(r.ok);
}

void TestFetchQueue::honoursTheConcurrencyLimit()
{
    m_sandbox->setLatency(150ms);
    m_queue->setConcurrency(3);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor(m_sandbox->sampleUserIds(12)));
    QVERIFY(done.wait(15000));
    QCOMPARE(m_sandbox->maxInFlight(), 3);
    QCOMPARE(m_queue->done(), 12);
}

void TestFetchQueue::retriesTransientFailures()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->setMaxRetries(2);
    m_queue->enqueue(queriesFor({QStringLiteral("fault-flaky-2")}));
    QVERIFY(done.wait(10000));
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
    QVERIFY(done.wait(10000));
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QCOMPARE(result.errorKind, ErrorKind::Server);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_sandbox->requestCount(), 2);
    QCOMPARE(m_queue->failed(), 1);
}

void TestFetchQueue::doesNotRetryPermanentFailures()
{
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->setMaxRetries(3);
    m_queue->enqueue(
        queriesFor({QStringLiteral("000000000000000000000000"),
                    QStringLiteral("fault-success-false"), QStringLiteral("fault-wrong-types")}));
    QVERIFY(done.wait(10000));
    QCOMPARE(m_sandbox->requestCount(), 3);
    QCOMPARE(m_queue->failed(), 3);
}

void TestFetchQueue::stopsTheBatchOnRejectedKey()
{
    QCOMPARE(m_api->setAgencyKey(QStringLiteral("rejected-key")), QString());
    m_queue->setConcurrency(2);
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy rejected(m_queue.get(), &FetchQueue::authRejected);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor(m_sandbox->sampleUserIds(40)));
    QVERIFY(done.wait(10000));
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
    QTRY_COMPARE(m_sandbox->inFlight(), 1);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_VERIFY(m_sandbox->lastDecodedUserId() == QLatin1String("fault-hang"));
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
    m_sandbox->setLatency(50ms);
    m_queue->setConcurrency(4);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> received;
    connect(m_sandbox.get(), &Sandbox::SandboxServer::requestReceived, this,
            [&] { received.append(clock.elapsed()); });
    qint64 throttledAt = -1;
    connect(m_queue.get(), &FetchQueue::throttled, this, [&](std::chrono::milliseconds pause) {
        QCOMPARE(pause, std::chrono::milliseconds(1000));
        throttledAt = clock.elapsed();
    });
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor(QStringList{QStringLiteral("fault-throttled-1")} +
                                m_sandbox->sampleUserIds(12)));
    QVERIFY(done.wait(15000));
    QVERIFY(throttledAt >= 0);
    // Nothing new reached the server during the second the 429 asked for,
    // apart from requests that had already left before the 429 arrived.
    const int sentBefore = static_cast<int>(std::count_if(
        received.cbegin(), received.cend(), [&](qint64 t) { return t <= throttledAt; }));
    QVERIFY2(sentBefore <= 4, qPrintable(QString::number(sentBefore)));
    for (qint64 t : std::as_const(received)) {
        QVERIFY2(
            t <= throttledAt || t >= throttledAt + 950,
            qPrintable(QStringLiteral("request at %1 ms, 429 at %2 ms").arg(t).arg(throttledAt)));
    }
    const auto results = resultsByKey(finished);
    QCOMPARE(results.size(), 13);
    QVERIFY(results.value(QStringLiteral("fault-throttled-1")).ok);
    QCOMPARE(results.value(QStringLiteral("fault-throttled-1")).attempts, 2);
    QCOMPARE(m_queue->failed(), 0);
}

void TestFetchQueue::honoursRetryAfterAsHttpDate()
{
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    QElapsedTimer clock;
    clock.start();
    m_queue->enqueue(queriesFor({QStringLiteral("fault-retry-after-date")}));
    QVERIFY(done.wait(10000));
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attempts, 2);
    // The date is two seconds ahead at one-second resolution: at least one second.
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
}

void TestFetchQueue::failsWhenRetryAfterIsTooLong()
{
    m_queue->setMaxRetryAfter(2s);
    QSignalSpy finished(m_queue.get(), &FetchQueue::finished);
    QSignalSpy done(m_queue.get(), &FetchQueue::batchFinished);
    m_queue->enqueue(queriesFor({QStringLiteral("fault-retry-after-long")}));
    QVERIFY(done.wait(10000));
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
    QVERIFY(done.wait(10000));
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
