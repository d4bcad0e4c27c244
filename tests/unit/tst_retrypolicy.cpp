// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retrypolicy.h"

#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(std::optional<std::chrono::seconds>)

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void transient_data();
    void transient();
    void retriesAtMostMaxRetriesTimes();
    void verdict_data();
    void verdict();
    void pausesGrowWithJitterInTheUpperHalf();
    void pausesStopGrowingAtTheCap();
    void retryAfterWinsAndIsCapped();
    void sameSeedSamePauses();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxRetries(), 2);
    QCOMPARE(RetryPolicy::MaxRetryAfter, 120s);
    // The first pause: the upper half of the default base delay, 500 ms.
    RetryPolicy fresh;
    const auto first = fresh.pauseAfter(1, std::nullopt);
    QVERIFY2(first >= 250ms && first <= 500ms, qPrintable(QString::number(first.count())));
}

void TestRetryPolicy::transient_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("transient");
    QTest::newRow("reset") << ErrorKind::Network << 0 << false << true;
    QTest::newRow("cut after 200 head") << ErrorKind::Network << 200 << false << true;
    QTest::newRow("timeout") << ErrorKind::Timeout << 0 << false << true;
    QTest::newRow("429") << ErrorKind::RateLimited << 429 << false << true;
    QTest::newRow("500") << ErrorKind::Server << 500 << false << true;
    QTest::newRow("503") << ErrorKind::Server << 503 << false << true;
    QTest::newRow("success false under 200") << ErrorKind::Server << 200 << false << false;
    QTest::newRow("rejected key") << ErrorKind::Auth << 401 << false << false;
    QTest::newRow("not found") << ErrorKind::NotFound << 404 << false << false;
    QTest::newRow("bad response") << ErrorKind::BadResponse << 200 << false << false;
    QTest::newRow("tls") << ErrorKind::Tls << 0 << false << false;
    QTest::newRow("invalid input") << ErrorKind::InvalidInput << 0 << false << false;
    QTest::newRow("cancelled by the user") << ErrorKind::Network << 0 << true << false;
}

void TestRetryPolicy::transient()
{
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    QFETCH(bool, cancelled);
    QFETCH(bool, transient);
    QCOMPARE(RetryPolicy::isTransient(kind, httpStatus, cancelled), transient);
}

void TestRetryPolicy::retriesAtMostMaxRetriesTimes()
{
    RetryPolicy policy;
    policy.setMaxRetries(2);
    const auto retries = [&policy](ErrorKind kind, int status, int attempts) {
        return policy.verdict(kind, status, false, attempts, std::nullopt).retry;
    };
    QVERIFY(retries(ErrorKind::Server, 500, 1));
    QVERIFY(retries(ErrorKind::Server, 500, 2));
    QVERIFY(!retries(ErrorKind::Server, 500, 3)); // 1 try + 2 retries
    QVERIFY(!retries(ErrorKind::Auth, 401, 1));
    policy.setMaxRetries(-3);
    QCOMPARE(policy.maxRetries(), 0);
    QVERIFY(!retries(ErrorKind::Network, 0, 1));
}

void TestRetryPolicy::verdict_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<std::optional<std::chrono::seconds>>("retryAfter");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("refused");
    using Wait = std::optional<std::chrono::seconds>;
    // The limit is 120 s.
    QTest::newRow("429 no wait") << ErrorKind::RateLimited << 429 << false << 1 << Wait() << true
                                 << false;
    QTest::newRow("429 wait within")
        << ErrorKind::RateLimited << 429 << false << 1 << Wait(120s) << true << false;
    QTest::newRow("429 wait too long")
        << ErrorKind::RateLimited << 429 << false << 1 << Wait(121s) << false << true;
    QTest::newRow("503 wait too long")
        << ErrorKind::Server << 503 << false << 1 << Wait(3600s) << false << true;
    // Said even when no retry was left: it is why the user should wait.
    QTest::newRow("429 too long, budget spent")
        << ErrorKind::RateLimited << 429 << false << 3 << Wait(3600s) << false << true;
    QTest::newRow("429 within, budget spent")
        << ErrorKind::RateLimited << 429 << false << 3 << Wait(1s) << false << false;
    // Only a failure worth retrying is refused for its wait.
    QTest::newRow("404 with a long wait")
        << ErrorKind::NotFound << 404 << false << 1 << Wait(3600s) << false << false;
    QTest::newRow("cancelled with a long wait")
        << ErrorKind::RateLimited << 429 << true << 1 << Wait(3600s) << false << false;
}

