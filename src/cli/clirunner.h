// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "console.h"

#include "core/tokenresult.h"

#include <QObject>

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

// Exit statuses from the contract.
enum ExitStatus : int { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2, ExitKeyRejected = 3 };

// One run of tokendesk-cli: checks the input, sends the batch through a
// Session on the event loop, prints the results and ends the event loop
// with the exit status when the batch is finished.
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

private:
    int usageError(const QString &sentence);
    QString sampleIdHint() const;
    void onStarted(const TokenQuery &query);
    // A result as the output shows it: the key redacted from its sentence.
    TokenResult printable(TokenResult result) const;
    void onResult(const TokenResult &finished);
    void onKeyRejected(const QString &sentence, int httpStatus);
    void onBatchFinished();
    void onCustomersListed(const CustomerListOutcome &outcome, const QStringList &ids);

    Console m_console;
    PartnerApi *m_api;
    Session *m_session;  // the batch and its results, the listing
    FetchQueue *m_queue; // the session's, for its settings
    Sandbox::SandboxServer *m_sandbox = nullptr;
    CliOptions m_options;
    OutputFormat m_format = OutputFormat::Jsonl;
    QString m_agencyKey;
    QList<TokenQuery> m_queries;
    CustomerRun *m_customerRun = nullptr; // --customers and --all
    int m_listExitStatus = ExitOk;        // what the customer list alone calls for
    bool m_keyRejected = false;
    int m_exitStatus = ExitOk;
};

} // namespace TokenDesk::Cli
