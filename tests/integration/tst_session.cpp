// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Session: a token batch and a customer listing on one PartnerApi, each
// its own work, the batch's results and summary, and one decision when the
// agency key is rejected.
#include "core/customerlister.h"
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "core/session.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace TokenDesk;
using namespace std::chrono_literals;
using Reason = CustomerListOutcome::Reason;
using Ending = BatchSummary::Ending;

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsTheBatchAndCarriesNames();
    void typedIdsTakeTheirNamesFromTheList();
    void cancellingTheBatchLeavesTheListing();
    void cancellingTheListingLeavesTheBatch();
    void keyRejectedByTheBatchStopsTheListing();
    void keyRejectedByTheListingStopsTheBatch();
    void aNewBatchAfterARejectionStartsAfresh();
    void fetchSendsOnlyWhatHasNoAnswer();
    void fetchDuringABatchAddsOnlyNewIds();
    void cancelledRowsAreSentAgain();
    void fetchAgainResendsBetweenBatchesOnly();
    void theRunningWorkKeepsItsKey();

private:
    QList<TokenQuery> queries(const QStringList &ids) const;
    static BatchSummary summaryOf(const QSignalSpy &spy);
    CustomerListOutcome outcomeOf(const QSignalSpy &spy) const;

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PartnerApi> m_api;
    std::unique_ptr<Session> m_session;
};

void TestSession::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_api = std::make_unique<PartnerApi>();
    QCOMPARE(connectToSandbox(*m_api, *m_sandbox), QString());
    m_session = std::make_unique<Session>(m_api.get());
    m_session->queue()->setBaseBackoff(10ms);
    m_session->lister()->setBaseBackoff(10ms);
}

void TestSession::cleanup()
{
    m_session.reset();
    m_api.reset();
    m_sandbox.reset();
}

QList<TokenQuery> TestSession::queries(const QStringList &ids) const
{
    QList<TokenQuery> list;
    for (const QString &id : ids)
        list.append(TokenQuery::forUser(id));
    return list;
}

BatchSummary TestSession::summaryOf(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<BatchSummary>();
}

CustomerListOutcome TestSession::outcomeOf(const QSignalSpy &spy) const
{
    return spy.constLast().constFirst().value<CustomerListOutcome>();
}

void TestSession::countsTheBatchAndCarriesNames()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    QList<TokenQuery> batch;
    int active = 0;
    for (int i = 0; i < 6; ++i) {
        batch.append(TokenQuery::forUser(customers.at(i).id, customers.at(i).name));
        active += customers.at(i).tokenActive ? 1 : 0;
    }
    batch.append(TokenQuery::forUser(QStringLiteral("000000000000000000000000"))); // not found
    QSignalSpy finished(m_session.get(), &Session::batchFinished);
    QSignalSpy results(m_session.get(), &Session::resultReady);
    QCOMPARE(m_session->fetch(batch).size(), 7);
    QCOMPARE(m_session->summary().total, 7);
    QCOMPARE(m_session->results()->rowCount(), 7); // a row each, at once
    QVERIFY(finished.wait(30000));

    const auto summary = finished.constFirst().constFirst().value<BatchSummary>();
    QCOMPARE(summary.ending, Ending::Finished);
    QCOMPARE(summary.total, 7);
    QCOMPARE(summary.done, 7);
    QCOMPARE(summary.active, active);
    QCOMPARE(summary.inactive, 6 - active);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.cancelled, 0);
    QCOMPARE(results.size(), 7);
    TokenTableModel *model = m_session->results();
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(model->index(i, TokenTableModel::CustomerColumn).data().toString(),
                 customers.at(i).name);
        QCOMPARE(model->index(i, 0).data(RawTokenRole).toString(), customers.at(i).tokenKey);
    }
}

