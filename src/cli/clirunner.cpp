// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "clitr.h"
#include "customerrun.h"
#include "inputsource.h"
#include "keysource.h"
#include "outputfailure.h"
#include "profilesource.h"
#include "resultstream.h"
#include "resultwriter.h"
#include "signalwatcher.h"

#include "core/customerlister.h"
#include "core/fetchqueue.h"
#include "core/logging.h"
#include "core/partnerapi.h"
#include "core/requestbuilder.h"
#include "core/runconfig.h"
#include "core/session.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <algorithm>

namespace TokenDesk::Cli {

namespace {

// Long lists of IDs are cut, so that standard error stays readable.
constexpr int MaxListedIds = 20;

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_api(new PartnerApi(this))
    , m_session(new Session(m_api, this))
    , m_signals(new SignalWatcher(this))
    , m_outputFailure(new OutputFailure(m_console, this))
{
    // Each record is written as it comes: no row, and no token, is kept.
    m_session->stopKeepingRows();
    connect(m_session->queue(), &FetchQueue::started, this, &CliRunner::onStarted);
    connect(m_session, &Session::resultReady, this, &CliRunner::onResult);
    connect(m_session, &Session::keyRejected, this, &CliRunner::onKeyRejected);
    // A base URL with no partner API behind it: said once, with the address;
    // every row says it too, and the run ends 1.
    connect(m_session, &Session::wrongAddress, this,
            [this](const QString &sentence) { m_console.writeErrLine(sentence); });
    connect(m_session, &Session::batchFinished, this, &CliRunner::onBatchFinished);
    connect(m_session, &Session::summaryChanged, this, [this](const BatchSummary &summary) {
        if (m_stop == Stop::None)
            m_console.showProgress(summary.done, summary.total, summary.failed);
    });
    connect(m_signals, &SignalWatcher::signalled, this, &CliRunner::stopForSignal);
    connect(m_outputFailure, &OutputFailure::failed, this, &CliRunner::stopForOutputFailure);
}

CliRunner::~CliRunner() = default;

int CliRunner::usageError(const QString &sentence)
{
    m_console.writeErrLine(QStringLiteral("tokendesk-cli: ") + sentence);
    m_console.writeErrLine(tryHelpHint());
    m_exitStatus = ExitUsage;
    return ExitUsage;
}

QString CliRunner::sampleIdHint() const
{
    if (!m_sandbox)
        return CliText::tr("No user IDs given: name them as arguments or in a file with -i FILE.");
    // Two customers with an active token and one with an inactive one, so both show.
    QStringList active;
    QStringList inactive;
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    for (const Sandbox::Customer &customer : customers)
        (customer.tokenActive ? active : inactive).append(customer.id);
    const QStringList samples = active.mid(0, 2) + inactive.mid(0, 1);
    return CliText::tr("No user IDs given. The demo sandbox knows these, for example:\n"
                       "  tokendesk-cli --demo %1\n"
                       "and this team member:\n"
                       "  tokendesk-cli --demo --email %2 --type AGENT")
        .arg(samples.join(QLatin1Char(' ')), QLatin1String(Sandbox::TeamAgentEmail1));
}

std::optional<int> CliRunner::prepare(const CliOptions &options, QIODevice *standardInput)
{
    m_options = options;
    m_format = options.format.value_or(Console::stdoutIsTerminal() ? OutputFormat::Table
                                                                   : OutputFormat::Jsonl);

    std::optional<Profile> profile;
    if (options.config.profile) {
        ProfileLookup lookup = findProfile(*options.config.profile);
        if (!lookup.problem.isEmpty())
            return usageError(lookup.problem);
        profile = std::move(lookup.profile);
    }
    // The CLI has no settings: the command line, the environment, the profile.
    const RunConfig config = resolveConfig(options.config, QProcessEnvironment::systemEnvironment(),
                                           profile, ConfigSettings{});
    if (!config.ok())
        return usageError(configProblemText(config.problems.constFirst()));
    m_api->setTimeout(config.timeout.value);
    m_session->queue()->setConcurrency(config.concurrency.value);
    m_session->queue()->setMaxRetries(config.retries.value);
    m_options.retries = config.retries.value; // for CustomerRun's lister

    if (config.demo) {
        m_sandbox = new Sandbox::SandboxServer(this);
    } else if (const QString problem = m_api->setBaseUrl(config.baseUrl.value.toString());
               !problem.isEmpty()) {
        return usageError(problem); // resolveConfig checked it already
    }

    for (const QString &path : config.caFiles) {
        if (const QString problem = m_api->addCaCertificates(path); !problem.isEmpty())
            return usageError(QStringLiteral("--ca-file: ") + problem);
    }

    // Ask for the key only when there is something to fetch.
    if (options.userIds.isEmpty() && options.inputFiles.isEmpty() && !options.member &&
        !options.listsCustomers())
        return usageError(sampleIdHint());

    // Read from the one source resolveConfig() chose: standard input's first
    // line (so before "-i -"), the environment, the keychain or the demo key.
    const KeyChoice key = readAgencyKey(config, standardInput);
    m_console.setSecret(key.key);
    if (!key.problem.isEmpty())
        return usageError(key.problem);
    if (const QString problem = m_api->setAgencyKey(key.key); !problem.isEmpty())
        return usageError(problem);
    m_agencyKey = key.key;

    UserIdInput input = collectUserIds(options, standardInput);
    for (const QString &warning : std::as_const(input.warnings))
        m_console.writeErrLine(warning);
    if (!input.problem.isEmpty())
        return usageError(input.problem);
    if (input.queries.isEmpty() && !options.listsCustomers())
        return usageError(sampleIdHint());
    m_queries = std::move(input.queries);
    m_skipped = std::move(input.skipped);

    if (m_sandbox) {
        if (!m_sandbox->listen(QHostAddress::LocalHost, 0))
            return usageError(CliText::tr("The demo sandbox could not start on this computer."));
        // Never fall back to the production API with the demo key.
        if (const QString problem = m_api->setBaseUrl(m_sandbox->baseUrl().toString());
            !problem.isEmpty())
            return usageError(problem);
        m_console.writeErrLine(
            CliText::tr("Demo mode: a built-in sandbox with made-up customers answers "
                        "at %1.")
                .arg(m_sandbox->baseUrl().toString()));
    }
    return std::nullopt;
}

void CliRunner::watchSignals()
{
    m_signals->watch();
}

void CliRunner::stopForSignal(int signal)
{
    if (m_finished || m_stop != Stop::None)
        return;
    m_stop = Stop::Signal;
    m_signal = signal;
    m_exitStatus = 128 + signal;
    m_console.endProgressLine();
    // Each ends through its own finished signal, synchronously: the rows that
    // finished are written there.
    if (m_session->isListing()) {
        m_session->cancelListing();
    } else if (m_session->isFetching()) {
        m_session->cancelBatch();
    } else if (!m_options.listsCustomers() || m_customerRun) {
        onBatchFinished(); // nothing running: the rows so far (perhaps none)
    } else {
        finish(m_exitStatus); // the listing never started
    }
}

void CliRunner::stopForOutputFailure()
{
    if (m_finished || m_stop == Stop::OutputFailed)
        return;
    m_stop = Stop::OutputFailed;
    m_exitStatus = m_outputFailure->report();
    m_session->cancelListing();
    m_session->cancelBatch();
    finish(m_exitStatus);
}

void CliRunner::finish(int status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitStatus = status;
    QCoreApplication::exit(status);
}

void CliRunner::start()
{
    if (m_finished)
        return;
    if (m_outputFailure->happened()) { // a message in prepare() could not be written
        stopForOutputFailure();
        return;
    }
    if (!m_options.listsCustomers()) {
        startBatch();
        return;
    }
    const auto mode =
        m_options.allCustomers ? CustomerRun::Mode::CollectIds : CustomerRun::Mode::PrintCustomers;
    m_customerRun = new CustomerRun(m_session, &m_console, mode, m_format, m_options, this);
    connect(m_customerRun, &CustomerRun::finished, this, &CliRunner::onCustomersListed);
    m_customerRun->start();
}

void CliRunner::beginOutput()
{
    m_output = std::make_unique<ResultStream>(
        [this](const QByteArray &bytes) { return m_console.writeOut(bytes); }, m_format, m_queries,
        m_skipped);
    m_output->begin();
}

void CliRunner::startBatch()
{
    beginOutput();
    if (m_queries.isEmpty()) {
        onBatchFinished(); // an empty list: nothing to fetch, nothing to wait for
        return;
    }
    m_session->fetchFeed(m_queries.size(), [this](bool now) { return nextQuery(now); });
}

std::optional<TokenQuery> CliRunner::nextQuery(bool now)
{
    if (m_nextToSend >= m_queries.size() || (!now && m_nextToSend >= m_output->sendLimit()))
        return std::nullopt;
    TokenQuery query = m_queries.at(m_nextToSend);
    m_sentAt.insert(query.id(), m_nextToSend++);
    return query;
}

void CliRunner::onCustomersListed(const CustomerListOutcome &outcome, const QStringList &ids)
{
    if (m_finished)
        return;
    if (m_stop == Stop::OutputFailed || m_console.writeFailed()) {
        stopForOutputFailure();
        return;
    }
    if (m_stop == Stop::Signal) {
        const QString sentence =
            m_options.allCustomers
                ? CliText::tr("Interrupted by %1: the customer list stopped after %2 "
                              "customers; no token was requested.")
                : CliText::tr("Interrupted by %1: the customer list stopped after %2 "
                              "customers, and those are written out.");
        m_console.writeErrLine(sentence.arg(SignalWatcher::signalName(m_signal)).arg(ids.size()));
        finish(m_outputFailure->happened() ? m_outputFailure->exitStatus() : m_exitStatus);
        return;
    }
    m_listExitStatus = CustomerRun::exitStatusFor(outcome);
    const bool usable = outcome.reason != CustomerListOutcome::Reason::Failed &&
                        outcome.reason != CustomerListOutcome::Reason::Cancelled;
    if (!m_options.allCustomers || !usable) {
        finish(m_listExitStatus);
        return;
    }
    // --all: the listed customers' tokens, exactly as for user IDs given by hand.
    for (const QString &id : ids)
        m_queries.add(TokenQuery::forUser(id));
    startBatch();
}

void CliRunner::onStarted(const TokenQuery &query)
{
    if (!m_options.verbose)
        return;
    const QUrl url = tokenUrl(m_api->baseUrl(), query);
    m_console.writeErrLine(redactedRequestLine(url));
}

TokenResult CliRunner::printable(TokenResult result) const
{
    if (!result.ok && result.cancelled) {
        // The only way a CLI batch is cancelled is a rejected key.
        result.errorKind = ErrorKind::Auth;
    }
    if (!m_agencyKey.isEmpty())
        result.error.replace(m_agencyKey, QLatin1String("***"));
    return result;
}

void CliRunner::onResult(const TokenResult &finished)
{
    const auto sent = m_sentAt.constFind(finished.query.id());
    if (sent == m_sentAt.cend())
        return; // not one of this batch's
    const qsizetype index = *sent;
    m_sentAt.erase(sent);
    // Rows cancelled by a stop are not results: they are named on standard error.
    if (m_stop != Stop::None && finished.cancelled)
        return;
    const TokenResult result = printable(finished);

    if (m_options.verbose) {
        const QString status =
            result.httpStatus != 0 ? QString::number(result.httpStatus) : QStringLiteral("-");
        QString line =
            QStringLiteral("<- ") + status + QLatin1Char(' ') + displayIdentity(result.query) +
            QLatin1Char(' ') +
            (result.ok ? QStringLiteral("ok key=***") : errorKindName(result.errorKind)) +
            QLatin1Char(' ') + QString::number(result.elapsedMs) + QStringLiteral(" ms attempt ") +
            QString::number(result.attempts);
        if (!result.ok)
            line += QStringLiteral(": ") + result.error;
        m_console.writeErrLine(line);
    }
    m_output->add(index, result);
}

void CliRunner::onKeyRejected(const QString &, int httpStatus)
{
    // The Session says it once, whether the batch or the list met it. The
    // details are in the records; here one sentence, and never the key.
    m_keyRejected = true;
    const QString status = httpStatus == 401 || httpStatus == 403
                               ? QStringLiteral(" (HTTP %1)").arg(httpStatus)
                               : QString();
    m_console.writeErrLine(
        CliText::tr("The agency API key was rejected%1, so the run stopped and no more "
                    "requests were sent. Check the key and try again.")
            .arg(status));
}

void CliRunner::onBatchFinished()
{
    if (m_finished)
        return;
    if (m_stop == Stop::OutputFailed) {
        finish(m_exitStatus);
        return;
    }
    const bool interrupted = m_stop == Stop::Signal;
    m_console.clearProgress();
    if (!m_output)
        beginOutput(); // stopped before the batch began: the rows so far, none
    m_output->finish(interrupted);

    if (interrupted) {
        reportInterruption();
    } else {
        m_exitStatus = m_keyRejected           ? ExitKeyRejected
                       : m_output->anyFailed() ? ExitSomeFailed
                                               : ExitOk;
        m_exitStatus = std::max(m_exitStatus, m_listExitStatus); // a page cap makes --all fail
    }
    // No run ends as if all was written when it was not.
    if (m_outputFailure->happened()) {
        stopForOutputFailure();
        return;
    }
    finish(m_exitStatus);
}

void CliRunner::reportInterruption()
{
    QStringList notFinished;
    qsizetype notFinishedCount = 0;
    for (qsizetype i = 0; i < m_queries.size(); ++i) {
        if (m_output->hasRecord(i))
            continue;
        if (++notFinishedCount <= MaxListedIds)
            notFinished.append(displayIdentity(m_queries.at(i)));
    }
    QString line = CliText::tr("Interrupted by %1: %2 of %3 finished and written out, %4 of "
                               "them with a token.")
                       .arg(SignalWatcher::signalName(m_signal))
                       .arg(m_output->records())
                       .arg(m_queries.size())
                       .arg(m_output->tokens());
    if (notFinishedCount > 0) {
        if (notFinishedCount > MaxListedIds)
            notFinished.append(CliText::tr("… and %1 more").arg(notFinishedCount - MaxListedIds));
        line += QLatin1Char('\n') + CliText::tr("Not sent or stopped in flight (%1): %2")
                                        .arg(notFinishedCount)
                                        .arg(notFinished.join(QLatin1String(", ")));
    }
    m_console.writeErrLine(line);
}

} // namespace TokenDesk::Cli
