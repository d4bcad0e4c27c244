// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlister.h"

#include "partnerapi.h"
#include "partnerrequests.h"

#include <QTimer>

#include <algorithm>

namespace TokenDesk {

CustomerLister::CustomerLister(PartnerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<TokenDesk::CustomerListOutcome>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &CustomerLister::requestPage);
}

CustomerLister::~CustomerLister()
{
    // Nobody listens any more; only the request itself must not linger.
    if (m_request) {
        m_request->disconnect(this); // it answers at once: not to a half-destroyed lister
        m_request->cancel();
    }
}

void CustomerLister::setMaxRetries(int retries)
{
    m_retryPolicy.setMaxRetries(retries);
}

void CustomerLister::setBaseBackoff(std::chrono::milliseconds delay)
{
    m_retryPolicy.setBaseDelay(delay);
}

void CustomerLister::start()
{
    if (m_running)
        return;
    m_running = true;
    m_tracker.reset();
    m_skipped = 0;
    m_page = 1;
    m_attempt = 0;
    Q_EMIT progressChanged(0, 0);
    requestPage();
}

void CustomerLister::cancel()
{
    if (!m_running)
        return;
    dropRequest();
    finish(CustomerListOutcome::Reason::Cancelled);
}

void CustomerLister::stopForRejectedKey()
{
    if (!m_running)
        return;
    dropRequest();
    finish(CustomerListOutcome::Reason::KeyRejected);
}

void CustomerLister::dropRequest()
{
    m_retryTimer->stop();
    if (m_request) {
        m_request->disconnect(this); // its cancelled reply is not ours any more
        m_request->cancel();
        m_request = nullptr;
    }
}

void CustomerLister::requestPage()
{
    ++m_attempt;
    Q_EMIT pageRequested(m_page, m_attempt);
    // The sends this try may take: what the budget has left, this one included.
    m_request = m_api->fetchCustomerPage(m_page, m_retryPolicy.maxRetries() + 2 - m_attempt);
    connect(m_request, &CustomerPageRequest::finished, this, &CustomerLister::onPageFetched);
}

void CustomerLister::onPageFetched(int page, const CustomerPageResult &result)
{
    m_request = nullptr;
    Q_EMIT pageFetched(page, result);
    m_attempt += std::max(0, result.attempts - 1); // Qt's own resends count too

    if (!result.ok) {
        if (result.cancelled) // not by cancel(), which lets go of its request first
            return finish(CustomerListOutcome::Reason::Cancelled);
        const RetryVerdict verdict = m_retryPolicy.verdict(result.errorKind, result.httpStatus,
                                                           false, m_attempt, result.retryAfter);
        if (verdict.retry)
            return retryLater(result);
        if (!verdict.refusedWait.isEmpty()) {
            CustomerPageResult refused = result;
            refused.error = verdict.refusedWait;
            return finish(CustomerListOutcome::Reason::Failed, refused);
        }
        return finish(CustomerListOutcome::Reason::Failed, result);
    }

    m_skipped += result.skipped;
    const auto verdict = m_tracker.addPage(result.customers, result.skipped);
    if (verdict == CustomerPageTracker::Verdict::EmptyPage)
        return finish(CustomerListOutcome::Reason::EmptyPage);
    if (!m_tracker.newCustomers().isEmpty())
        Q_EMIT customersAdded(m_tracker.newCustomers());
    Q_EMIT progressChanged(m_tracker.pages(), m_tracker.customers());
    if (verdict == CustomerPageTracker::Verdict::RepeatedPage)
        return finish(CustomerListOutcome::Reason::RepeatedPage);
    if (m_page >= PageCap)
        return finish(CustomerListOutcome::Reason::PageCap);
    ++m_page;
    m_attempt = 0;
    requestPage();
}

void CustomerLister::retryLater(const CustomerPageResult &result)
{
    m_retryTimer->start(m_retryPolicy.pauseAfter(m_attempt, result.retryAfter));
}

void CustomerLister::finish(CustomerListOutcome::Reason reason, const CustomerPageResult &failure)
{
    m_running = false;
    m_retryTimer->stop();
    CustomerListOutcome outcome;
    outcome.reason = reason;
    outcome.pages = m_tracker.pages();
    outcome.customers = m_tracker.customers();
    outcome.skipped = m_skipped;
    outcome.errorKind = failure.errorKind;
    outcome.error = failure.error;
    outcome.httpStatus = failure.httpStatus;
    outcome.summary = summaryFor(outcome);
    Q_EMIT finished(outcome);
}

QString CustomerLister::summaryFor(const CustomerListOutcome &outcome) const
{
    using Reason = CustomerListOutcome::Reason;
    QString sentence;
    switch (outcome.reason) {
    case Reason::EmptyPage:
        sentence = tr("Customers listed: %L1.").arg(outcome.customers);
        break;
    case Reason::RepeatedPage:
        sentence = tr("Customers listed: %L1. The list ended at page %L2, where the server "
                      "stopped sending new customers.")
                       .arg(outcome.customers)
                       .arg(m_page);
        break;
    case Reason::PageCap:
        sentence = tr("Customers listed: %L1. The list may be incomplete: it stopped after "
                      "%L2 pages, the most TokenDesk reads.")
                       .arg(outcome.customers)
                       .arg(PageCap);
        break;
    case Reason::Cancelled:
        sentence = tr("Listing the customers was cancelled; customers listed so far: %L1.")
                       .arg(outcome.customers);
        break;
    case Reason::KeyRejected:
        sentence = tr("Listing the customers stopped because the agency API key was rejected; "
                      "customers listed so far: %L1.")
                       .arg(outcome.customers);
        break;
    case Reason::Failed:
        sentence =
            tr("The customer list could not be read (page %L1): %2").arg(m_page).arg(outcome.error);
        break;
    }
    if (outcome.skipped > 0)
        sentence +=
            QLatin1Char(' ') + tr("Entries without an ID, left out: %L1.").arg(outcome.skipped);
    return sentence;
}

} // namespace TokenDesk
