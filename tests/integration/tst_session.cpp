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
    void cancellingTheBatchLeavesTheListing();
    void cancellingTheListingLeavesTheBatch();
    void keyRejectedByTheBatchStopsTheListing();
    void keyRejectedByTheListingStopsTheBatch();
    void aNewBatchAfterARejectionStartsAfresh();

private:
    QList<TokenQuery> queries(const QStringList &ids) const;
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

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
