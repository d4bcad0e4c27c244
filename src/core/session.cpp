// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "customerlister.h"
#include "fetchqueue.h"
#include "tokentablemodel.h"

namespace TokenDesk {

Session::Session(PartnerApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_queue(new FetchQueue(api, this))
    , m_lister(new CustomerLister(api, this))
    , m_results(new TokenTableModel(this))
{
    qRegisterMetaType<TokenDesk::BatchSummary>();
    connect(m_queue, &FetchQueue::queued, m_results,
            qOverload<const QList<TokenQuery> &>(&TokenTableModel::markQueued));
    connect(m_queue, &FetchQueue::started, m_results, &TokenTableModel::markFetching);
    connect(m_queue, &FetchQueue::finished, this, &Session::onResult);
    connect(m_queue, &FetchQueue::authRejected, this,
            [this](const TokenResult &result) { rejectKey(result.error, result.httpStatus); });
    connect(m_queue, &FetchQueue::wrongAddress, this, &Session::wrongAddress);
    connect(m_queue, &FetchQueue::batchFinished, this, &Session::onBatchFinished);
    connect(m_lister, &CustomerLister::finished, this, &Session::onListingFinished);
}

Session::~Session()
{
    // The queue and the lister go with this object; nobody hears them end.
    disconnect(m_queue, nullptr, this, nullptr);
    disconnect(m_lister, nullptr, this, nullptr);
}

QList<TokenQuery> Session::fetch(const QList<TokenQuery> &queries)
{
    if (!m_queue->isBusy()) {
        m_summary = {};
        m_cancelling = false;
        if (!m_lister->isRunning())
            m_keyRejected = false; // a new try, perhaps with another key
    }
    const QList<TokenQuery> added = m_queue->enqueue(queries);
    m_summary.total += static_cast<int>(added.size());
    if (!added.isEmpty())
        Q_EMIT summaryChanged(m_summary);
    return added;
}

void Session::cancelBatch()
{
    if (!m_queue->isBusy())
        return;
    m_cancelling = true;
    m_queue->cancel(); // every row settles, then batchFinished
}

bool Session::isFetching() const
{
    return m_queue->isBusy();
}

void Session::clearResults()
{
    cancelBatch();
    m_results->clear();
}

void Session::listCustomers()
{
    if (m_lister->isRunning())
        return;
    if (!m_queue->isBusy())
        m_keyRejected = false;
    m_lister->start();
}

void Session::cancelListing()
{
    m_lister->cancel();
}

bool Session::isListing() const
{
    return m_lister->isRunning();
}

void Session::onResult(const TokenResult &result)
{
    m_results->setResult(result);
    ++m_summary.done;
    if (result.ok)
        ++(result.active ? m_summary.active : m_summary.inactive);
    else if (result.cancelled)
        ++m_summary.cancelled;
    else
        ++m_summary.failed;
    Q_EMIT resultReady(result);
    Q_EMIT summaryChanged(m_summary);
}

void Session::onBatchFinished()
{
    m_summary.ending = m_keyRejected  ? BatchSummary::Ending::KeyRejected
                       : m_cancelling ? BatchSummary::Ending::Cancelled
                                      : BatchSummary::Ending::Finished;
    m_cancelling = false;
    Q_EMIT batchFinished(m_summary);
}

void Session::onListingFinished(const CustomerListOutcome &outcome)
{
    // The listing met the rejection itself; one stopped by rejectKey() says KeyRejected.
    if (outcome.reason == CustomerListOutcome::Reason::Failed &&
        outcome.errorKind == ErrorKind::Auth)
        rejectKey(outcome.error, outcome.httpStatus);
}

void Session::rejectKey(const QString &sentence, int httpStatus)
{
    // Whoever met the rejection first, the other stops too, and it is said once.
    if (m_keyRejected)
        return;
    m_keyRejected = true;
    Q_EMIT keyRejected(sentence, httpStatus); // before the batch's end, which follows from here
    m_queue->stopForRejectedKey();
    m_lister->stopForRejectedKey();
}

} // namespace TokenDesk
