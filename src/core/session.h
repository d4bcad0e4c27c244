// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchqueue.h"
#include "tokenresult.h"

#include <QList>
#include <QObject>

namespace TokenDesk {

class CustomerLister;
class FetchQueue;
class PartnerApi;
class TokenTableModel;
struct CustomerListOutcome;

// What a token batch came to: the counts so far, and why it ended.
struct BatchSummary
{
    enum class Ending { Running, Finished, Cancelled, KeyRejected };

    int total = 0;
    int done = 0; // every final row, cancelled ones included
    int active = 0;
    int inactive = 0;
    int failed = 0;
    int cancelled = 0;
    Ending ending = Ending::Running;
};

// The work of one window or one CLI run: a token batch (FetchQueue) and a
// customer listing (CustomerLister) on one PartnerApi, the results of the
// batch (TokenTableModel, a row per query) and its summary. Both programs
// drive it and count nothing themselves. Each piece of work is its own:
// cancelling the batch never stops the listing, nor the reverse. A rejected
// agency key is the one exception, decided here: it stops both at once, and
// keyRejected() is emitted once.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(PartnerApi *api, QObject *parent = nullptr);
    ~Session() override;

    PartnerApi *api() const { return m_api; }
    // For their settings (concurrency, retries) and progress signals.
    FetchQueue *queue() const { return m_queue; }
    CustomerLister *lister() const { return m_lister; }
    TokenTableModel *results() const { return m_results; }

    // Queues the queries that have no answer yet: not waiting, not in flight,
    // and without a row holding a token, an inactive token or a failure. Rows
    // cancelled, stopped by a rejected key or forgotten (forgetTokens()) hold
    // no answer and are sent again.
    // Each gets a row at once; returns those added. A query may carry the
    // customer's name.
    QList<TokenQuery> fetch(const QList<TokenQuery> &queries);
    // Sends these again whatever their rows hold (Retry failed), but only
    // between batches: no row is counted twice in one summary, so while a
    // batch runs this adds what fetch() would.
    QList<TokenQuery> fetchAgain(const QList<TokenQuery> &queries);
    // Checks the agency key and gives it to the API. Work that is running
    // keeps the key it started with: while a batch or a listing runs, another
    // key (or one that fails the check) is refused with a sentence, and the
    // rows still waiting go with the key their batch began with.
    QString useAgencyKey(const QString &text);
    // A batch too long to hold (tokendesk-cli): count queries taken from next
    // only as they can be sent (FetchQueue::enqueueFeed()), counted in the
    // summary as fetch() counts. Only when no batch runs; false otherwise.
    bool fetchFeed(qsizetype count, QueryFeed next);
    // From now on no row is kept for a query, so a result is only heard
    // through resultReady() and its token is not held (tokendesk-cli, before
    // its batch); the summary is counted all the same. The window keeps its rows.
    void stopKeepingRows();
    // Stops the batch; every row not finished says it was cancelled.
    void cancelBatch();
    bool isFetching() const;
    const BatchSummary &summary() const { return m_summary; }
    // Cancels the batch and forgets every row, and with it every token.
    void clearResults();
    // Forgets every token held (TokenTableModel::forgetTokens) and stops the
    // batch; the rows stay. The agency key stays. Returns the rows marked.
    int forgetTokens();

    void listCustomers();
    void cancelListing();
    bool isListing() const;

Q_SIGNALS:
    // A row's final result, as it comes.
    void resultReady(const TokenDesk::TokenResult &result);
    void summaryChanged(const TokenDesk::BatchSummary &summary);
    void batchFinished(const TokenDesk::BatchSummary &summary);
    // The agency key was rejected: the batch and the listing both stopped,
    // and nothing more is sent. sentence is the server's answer, worded;
    // httpStatus is 401 or 403.
    void keyRejected(const QString &sentence, int httpStatus);
    // The base URL holds no partner API (a 404 that is not the API's): the
    // batch stopped, every row not fetched says so. sentence names the URL.
    void wrongAddress(const QString &sentence);

private:
    QList<TokenQuery> enqueue(const QList<TokenQuery> &queries);
    void onResult(const TokenResult &result);
    void onBatchFinished();
    void onListingFinished(const CustomerListOutcome &outcome);
    void rejectKey(const QString &sentence, int httpStatus);

    PartnerApi *m_api;
    FetchQueue *m_queue;
    CustomerLister *m_lister;
    TokenTableModel *m_results;
    BatchSummary m_summary;
    QByteArray m_keyDigest; // of the key given by useAgencyKey(), not the key itself
    bool m_keepsRows = true;
    bool m_cancelling = false;  // the user cancelled the batch running now
    bool m_keyRejected = false; // since the last start of a batch or a listing
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::BatchSummary)
