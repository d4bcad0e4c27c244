// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerlister.h"
#include "core/partnerapi.h"
#include "core/partnerrequests.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;
using Reason = CustomerListOutcome::Reason;

Q_DECLARE_METATYPE(TokenDesk::ErrorKind)

class TestCustomerLister final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsThePartnerRequest();
    void listsEveryPage();
    void deduplicatesAcrossPages();
    void stopsOnRepeatedPage();
    void stopsAfterStalePages();
    void stopsAtPageCap();
    void rejectedKeyStopsAtOnce_data();
    void rejectedKeyStopsAtOnce();
    void retriesTransientFailures();
    void givesUpAfterMaxRetries();
    void honoursRetryAfter();
    void keepsWhatCameBeforeAFailure();
    void cancelMidway();
    void cancellingPagesSparesTokens();
    void refusesToStartWithoutKey();

private:
    // Runs the lister to its end and returns the outcome.
    CustomerListOutcome run(int timeoutMs = 20000);
    QStringList addedIds() const;
    QList<int> requestedPages() const;

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PartnerApi> m_api;
    std::unique_ptr<CustomerLister> m_lister;
    std::unique_ptr<QSignalSpy> m_added;
};

void TestCustomerLister::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_api = std::make_unique<PartnerApi>();
    QCOMPARE(connectToSandbox(*m_api, *m_sandbox), QString());
    m_lister = std::make_unique<CustomerLister>(m_api.get());
    m_lister->setBaseBackoff(20ms);
    m_added = std::make_unique<QSignalSpy>(m_lister.get(), &CustomerLister::customersAdded);
}

void TestCustomerLister::cleanup()
{
    m_added.reset();
    m_lister.reset();
    m_api.reset();
    m_sandbox.reset();
}

CustomerListOutcome TestCustomerLister::run(int timeoutMs)
{
    QSignalSpy finished(m_lister.get(), &CustomerLister::finished);
    m_lister->start();
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        CustomerListOutcome none;
        none.reason = Reason::Failed;
        none.error = QStringLiteral("test: no finished signal");
        return none;
    }
    if (finished.size() != 1)
        qWarning("finished was emitted %d times", int(finished.size()));
    return finished.constFirst().constFirst().value<CustomerListOutcome>();
}

QStringList TestCustomerLister::addedIds() const
{
    QStringList ids;
    for (const auto &args : *m_added) {
        for (const Customer &c : args.constFirst().value<QList<Customer>>())
            ids.append(c.id);
    }
    return ids;
}

QList<int> TestCustomerLister::requestedPages() const
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^GET /customer/list\?page=(\d+)&sort=createdAt HTTP)"));
    QList<int> pages;
    const QList<QByteArray> heads = m_sandbox->lastRequestHeads();
    for (const QByteArray &head : heads) {
        const auto match = pattern.match(QString::fromLatin1(head));
        pages.append(match.hasMatch() ? match.captured(1).toInt() : -1);
    }
    return pages;
}

void TestCustomerLister::sendsThePartnerRequest()
{
    QSignalSpy spy(m_api->fetchCustomerPage(2), &CustomerPageRequest::finished);
    QVERIFY(spy.wait());
    QCOMPARE(spy.constFirst().at(0).toInt(), 2);
    const auto result = spy.constFirst().at(1).value<CustomerPageResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.customers.size(), 20);
    QCOMPARE(result.customers.first().id, m_sandbox->customers().at(20).id);
    const Sandbox::Customer &expected = m_sandbox->customers().at(20);
    const Customer &c = result.customers.first();
    QCOMPARE(c.name, expected.name);
    QCOMPARE(c.email, expected.email);
    QCOMPARE(c.verified, expected.verified);
    QCOMPARE(c.status, expected.status);
    QCOMPARE(c.subscriptionType, expected.subscriptionType);
    QCOMPARE(c.createdAt, expected.createdAt);
    QCOMPARE(c.updatedAt, expected.updatedAt);
    QCOMPARE(c.lastLogin, expected.lastLogin);

    const QByteArray head = m_sandbox->lastRequestHeads().constLast();
    QVERIFY2(head.startsWith("GET /customer/list?page=2&sort=createdAt HTTP/1.1\r\n"),
             head.constData());
    QVERIFY(head.contains("\r\nauthtype: Key\r\n"));
    QVERIFY(head.contains("\r\nAuthorization: Bearer demo-agency-key-0000\r\n"));
}