void TestSession::typedIdsTakeTheirNamesFromTheList()
{
    // IDs typed or imported carry no name: the customer list, loaded after
    // or before them, gives each row its customer's name.
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    const QString unknown = QStringLiteral("000000000000000000000000");
    TokenTableModel *model = m_session->results();
    const auto nameAt = [model](int row) {
        return model->index(row, TokenTableModel::CustomerColumn).data().toString();
    };
    QSignalSpy finished(m_session.get(), &Session::batchFinished);
    m_session->fetch(queries({customers.at(0).id, unknown}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(nameAt(0), QString()); // no list yet

    QSignalSpy listed(m_session->lister(), &CustomerLister::finished);
    QSignalSpy named(model, &QAbstractItemModel::dataChanged);
    m_session->listCustomers();
    QVERIFY(listed.wait(30000));
    QCOMPARE(nameAt(0), customers.at(0).name);
    QCOMPARE(nameAt(1), QString()); // no customer has that ID
    QVERIFY(!named.isEmpty());

    m_session->fetch(queries({customers.at(1).id}));
    QCOMPARE(nameAt(2), customers.at(1).name); // at once, while queued

    // A name the query brings (picked from a list) is not replaced.
    m_session->fetch({TokenQuery::forUser(customers.at(2).id, QStringLiteral("Own name"))});
    QCOMPARE(nameAt(3), QStringLiteral("Own name"));
    QVERIFY(finished.wait(30000));
}

void TestSession::cancellingTheBatchLeavesTheListing()
{
    m_sandbox->setCustomerCount(200);
    m_sandbox->setLatency(100ms);          // about ten pages of 20, a second in all
    m_session->queue()->setConcurrency(1); // the hang holds the one place; the other waits
    QSignalSpy listed(m_session->lister(), &CustomerLister::finished);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    m_session->listCustomers();
    m_session->fetch(queries({QLatin1String(Sandbox::FaultHang), QStringLiteral("abc")}));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() >= 3, 30000); // both at work
    m_session->cancelBatch();
    QCOMPARE(batch.size(), 1);
    const auto summary = batch.constFirst().constFirst().value<BatchSummary>();
    QCOMPARE(summary.ending, Ending::Cancelled);
    QCOMPARE(summary.cancelled, 2);
    QVERIFY(m_session->isListing());

    QVERIFY(listed.wait(60000));
    const CustomerListOutcome outcome = outcomeOf(listed);
    QCOMPARE(outcome.reason, Reason::EmptyPage);
    QCOMPARE(outcome.customers, 200);
}

void TestSession::cancellingTheListingLeavesTheBatch()
{
    m_sandbox->setCustomerCount(200);
    m_sandbox->setLatency(100ms);
    m_session->queue()->setConcurrency(1);
    QSignalSpy listed(m_session->lister(), &CustomerLister::finished);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(8);
    m_session->fetch(queries(ids));
    m_session->listCustomers();
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() >= 3, 30000);
    m_session->cancelListing();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(outcomeOf(listed).reason, Reason::Cancelled);
    QVERIFY(m_session->isFetching());

    QVERIFY(batch.wait(60000));
    const auto summary = batch.constFirst().constFirst().value<BatchSummary>();
    QCOMPARE(summary.ending, Ending::Finished);
    QCOMPARE(summary.done, 8);
    QCOMPARE(summary.active + summary.inactive, 8);
    QCOMPARE(summary.cancelled, 0);
}

