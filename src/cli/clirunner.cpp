// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "clitr.h"
#include "customerrun.h"
#include "inputsource.h"
#include "keysource.h"
#include "profilesource.h"
#include "resultwriter.h"

#include "core/customerlister.h"
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "core/requestbuilder.h"
#include "core/runconfig.h"
#include "core/session.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>

#ifdef Q_OS_WIN
#include <atomic>
#include <windows.h>
#else
#include <QSocketNotifier>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace TokenDesk::Cli {

namespace {

#ifdef Q_OS_WIN
CliRunner *g_runner = nullptr;
std::atomic<int> g_signalsSeen{0};

// Runs on a thread of its own: hand the event to the runner's thread.
BOOL WINAPI onConsoleControl(DWORD type)
{
    const int signal = type == CTRL_C_EVENT ? SIGINT : SIGTERM;
    if (g_signalsSeen.fetch_add(1) > 0)
        std::_Exit(128 + signal); // the second one ends at once
    QMetaObject::invokeMethod(
        g_runner, [signal] { g_runner->stopForSignal(signal); }, Qt::QueuedConnection);
    return TRUE;
}
#else
// The self-pipe: the handler only writes the signal's number, which is
// async-signal-safe; the event loop reads it.
int g_signalPipe[2] = {-1, -1};
volatile std::sig_atomic_t g_signalsSeen = 0;

void onSignal(int signal)
{
    if (g_signalsSeen != 0)
        _exit(128 + signal); // the second one ends at once
    g_signalsSeen = 1;
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
    errno = savedErrno;
}
#endif

QString signalName(int signal)
{
    return signal == SIGINT ? CliText::tr("Ctrl+C (SIGINT)") : QStringLiteral("SIGTERM");
}

// Long lists of IDs are cut, so that standard error stays readable.
constexpr int MaxListedIds = 20;

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_api(new PartnerApi(this))
    , m_session(new Session(m_api, this))
{
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
    // Heard from inside the session's signals: act once they have returned.
    m_console.setFailureHandler([this] {
        QMetaObject::invokeMethod(this, &CliRunner::stopForOutputFailure, Qt::QueuedConnection);
    });
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

    const UserIdInput input = collectUserIds(options, standardInput);
    for (const QString &warning : input.warnings)
        m_console.writeErrLine(warning);
    if (!input.problem.isEmpty())
        return usageError(input.problem);
    if (input.queries.isEmpty() && !options.listsCustomers())
        return usageError(sampleIdHint());
    m_queries = input.queries;
    m_skipped = input.skipped;

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
#ifdef Q_OS_WIN
    g_runner = this;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
    if (::pipe(g_signalPipe) != 0)
        return;
    for (const int fd : g_signalPipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_signalPipe[0], &byte, 1) == 1)
            stopForSignal(byte);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
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
    m_exitStatus = m_console.readerGone() ? ExitReaderGone : ExitOutputFailed;
    if (!m_console.readerGone()) {
        m_console.writeErrLine(QStringLiteral("tokendesk-cli: ") +
                               CliText::tr("The output could not be written (%1), so the run "
                                           "stopped: nothing more is sent.")
                                   .arg(m_console.failureReason()));
    }
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
    if (m_console.writeFailed()) { // a message in prepare() could not be written
        stopForOutputFailure();
        return;
    }
    if (!m_options.listsCustomers()) {
        // Skipped rows are final from the start: jsonl has them at once.
        if (m_format == OutputFormat::Jsonl) {
            for (const UserIdInput::Skipped &row : std::as_const(m_skipped))
                m_console.writeOut(jsonRecord(skippedRecord(row)) + '\n');
        }
        m_session->fetch(m_queries);
        return;
    }
    const auto mode =
        m_options.allCustomers ? CustomerRun::Mode::CollectIds : CustomerRun::Mode::PrintCustomers;
    m_customerRun = new CustomerRun(m_session, &m_console, mode, m_format, m_options, this);
    connect(m_customerRun, &CustomerRun::finished, this, &CliRunner::onCustomersListed);
    m_customerRun->start();
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
        m_console.writeErrLine(sentence.arg(signalName(m_signal)).arg(ids.size()));
        finish(m_console.writeFailed()
                   ? (m_console.readerGone() ? ExitReaderGone : ExitOutputFailed)
                   : m_exitStatus);
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
        m_queries.append(TokenQuery::forUser(id));
    if (m_session->fetch(m_queries).isEmpty())
        onBatchFinished(); // an empty list: nothing to fetch, nothing to wait for
}

