// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerrun.h"

#include "clirunner.h"
#include "clitr.h"
#include "console.h"
#include "customerwriter.h"

#include "core/customerlister.h"
#include "core/logging.h"
#include "core/partnerapi.h"
#include "core/requestbuilder.h"
#include "core/session.h"

namespace TokenDesk::Cli {

CustomerRun::CustomerRun(Session *session, Console *console, Mode mode, OutputFormat format,
                         const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_lister(session->lister())
    , m_console(console)
    , m_mode(mode)
    , m_format(format)
    , m_verbose(options.verbose)
{
    // The lister tells of a reply before it acts on it, so it is described
    // before the next request.
    if (m_verbose)
        connect(m_lister, &CustomerLister::pageFetched, this, &CustomerRun::onPageFetched);
    m_lister->setMaxRetries(options.retries);
    connect(m_lister, &CustomerLister::customersAdded, this, &CustomerRun::onCustomersAdded);
    connect(m_lister, &CustomerLister::finished, this, &CustomerRun::onFinished);
    connect(m_lister, &CustomerLister::progressChanged, this, [this](int pages, int customers) {
        m_console->showProgressText(
            CliText::tr("Listing customers: %1 so far, %2 pages").arg(customers).arg(pages));
    });
    if (!m_verbose)
        return;
    connect(m_lister, &CustomerLister::pageRequested, this, [this](int page, int) {
        const QUrl url = customerListUrl(m_session->api()->baseUrl(), page);
        m_console->writeErrLine(redactedRequestLine(url));
    });
}

CustomerRun::~CustomerRun() = default;

void CustomerRun::start()
{
    m_session->listCustomers();
}

int CustomerRun::exitStatusFor(const CustomerListOutcome &outcome)
{
    switch (outcome.reason) {
    case CustomerListOutcome::Reason::EmptyPage:
    case CustomerListOutcome::Reason::RepeatedPage: // the list's own end, told on stderr
        return ExitOk;
    case CustomerListOutcome::Reason::Failed:
        return outcome.errorKind == ErrorKind::Auth ? ExitKeyRejected : ExitSomeFailed;
    case CustomerListOutcome::Reason::KeyRejected:
        return ExitKeyRejected;
    case CustomerListOutcome::Reason::PageCap:
    case CustomerListOutcome::Reason::Cancelled:
        break;
    }
    return ExitSomeFailed;
}

void CustomerRun::onCustomersAdded(const QList<Customer> &added)
{
    m_customers.append(added);
    if (m_mode == Mode::PrintCustomers && m_format == OutputFormat::Jsonl) {
        QByteArray lines;
        for (const Customer &customer : added)
            lines += customerJsonLine(customer) + '\n';
        m_console->writeOut(lines);
    }
}

void CustomerRun::onPageFetched(int page, const CustomerPageResult &result)
{
    const QString status =
        result.httpStatus != 0 ? QString::number(result.httpStatus) : QStringLiteral("-");
    QString line = QStringLiteral("<- ") + status + QStringLiteral(" page ") +
                   QString::number(page) + QLatin1Char(' ');
    line += result.ok
                ? QStringLiteral("ok ") + CliText::tr("%1 customers").arg(result.customers.size())
                : errorKindName(result.errorKind);
    line += QLatin1Char(' ') + QString::number(result.elapsedMs) + QStringLiteral(" ms");
    if (!result.ok)
        line += QStringLiteral(": ") + result.error;
    m_console->writeErrLine(line);
}

void CustomerRun::onFinished(const CustomerListOutcome &outcome)
{
    m_console->clearProgress();
    if (m_mode == Mode::PrintCustomers) {
        // What arrived before a failure is still printed; the exit status tells.
        switch (m_format) {
        case OutputFormat::Jsonl:
            break; // already printed page by page
        case OutputFormat::Json:
            m_console->writeOut(customersToJsonArray(m_customers));
            break;
        case OutputFormat::Csv:
            m_console->writeOut(customersToCsv(m_customers));
            break;
        case OutputFormat::Table:
            m_console->writeOut(customersToTable(m_customers));
            break;
        }
    }
    const bool whole = outcome.reason == CustomerListOutcome::Reason::EmptyPage;
    // A rejected key is said once, by the runner, for the list and the batch alike.
    const bool keyRejected = outcome.reason == CustomerListOutcome::Reason::KeyRejected ||
                             outcome.errorKind == ErrorKind::Auth;
    if (outcome.reason == CustomerListOutcome::Reason::PageCap)
        m_console->writeErrLine(CliText::tr("Warning: %1").arg(outcome.summary));
    else if (!keyRejected && (!whole || outcome.skipped > 0))
        m_console->writeErrLine(outcome.summary);

    QStringList ids;
    ids.reserve(m_customers.size());
    for (const Customer &customer : std::as_const(m_customers))
        ids.append(customer.id);
    Q_EMIT finished(outcome, ids);
}

} // namespace TokenDesk::Cli