void TestSession::keyRejectedByTheBatchStopsTheListing()
{
    m_sandbox->setCustomerCount(400);
    m_sandbox->setLatency(150ms);
    m_session->queue()->setConcurrency(1);
    QSignalSpy rejected(m_session.get(), &Session::keyRejected);
    QSignalSpy listed(m_session->lister(), &CustomerLister::finished);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    m_session->listCustomers();
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() >= 2, 30000); // the list is under way
    m_session->fetch(queries({QLatin1String(Sandbox::FaultUnauthorized), QStringLiteral("abc")}));

    QVERIFY(batch.wait(30000));
    QCOMPARE(rejected.size(), 1);
    QVERIFY(rejected.constFirst().constFirst().toString().contains(QLatin1String("401")));
    QCOMPARE(batch.constFirst().constFirst().value<BatchSummary>().ending, Ending::KeyRejected);
    QCOMPARE(listed.size(), 1); // stopped at once, not at its next 401
    const CustomerListOutcome outcome = outcomeOf(listed);
    QCOMPARE(outcome.reason, Reason::KeyRejected);
    QVERIFY(outcome.customers < 400);
    const int sent = m_sandbox->requestCount();
    QTest::qWait(500);
    QCOMPARE(m_sandbox->requestCount(), sent); // nothing more went out
    QCOMPARE(rejected.size(), 1);
}

void TestSession::keyRejectedByTheListingStopsTheBatch()
{
    m_sandbox->setLatency(100ms);
    m_sandbox->setListFailure(401);
    m_session->queue()->setConcurrency(1);
    QSignalSpy rejected(m_session.get(), &Session::keyRejected);
    QSignalSpy listed(m_session->lister(), &CustomerLister::finished);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(20);
    m_session->fetch(queries(ids));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() >= 1, 30000);
    m_session->listCustomers();

    QVERIFY(batch.wait(30000));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(outcomeOf(listed).reason, Reason::Failed);
    QCOMPARE(outcomeOf(listed).errorKind, ErrorKind::Auth);
    const auto summary = batch.constFirst().constFirst().value<BatchSummary>();
    QCOMPARE(summary.ending, Ending::KeyRejected);
    QCOMPARE(summary.done, 20);
    QVERIFY(summary.cancelled >= 1);
    QVERIFY(summary.active + summary.inactive < 20);
    // The rows never sent say why.
    TokenTableModel *model = m_session->results();
    const QModelIndex last = model->index(19, TokenTableModel::TokenColumn);
    QCOMPARE(last.data().toString(), QStringLiteral("Not sent: the agency API key was rejected."));
}

void TestSession::aNewBatchAfterARejectionStartsAfresh()
{
    QSignalSpy rejected(m_session.get(), &Session::keyRejected);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    m_session->fetch(queries({QLatin1String(Sandbox::FaultUnauthorized)}));
    QVERIFY(batch.wait(30000));
    QCOMPARE(rejected.size(), 1);

    // The user fixed the key: the next batch is not stopped by the old rejection.
    m_session->fetch(queries(m_sandbox->sampleUserIds(3)));
    QVERIFY(batch.wait(30000));
    const auto summary = batch.constLast().constFirst().value<BatchSummary>();
    QCOMPARE(summary.ending, Ending::Finished);
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.active + summary.inactive, 3);
    QCOMPARE(rejected.size(), 1);
}

void TestSession::fetchSendsOnlyWhatHasNoAnswer()
{
    const QStringList known = m_sandbox->sampleUserIds(8);
    const QString missing = QStringLiteral("000000000000000000000000"); // a failure is an answer
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    m_session->fetch(queries(known.mid(0, 5) + QStringList{missing}));
    QVERIFY(batch.wait(30000));
    QCOMPARE(summaryOf(batch).total, 6);
    QCOMPARE(m_sandbox->requestCount(), 6);

    // The same six and two new: two requests, and the summary counts those two.
    m_sandbox->resetCounters();
    const QList<TokenQuery> added =
        m_session->fetch(queries(known.mid(0, 5) + QStringList{missing} + known.mid(5, 2)));
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).id(), TokenQuery::forUser(known.at(5)).id());
    QCOMPARE(m_session->summary().total, 2);
    QVERIFY(batch.wait(30000));
    const BatchSummary summary = summaryOf(batch);
    QCOMPARE(summary.ending, Ending::Finished);
    QCOMPARE(summary.total, 2);
    QCOMPARE(summary.done, 2);
    QCOMPARE(summary.active + summary.inactive, 2);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(m_sandbox->requestCount(), 2);
    QCOMPARE(m_session->results()->rowCount(), 8);

    // Nothing new: nothing sent, no batch begun, the last summary kept.
    QSignalSpy changed(m_session.get(), &Session::summaryChanged);
    QVERIFY(m_session->fetch(queries(known.mid(0, 7))).isEmpty());
    QVERIFY(!m_session->isFetching());
    QVERIFY(changed.isEmpty());
    QCOMPARE(m_session->summary().total, 2);
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount(), 2);
}

