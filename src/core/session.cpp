// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "customerlister.h"
#include "fetchqueue.h"
#include "inputpolicy.h"
#include "partnerapi.h"
#include "tokentablemodel.h"

#include <QCryptographicHash>

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
    // A user ID typed by hand shows its customer's name once the list knows it.
    connect(m_lister, &CustomerLister::customersAdded, m_results, &TokenTableModel::nameCustomers);
}

Session::~Session()
{
    // The queue and the lister go with this object; nobody hears them end.
    disconnect(m_queue, nullptr, this, nullptr);
    disconnect(m_lister, nullptr, this, nullptr);
}

QList<TokenQuery> Session::fetch(const QList<TokenQuery> &queries)
{
    // A row with an answer stays as it is: the same IDs again (Fetch pressed
    // twice, a longer list) send only what is new. A row cancelled or refused
    // for the key had none; such rows settle only as their batch ends, so the
    // summary of a batch running now never counted them.
    QList<TokenQuery> unanswered;
    unanswered.reserve(queries.size());
    for (const TokenQuery &query : queries) {
        const std::optional<TokenResult> row = m_results->finalResult(query.id());
        if (!row || row->cancelled || row->errorKind == ErrorKind::Auth ||
            m_results->isForgotten(query.id()))
            unanswered.append(query);
    }
    return enqueue(unanswered);
}

QList<TokenQuery> Session::fetchAgain(const QList<TokenQuery> &queries)
{
    return m_queue->isBusy() ? fetch(queries) : enqueue(queries);
}

QString Session::useAgencyKey(const QString &text)
{
    const AgencyKeyCheck check = checkAgencyKey(text);
    const QByteArray digest =
        check.ok() ? QCryptographicHash::hash(check.key.toUtf8(), QCryptographicHash::Sha256)
                   : QByteArray();
    if (isFetching() || isListing()) {
        if (!check.ok())
            return check.problem;
        if (digest != m_keyDigest)
            return tr("The work running now keeps the agency API key it started with: cancel it "
                      "or let it finish, then use the new key.");
        return {};
    }
    const QString problem = m_api->setAgencyKey(text);
    m_keyDigest = problem.isEmpty() ? digest : QByteArray();
    return problem;
}

QList<TokenQuery> Session::enqueue(const QList<TokenQuery> &queries)
{
    if (queries.isEmpty())
        return {}; // the batch running, or none, goes on as it was
    // An idle queue adds every query given, so a new batch starts here.
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

bool Session::fetchFeed(qsizetype count, QueryFeed next)
{
    if (m_queue->isBusy())
        return false;
    m_summary = {};
    m_cancelling = false;
    if (!m_lister->isRunning())
        m_keyRejected = false; // a new try, perhaps with another key
    m_summary.total = static_cast<int>(count);
    m_queue->enqueueFeed(count, std::move(next));
    Q_EMIT summaryChanged(m_summary);
    return true;
}

void Session::stopKeepingRows()
{
    m_keepsRows = false;
    disconnect(m_queue, nullptr, m_results, nullptr);
    disconnect(m_lister, nullptr, m_results, nullptr);
    m_results->clear();
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

int Session::forgetTokens()
{
    // Marked first, so the rows the cancel settles stay forgotten (Fetch again
    // sends them); stopped then, or the tokens still coming would be held again.
    const int forgotten = m_results->forgetTokens();
    cancelBatch();
    return forgotten;
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
    if (m_keepsRows)
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
