// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "console.h"
#include "exitstatus.h"
#include "inputsource.h"
#include "querystore.h"

#include "core/tokenresult.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QIODevice;

namespace TokenDesk {
class FetchQueue;
class PartnerApi;
class Session;
struct CustomerListOutcome;
namespace Sandbox {
class SandboxServer;
}
} // namespace TokenDesk

namespace TokenDesk::Cli {

class CustomerRun;
class OutputFailure;
class ResultStream;
class SignalWatcher;

// One run of tokendesk-cli: checks the input, sends the batch through a
// Session on the event loop, writes each record as it can be written
// (ResultStream) and ends the event loop with the exit status when the batch
// is finished. The IDs are held compactly (QueryStore) and handed to the
// queue only as they can be sent; the Session keeps no row for them.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // Checks everything that can be checked before sending. Returns the exit
    // status when the run ends here (a usage or input error has been printed);
    // nullopt when start() may follow.
    std::optional<int> prepare(const CliOptions &options, QIODevice *standardInput);
    // Sends the batch; QCoreApplication::exit(status) follows when it is finished.
    void start();
    int exitStatus() const { return m_exitStatus; }
    // Ctrl+C and SIGTERM reach stopForSignal() through the event loop
    // (SignalWatcher). Call once, before the event loop runs.
    void watchSignals();
    // Stops sending, cancels what is in flight, writes the rows that finished
    // and ends with 128 + signal.
    void stopForSignal(int signal);

private:
    int usageError(const QString &sentence);
    QString sampleIdHint() const;
    void beginOutput();
    void startBatch();
    // The batch's next query, once its record can be written or held
    // (ResultStream::sendLimit()), or always when now: the batch is stopping.
    std::optional<TokenQuery> nextQuery(bool now);
    void onStarted(const TokenQuery &query);
    // A result as the output shows it: the key redacted from its sentence.
    TokenResult printable(TokenResult result) const;
    void onResult(const TokenResult &finished);
    void onKeyRejected(const QString &sentence, int httpStatus);
    void onBatchFinished();
    void onCustomersListed(const CustomerListOutcome &outcome, const QStringList &ids);
    // A write failed: stop sending and end with 4, or 141 without a word
    // when the reader of standard output went away.
    void stopForOutputFailure();
    void finish(int status);
    void reportInterruption();

    enum class Stop { None, OutputFailed, Signal };

    Console m_console;
    PartnerApi *m_api;
    Session *m_session; // the batch and its summary, the listing
    SignalWatcher *m_signals;
    OutputFailure *m_outputFailure;
    Sandbox::SandboxServer *m_sandbox = nullptr;
    CliOptions m_options;
    OutputFormat m_format = OutputFormat::Jsonl;
    QString m_agencyKey;
    QueryStore m_queries;
    QList<UserIdInput::Skipped> m_skipped; // rows of -i files, by position in m_queries
    std::unique_ptr<ResultStream> m_output;
    qsizetype m_nextToSend = 0;           // in m_queries
    QHash<QString, qsizetype> m_sentAt;   // by TokenQuery::id(): the queries handed to the queue
    CustomerRun *m_customerRun = nullptr; // --customers and --all
    int m_listExitStatus = ExitOk;        // what the customer list alone calls for
    bool m_keyRejected = false;
    int m_exitStatus = ExitOk;
    Stop m_stop = Stop::None;
    int m_signal = 0;
    bool m_finished = false;
};

} // namespace TokenDesk::Cli