void TestSession::fetchDuringABatchAddsOnlyNewIds()
{
    // Four more presses while a batch of 300 runs, each a longer list after
    // another 40 rows are done: each ID is sent once, counted once.
    m_sandbox->setCustomerCount(400);
    m_sandbox->setLatency(5ms);
    const QStringList ids = m_sandbox->sampleUserIds(400);
    m_session->queue()->setConcurrency(4);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    QSignalSpy results(m_session.get(), &Session::resultReady);
    int presses = 0;
    int pressedWhileFetching = 0;
    connect(m_session.get(), &Session::resultReady, this, [&] {
        if (results.size() % 40 != 0 || results.size() > 160)
            return;
        // As a click would come: from the event loop, not inside the signal.
        QTimer::singleShot(0, this, [&] {
            ++presses;
            pressedWhileFetching += m_session->isFetching() ? 1 : 0;
            m_session->fetch(queries(ids.mid(0, 300 + presses * 25)));
        });
    });
    QCOMPARE(m_session->fetch(queries(ids.mid(0, 300))).size(), 300);
    QVERIFY(batch.wait(60000));
    QCOMPARE(presses, 4);
    QCOMPARE(pressedWhileFetching, 4);
    QCOMPARE(batch.size(), 1);
    const BatchSummary summary = summaryOf(batch);
    QCOMPARE(summary.total, 400);
    QCOMPARE(summary.done, 400);
    QCOMPARE(summary.active + summary.inactive, 400);
    QCOMPARE(results.size(), 400);
    QCOMPARE(m_sandbox->requestCount(), 400);
}

void TestSession::cancelledRowsAreSentAgain()
{
    const QStringList ids = m_sandbox->sampleUserIds(4);
    m_session->queue()->setConcurrency(1); // the two before the hang finish, the rest wait
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    m_session->fetch(
        queries({ids.at(0), ids.at(1), QLatin1String(Sandbox::FaultHang), ids.at(2), ids.at(3)}));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->lastDecodedUserId() == QLatin1String(Sandbox::FaultHang),
                             30000);
    m_session->cancelBatch();
    QCOMPARE(batch.size(), 1);
    BatchSummary summary = summaryOf(batch);
    QCOMPARE(summary.ending, Ending::Cancelled);
    QCOMPARE(summary.active + summary.inactive, 2);
    QCOMPARE(summary.cancelled, 3);
    QCOMPARE(summary.done, 5);

    // Fetch again: the cancelled rows go, the answered ones stay.
    m_sandbox->resetCounters();
    const QList<TokenQuery> added = m_session->fetch(queries(ids));
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).userId, ids.at(2));
    QCOMPARE(added.at(1).userId, ids.at(3));
    QVERIFY(batch.wait(30000));
    summary = summaryOf(batch);
    QCOMPARE(summary.ending, Ending::Finished);
    QCOMPARE(summary.total, 2);
    QCOMPARE(summary.active + summary.inactive, 2);
    QCOMPARE(summary.cancelled, 0);
    QCOMPARE(m_sandbox->requestCount(), 2);
}

