// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Soak: 20,000 IDs with 5 % random faults against the sandbox. Every ID ends
// in exactly one final result, the requests never exceed IDs × (retries + 1),
// and memory comes back near where it started. Prints its figures.
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {
constexpr int IdCount = 20000;
constexpr int Retries = 2;

qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) / 1024 : 0;
}
} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twentyThousandIdsWithRandomFaults();
};

void TestSoak::twentyThousandIdsWithRandomFaults()
{
    Sandbox::SandboxServer sandbox;
    sandbox.setCustomerCount(IdCount);
    sandbox.setRandomFaults(5, 20261129);
    QVERIFY(sandbox.listen());
    QList<TokenQuery> queries;
    for (const QString &id : sandbox.sampleUserIds(IdCount))
        queries.append(TokenQuery::forUser(id));
    QCOMPARE(queries.size(), IdCount);

    QHash<QString, int> finals;
    int ok = 0;
    int failed = 0;
    qint64 before = 0;
    qint64 peak = 0;
    qint64 elapsed = 0;
    {
        PartnerApi api;
        QCOMPARE(api.setBaseUrl(sandbox.baseUrl().toString()), QString());
        QCOMPARE(api.setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
        api.setTimeout(5s);
        FetchQueue queue(&api);
        queue.setConcurrency(32);
        queue.setMaxRetries(Retries);
        queue.setBaseBackoff(10ms);
        connect(&queue, &FetchQueue::finished, this, [&](const TokenResult &result) {
            ++finals[result.query.id()];
            ++(result.ok ? ok : failed);
            peak = std::max(peak, residentKiB());
        });
        QSignalSpy done(&queue, &FetchQueue::batchFinished);
        before = residentKiB();
        QElapsedTimer clock;
        clock.start();
        queue.enqueue(queries);
        QVERIFY(done.wait(240000));
        elapsed = clock.elapsed();
    }
    QCoreApplication::processEvents(); // let the replies' deleteLater run
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 after = residentKiB();

    qInfo("soak: %d IDs in %lld ms, %d ok, %d failed, %d requests (limit %d); memory "
          "%lld KiB before, %lld KiB peak, %lld KiB after",
          IdCount, elapsed, ok, failed, sandbox.requestCount(), IdCount * (Retries + 1), before,
          peak, after);
    QCOMPARE(finals.size(), IdCount);
    QVERIFY(std::all_of(finals.cbegin(), finals.cend(), [](int n) { return n == 1; }));
    QCOMPARE(ok + failed, IdCount);
    QVERIFY(ok > IdCount * 95 / 100); // transient faults are retried away
    QVERIFY(sandbox.requestCount() <= IdCount * (Retries + 1));
#ifndef __SANITIZE_ADDRESS__
    // Near where it started: the table of results is gone, so only allocator
    // slack may remain, not a per-request leak (that would be many MiB).
    QVERIFY2(after - before < 32 * 1024, qPrintable(QString::number(after - before)));
#else
    // AddressSanitizer keeps freed memory in quarantine, so resident memory
    // cannot come back here; LeakSanitizer checks this run for leaks instead.
#endif
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