void CliRunner::onStarted(const TokenQuery &query)
{
    if (!m_options.verbose)
        return;
    const QUrl url = tokenUrl(m_api->baseUrl(), query);
    m_console.writeErrLine(QStringLiteral("GET ") + QString::fromLatin1(url.toEncoded()) +
                           QStringLiteral(" authtype: Key, Authorization: Bearer ***"));
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
    if (m_format == OutputFormat::Jsonl)
        m_console.writeOut(jsonRecord(result) + '\n');
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
    // In input order, from the session's results: the run keeps no list of its own.
    QList<TokenResult> ordered;
    qsizetype nextSkipped = 0;
    const auto addSkippedUpTo = [&](qsizetype position) {
        for (; nextSkipped < m_skipped.size() && m_skipped.at(nextSkipped).position <= position;
             ++nextSkipped)
            ordered.append(skippedRecord(m_skipped.at(nextSkipped)));
    };
    for (qsizetype i = 0; i < m_queries.size(); ++i) {
        addSkippedUpTo(i); // a skipped row in its place among the others
        const TokenQuery &query = m_queries.at(i);
        const auto result = m_session->results()->finalResult(query.id());
        if (interrupted) {
            // Only what finished; the rest is named on standard error.
            if (result && !result->cancelled)
                ordered.append(printable(*result));
            continue;
        }
        if (result) {
            ordered.append(printable(*result));
            continue;
        }
        // Every input ID ends in one record, even if the queue lost one.
        TokenResult missing = TokenResult::failure(
            ErrorKind::Network, CliText::tr("No result was reported for this user ID."));
        missing.query = query;
        ordered.append(missing);
        if (m_format == OutputFormat::Jsonl)
            m_console.writeOut(jsonRecord(missing) + '\n');
    }
    addSkippedUpTo(m_queries.size());
    writeResults(ordered);

    if (interrupted) {
        reportInterruption();
    } else {
        const bool anyFailed = std::any_of(ordered.cbegin(), ordered.cend(),
                                           [](const TokenResult &r) { return !r.ok; });
        m_exitStatus = m_keyRejected ? ExitKeyRejected : anyFailed ? ExitSomeFailed : ExitOk;
        m_exitStatus = std::max(m_exitStatus, m_listExitStatus); // a page cap makes --all fail
    }
    // No run ends as if all was written when it was not.
    if (m_console.writeFailed()) {
        stopForOutputFailure();
        return;
    }
    finish(m_exitStatus);
}

TokenResult CliRunner::skippedRecord(const UserIdInput::Skipped &row)
{
    TokenResult record = TokenResult::failure(ErrorKind::InvalidInput, row.reason);
    record.query = TokenQuery::forUser(row.text);
    return record;
}

void CliRunner::writeResults(const QList<TokenResult> &ordered)
{
    switch (m_format) {
    case OutputFormat::Jsonl:
        break; // already printed as each one finished
    case OutputFormat::Json:
        m_console.writeOut(toJsonArray(ordered));
        break;
    case OutputFormat::Csv:
        m_console.writeOut(toCsv(ordered));
        break;
    case OutputFormat::Table:
        m_console.writeOut(toTable(ordered));
        break;
    }
}

void CliRunner::reportInterruption()
{
    int finishedRows = 0;
    int withToken = 0;
    QStringList notFinished;
    for (const TokenQuery &query : std::as_const(m_queries)) {
        const auto result = m_session->results()->finalResult(query.id());
        if (result && !result->cancelled) {
            ++finishedRows;
            withToken += result->ok ? 1 : 0;
        } else {
            notFinished.append(displayIdentity(query));
        }
    }
    QString line = CliText::tr("Interrupted by %1: %2 of %3 finished and written out, %4 of "
                               "them with a token.")
                       .arg(signalName(m_signal))
                       .arg(finishedRows)
                       .arg(m_queries.size())
                       .arg(withToken);
    if (!notFinished.isEmpty()) {
        QStringList shown = notFinished.mid(0, MaxListedIds);
        if (notFinished.size() > MaxListedIds)
            shown.append(CliText::tr("… and %1 more").arg(notFinished.size() - MaxListedIds));
        line += QLatin1Char('\n') + CliText::tr("Not sent or stopped in flight (%1): %2")
                                        .arg(notFinished.size())
                                        .arg(shown.join(QLatin1String(", ")));
    }
    m_console.writeErrLine(line);
}

} // namespace TokenDesk::Cli