void TestCustomerLister::listsEveryPage()
{
    m_sandbox->setCustomerCount(137);
    m_sandbox->setPageSize(20);
    QSignalSpy progress(m_lister.get(), &CustomerLister::progressChanged);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::EmptyPage);
    QCOMPARE(outcome.pages, 7);
    QCOMPARE(outcome.customers, 137);
    QCOMPARE(outcome.skipped, 0);
    QCOMPARE(outcome.errorKind, ErrorKind::None);
    QVERIFY2(outcome.summary.contains(QLatin1String("137")), qPrintable(outcome.summary));
    QCOMPARE(m_sandbox->requestCount(), 8); // seven pages and the empty eighth
    QCOMPARE(requestedPages(), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));

    QStringList expected;
    for (const Sandbox::Customer &c : m_sandbox->customers())
        expected.append(c.id);
    QCOMPARE(addedIds(), expected); // each once, in the server's order
    QCOMPARE(m_added->size(), 7);   // one batch a page
    QCOMPARE(progress.constLast().at(0).toInt(), 7);
    QCOMPARE(progress.constLast().at(1).toInt(), 137);
    QVERIFY(!m_lister->isRunning());
}

void TestCustomerLister::deduplicatesAcrossPages()
{
    // Pages of 20 that each start 5 entries back: 0-19, 15-34, 30-39, then empty.
    m_sandbox->setPageOverlap(5);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::EmptyPage);
    QCOMPARE(outcome.customers, 40);
    QCOMPARE(outcome.pages, 3);
    QCOMPARE(m_sandbox->requestCount(), 4);
    QCOMPARE(addedIds().size(), 40);
    QCOMPARE(addedIds().removeDuplicates(), 0);
    QCOMPARE(m_added->at(0).constFirst().value<QList<Customer>>().size(), 20);
    QCOMPARE(m_added->at(1).constFirst().value<QList<Customer>>().size(), 15);
    QCOMPARE(m_added->at(2).constFirst().value<QList<Customer>>().size(), 5);
}

void TestCustomerLister::stopsOnRepeatedPage()
{
    // A server that answers every page past the end with the last one.
    m_sandbox->setPastEndPages(Sandbox::PastEndPages::RepeatLast);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::RepeatedPage);
    QCOMPARE(outcome.customers, 40);
    QCOMPARE(outcome.pages, 2);
    QCOMPARE(m_sandbox->requestCount(), 3);
    QCOMPARE(addedIds().size(), 40);
}

void TestCustomerLister::stopsAfterStalePages()
{
    // Past the end it starts again at page 1: each page is new to the
    // previous one, but nothing on it is new.
    m_sandbox->setPastEndPages(Sandbox::PastEndPages::WrapAround);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::RepeatedPage);
    QCOMPARE(outcome.customers, 40);
    QCOMPARE(m_sandbox->requestCount(), 2 + CustomerPageTracker::MaxStalePages);
    QCOMPARE(addedIds().size(), 40);
}

void TestCustomerLister::stopsAtPageCap()
{
    // One customer a page, 520 of them, and past the end page 1 again: a
    // server that never sends the empty page that ends the list.
    m_sandbox->setCustomerCount(520);
    m_sandbox->setPageSize(1);
    m_sandbox->setPastEndPages(Sandbox::PastEndPages::WrapAround);
    const CustomerListOutcome outcome = run(120000);
    QCOMPARE(outcome.reason, Reason::PageCap);
    QCOMPARE(outcome.pages, CustomerLister::PageCap);
    QCOMPARE(outcome.customers, CustomerLister::PageCap);
    QCOMPARE(m_sandbox->requestCount(), CustomerLister::PageCap);
    QVERIFY2(outcome.summary.contains(QLatin1String("incomplete")), qPrintable(outcome.summary));
}

void TestCustomerLister::rejectedKeyStopsAtOnce_data()
{
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<int>("status");
    QTest::newRow("401, wrong key") << true << 401;
    QTest::newRow("403") << false << 403;
}

void TestCustomerLister::rejectedKeyStopsAtOnce()
{
    QFETCH(bool, wrongKey);
    QFETCH(int, status);
    if (wrongKey)
        QCOMPARE(m_api->setAgencyKey(QStringLiteral("not-the-agency-key")), QString());
    else
        m_sandbox->setListFailure(status);
    m_lister->setMaxRetries(5);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::Failed);
    QCOMPARE(outcome.errorKind, ErrorKind::Auth);
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.customers, 0);
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(outcome.summary.contains(outcome.error));
    QCOMPARE(m_sandbox->requestCount(), 1); // no retry of a rejected key
    QVERIFY(m_added->isEmpty());
}

