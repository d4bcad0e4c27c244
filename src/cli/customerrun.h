// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include "core/customer.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace TokenDesk {
class CustomerLister;
class Session;
struct CustomerListOutcome;
struct CustomerPageResult;
} // namespace TokenDesk

namespace TokenDesk::Cli {

class Console;

// The customer list for --customers (printed in the chosen format, jsonl as
// the pages arrive) and for --all (only the ids, for the token batch).
// Progress, warnings and --verbose go to standard error through the Console.
class CustomerRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerRun)

public:
    enum class Mode { PrintCustomers, CollectIds };

    // Lists through the session's lister, so that a rejected key stops the
    // token batch of --all too, and is said once.
    CustomerRun(Session *session, Console *console, Mode mode, OutputFormat format,
                const CliOptions &options, QObject *parent = nullptr);
    ~CustomerRun() override;

    void start();
    // What the listing alone means for the exit status: 0 for a whole list,
    // 1 when it failed or the page cap cut it short, 3 for a rejected key.
    static int exitStatusFor(const CustomerListOutcome &outcome);

Q_SIGNALS:
    // ids: every customer listed, in the server's order.
    void finished(const TokenDesk::CustomerListOutcome &outcome, const QStringList &ids);

private:
    void onCustomersAdded(const QList<Customer> &added);
    void onPageFetched(int page, const CustomerPageResult &result);
    void onFinished(const CustomerListOutcome &outcome);

    Session *m_session;
    CustomerLister *m_lister; // the session's
    Console *m_console;
    Mode m_mode;
    OutputFormat m_format;
    bool m_verbose;
    QList<Customer> m_customers;
};

} // namespace TokenDesk::Cli
