// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "customerpagetracker.h"
#include "customerparser.h"
#include "retrypolicy.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;

namespace TokenDesk {

class PartnerApi;

// Why a customer listing stopped, and what it had by then.
struct CustomerListOutcome
{
    enum class Reason {
        EmptyPage,    // the normal end: a page came back empty
        RepeatedPage, // the server stopped advancing (see CustomerPageTracker)
        PageCap,      // the page cap was reached; the list may be incomplete
        Cancelled,
        Failed,      // see errorKind and error
        KeyRejected, // stopped because the key was rejected elsewhere (see Session)
    };
    Reason reason = Reason::EmptyPage;
    int pages = 0;     // pages with something on them
    int customers = 0; // unique customers
    int skipped = 0;   // entries without an _id, left out
    ErrorKind errorKind = ErrorKind::None;
    QString error;
    int httpStatus = 0;
    QString summary; // one sentence for a status bar or standard error
};

// Reads the whole customer list through a PartnerApi, one page after another
// (the list has no total count): each customer once, transient failures of a
// page retried with backoff, and a page cap so a server that never ends the
// list cannot keep it running forever. It holds the handle of its one
// request in flight, so cancelling it touches nobody else's requests.
class CustomerPageRequest;

class CustomerLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerLister)

public:
    // The most pages read: a server that never ends the list cannot keep a
    // listing running forever.
    static constexpr int PageCap = 500;

    explicit CustomerLister(PartnerApi *api, QObject *parent = nullptr);
    ~CustomerLister() override;

    // The policy's extra tries of a transient page failure (see RetryPolicy).
    void setMaxRetries(int retries);
    // The first backoff delay; later ones double. Tests shorten it.
    void setBaseBackoff(std::chrono::milliseconds delay);

    // Starts from page 1; does nothing while a listing runs.
    void start();
    // Stops at once: finished(Cancelled) is emitted before this returns.
    void cancel();
    // The agency key was rejected by another request: stops at once, with
    // finished(KeyRejected) before this returns. Nothing when not running.
    void stopForRejectedKey();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void pageRequested(int page, int attempt);
    // Every reply to a page request, before the lister acts on it.
    void pageFetched(int page, const TokenDesk::CustomerPageResult &result);
    // Customers not seen on an earlier page, in the server's order.
    void customersAdded(const QList<TokenDesk::Customer> &added);
    void progressChanged(int pagesLoaded, int customersSoFar);
    void finished(const TokenDesk::CustomerListOutcome &outcome);

private:
    void requestPage();
    void onPageFetched(int page, const CustomerPageResult &result);
    void retryLater(const CustomerPageResult &result);
    void dropRequest();
    void finish(CustomerListOutcome::Reason reason, const CustomerPageResult &failure = {});
    QString summaryFor(const CustomerListOutcome &outcome) const;

    QPointer<PartnerApi> m_api;              // may go first when both are children of one parent
    QPointer<CustomerPageRequest> m_request; // the page in flight
    QTimer *m_retryTimer;
    CustomerPageTracker m_tracker;
    RetryPolicy m_retryPolicy;
    int m_page = 0;
    int m_attempt = 0;
    int m_skipped = 0;
    bool m_running = false;
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::CustomerListOutcome)