void TestRetryPolicy::verdict()
{
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    QFETCH(bool, cancelled);
    QFETCH(int, attempts);
    QFETCH(std::optional<std::chrono::seconds>, retryAfter);
    QFETCH(bool, retry);
    QFETCH(bool, refused);
    RetryPolicy policy;
    policy.setMaxRetries(2);
    const RetryVerdict verdict = policy.verdict(kind, httpStatus, cancelled, attempts, retryAfter);
    QCOMPARE(verdict.retry, retry);
    QCOMPARE(!verdict.refusedWait.isEmpty(), refused);
    if (refused) {
        // Both numbers, the locale's way: what was asked and what is waited.
        QVERIFY2(verdict.refusedWait.contains(QLocale().toString(retryAfter->count())),
                 qPrintable(verdict.refusedWait));
        QVERIFY2(verdict.refusedWait.contains(QLatin1String("120 seconds")),
                 qPrintable(verdict.refusedWait));
    }
}

void TestRetryPolicy::pausesGrowWithJitterInTheUpperHalf()
{
    // Each pause lies in the upper half of base * 2^(attempts - 1), so every
    // pause is at least as long as the longest one before it.
    RetryPolicy policy;
    policy.setBaseDelay(400ms);
    for (int run = 0; run < 200; ++run) {
        std::chrono::milliseconds previous{0};
        for (int attempts = 1; attempts <= 6; ++attempts) {
            const auto ceiling = 400ms * (1 << (attempts - 1));
            const auto pause = policy.pauseAfter(attempts, std::nullopt);
            QVERIFY2(
                pause >= ceiling / 2 && pause <= ceiling,
                qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempts).arg(pause.count())));
            QVERIFY(pause >= previous);
            previous = pause;
        }
    }
}

void TestRetryPolicy::pausesStopGrowingAtTheCap()
{
    RetryPolicy policy;
    policy.setBaseDelay(1s);
    for (int attempts : {6, 11, 30, 1000}) {
        const auto pause = policy.pauseAfter(attempts, std::nullopt);
        QVERIFY(pause >= RetryPolicy::MaxDelay / 2);
        QVERIFY(pause <= RetryPolicy::MaxDelay);
    }
}

void TestRetryPolicy::retryAfterWinsAndIsCapped()
{
    RetryPolicy policy;
    QCOMPARE(policy.pauseAfter(1, 3s), 3000ms);
    QCOMPARE(policy.pauseAfter(5, 0s), 0ms);
    QCOMPARE(policy.pauseAfter(1, 120s), 120000ms);
    // What the rest of a throttled batch waits when one request is refused for its wait.
    QCOMPARE(policy.pauseAfter(1, 3600s), 120000ms);
}

void TestRetryPolicy::sameSeedSamePauses()
{
    // The jitter is random, not fixed: two seeds give different sequences,
    // the same seed the same one.
    RetryPolicy a(7);
    RetryPolicy b(7);
    RetryPolicy c(8);
    QList<qint64> pausesA, pausesB, pausesC;
    for (int attempts = 1; attempts <= 8; ++attempts) {
        pausesA.append(a.pauseAfter(attempts, std::nullopt).count());
        pausesB.append(b.pauseAfter(attempts, std::nullopt).count());
        pausesC.append(c.pauseAfter(attempts, std::nullopt).count());
    }
    QCOMPARE(pausesA, pausesB);
    QVERIFY(pausesA != pausesC);
}

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