void TestSession::fetchAgainResendsBetweenBatchesOnly()
{
    const QString missing = QStringLiteral("000000000000000000000000");
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    m_session->fetch(queries({missing}));
    QVERIFY(batch.wait(30000));
    QCOMPARE(summaryOf(batch).failed, 1);
    QVERIFY(m_session->fetch(queries({missing})).isEmpty()); // Fetch leaves the failure

    // Retry failed sends it again, between batches.
    m_sandbox->resetCounters();
    QCOMPARE(m_session->fetchAgain(queries({missing})).size(), 1);
    QVERIFY(batch.wait(30000));
    QCOMPARE(summaryOf(batch).total, 1);
    QCOMPARE(summaryOf(batch).failed, 1);
    QCOMPARE(m_sandbox->requestCount(), 1);

    // While a batch runs, a row with an answer is not sent (nor counted) twice.
    m_sandbox->setHoldRepliesUntilInFlight(100);
    const QString other = m_sandbox->sampleUserIds(1).constFirst();
    m_session->fetch(queries({other}));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 2, 30000);
    QVERIFY(m_session->fetchAgain(queries({missing})).isEmpty());
    m_sandbox->setHoldRepliesUntilInFlight(0);
    QVERIFY(batch.wait(30000));
    QCOMPARE(summaryOf(batch).total, 1);
    QCOMPARE(summaryOf(batch).done, 1);
    QCOMPARE(summaryOf(batch).failed, 0);
    QCOMPARE(m_sandbox->requestCount(), 2);
}

void TestSession::theRunningWorkKeepsItsKey()
{
    const QString demoKey = Sandbox::SandboxServer::demoKey();
    QCOMPARE(m_session->useAgencyKey(demoKey), QString());
    m_sandbox->setHoldRepliesUntilInFlight(100);
    QSignalSpy batch(m_session.get(), &Session::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(6);
    m_session->queue()->setConcurrency(2);
    m_session->fetch(queries(ids.mid(0, 4)));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 2, 30000);

    // Another key, or one that fails the check, is refused while it runs; the
    // same key (even pasted with its "Bearer ") is fine.
    const QString refused = m_session->useAgencyKey(QStringLiteral("another-key"));
    QVERIFY(refused.contains(QLatin1String("keeps the agency API key it started with")));
    QVERIFY(!m_session->useAgencyKey(QStringLiteral("bad\x01key")).isEmpty());
    QCOMPARE(m_session->useAgencyKey(QStringLiteral("Bearer ") + demoKey), QString());
    m_session->fetch(queries(ids.mid(4)));
    m_sandbox->setHoldRepliesUntilInFlight(0);
    QVERIFY(batch.wait(30000));
    BatchSummary summary = summaryOf(batch);
    QCOMPARE(summary.ending, Ending::Finished);
    QCOMPARE(summary.active + summary.inactive, 6); // every row with the key it began with
    QCOMPARE(m_sandbox->requestCount(), 6);
    const QByteArray header = QByteArray("Bearer ").append(demoKey.toLatin1());
    for (const QByteArray &head : m_sandbox->lastRequestHeads())
        QVERIFY(head.contains(header));

    // Between batches the new key is taken, and goes with the next one.
    QCOMPARE(m_session->useAgencyKey(QStringLiteral("another-key")), QString());
    QSignalSpy rejected(m_session.get(), &Session::keyRejected);
    m_session->fetch(queries({m_sandbox->sampleUserIds(7).constLast()}));
    QVERIFY(batch.wait(30000));
    QCOMPARE(summaryOf(batch).ending, Ending::KeyRejected);
    QCOMPARE(rejected.size(), 1);

    // The rows the rejection stopped have no answer: with the key put right,
    // Fetch sends them again.
    QCOMPARE(m_session->useAgencyKey(demoKey), QString());
    QCOMPARE(m_session->fetch(queries(m_sandbox->sampleUserIds(7))).size(), 1);
    QVERIFY(batch.wait(30000));
    QCOMPARE(summaryOf(batch).ending, Ending::Finished);
    QCOMPARE(summaryOf(batch).active + summaryOf(batch).inactive, 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