void TestCustomerLister::retriesTransientFailures()
{
    m_sandbox->setListFailure(503, 2);
    m_lister->setMaxRetries(2);
    QSignalSpy requested(m_lister.get(), &CustomerLister::pageRequested);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::EmptyPage);
    QCOMPARE(outcome.customers, 40);
    QCOMPARE(m_sandbox->requestCount(), 2 + 3);
    QCOMPARE(requestedPages(), (QList<int>{1, 1, 1, 2, 3}));
    QCOMPARE(requested.at(2).at(1).toInt(), 3); // page 1, third attempt
    QCOMPARE(requested.at(3).at(1).toInt(), 1); // a new page starts counting again
}

void TestCustomerLister::givesUpAfterMaxRetries()
{
    m_sandbox->setListFailure(503);
    m_lister->setMaxRetries(1);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::Failed);
    QCOMPARE(outcome.errorKind, ErrorKind::Server);
    QCOMPARE(outcome.httpStatus, 503);
    QCOMPARE(m_sandbox->requestCount(), 2);
}

void TestCustomerLister::honoursRetryAfter()
{
    m_sandbox->setListFailure(429, 1); // with "Retry-After: 1"
    QElapsedTimer clock;
    clock.start();
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::EmptyPage);
    QCOMPARE(outcome.customers, 40);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_sandbox->requestCount(), 1 + 3);
}

void TestCustomerLister::keepsWhatCameBeforeAFailure()
{
    m_sandbox->setListFailure(500, -1, 2);
    m_lister->setMaxRetries(0);
    const CustomerListOutcome outcome = run();
    QCOMPARE(outcome.reason, Reason::Failed);
    QCOMPARE(outcome.errorKind, ErrorKind::Server);
    QCOMPARE(outcome.customers, 20);
    QCOMPARE(addedIds().size(), 20);
    QVERIFY2(outcome.summary.contains(QLatin1String("page 2")), qPrintable(outcome.summary));
}

void TestCustomerLister::cancelMidway()
{
    m_sandbox->setCustomerCount(137);
    m_sandbox->setLatency(150ms);
    QSignalSpy progress(m_lister.get(), &CustomerLister::progressChanged);
    QSignalSpy finished(m_lister.get(), &CustomerLister::finished);
    m_lister->start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(0).toInt() >= 2, 10000);
    QTRY_COMPARE(m_sandbox->inFlight(), 1); // the next page is on its way
    m_lister->cancel();
    QCOMPARE(finished.size(), 1); // before cancel() returned
    const auto outcome = finished.constFirst().constFirst().value<CustomerListOutcome>();
    QCOMPARE(outcome.reason, Reason::Cancelled);
    QVERIFY(outcome.pages >= 2 && outcome.pages < 7);
    QCOMPARE(outcome.customers, 20 * outcome.pages);
    QVERIFY(!m_lister->isRunning());
    QCOMPARE(m_api->requestsInFlight(), 0);
    // The aborted request is answered by nobody, and nothing more is sent.
    QTRY_COMPARE(m_sandbox->inFlight(), 0);
    QCOMPARE(m_sandbox->requestCount(), outcome.pages + 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(addedIds().size(), outcome.customers);

    // It can run again from the start.
    m_sandbox->setLatency(0ms);
    m_added->clear();
    const CustomerListOutcome again = run();
    QCOMPARE(again.reason, Reason::EmptyPage);
    QCOMPARE(again.customers, 137);
}

void TestCustomerLister::cancellingPagesSparesTokens()
{
    // A token request of the same PartnerApi is in flight when the listing is
    // cancelled: only the listing's own request stops.
    m_sandbox->setLatency(300ms);
    QSignalSpy finished(m_lister.get(), &CustomerLister::finished);
    QSignalSpy token(
        m_api->fetchToken(TokenQuery::forUser(m_sandbox->sampleUserIds(1).constFirst())),
        &TokenRequest::finished);
    m_lister->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 2, 30000); // both went out
    m_lister->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<CustomerListOutcome>().reason,
             Reason::Cancelled);
    QVERIFY(token.wait(30000) || !token.isEmpty());
    const auto result = token.constFirst().constFirst().value<TokenResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.cancelled);
}

void TestCustomerLister::refusesToStartWithoutKey()
{
    PartnerApi api;
    QCOMPARE(api.setBaseUrl(m_sandbox->baseUrl().toString()), QString());
    CustomerLister lister(&api);
    QSignalSpy finished(&lister, &CustomerLister::finished);
    lister.start();
    QVERIFY(finished.wait());
    const auto outcome = finished.constFirst().constFirst().value<CustomerListOutcome>();
    QCOMPARE(outcome.reason, Reason::Failed);
    QCOMPARE(outcome.errorKind, ErrorKind::InvalidInput);
    QCOMPARE(m_sandbox->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCustomerLister)
#include "tst_customerlister.moc"
