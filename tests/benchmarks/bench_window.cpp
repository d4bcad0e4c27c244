// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Batches against a sandbox in its own process, with 20 ms added to every
// reply: 1,000 IDs through tokendesk-cli and through the window's own queue and
// model (both at 32 in flight), then 10,000 IDs in the window while a timer
// probe measures the longest stall of the GUI event loop. Prints figures.
#include "app/mainwindow.h"
#include "benchmarkprobe.h"
#include "core/partnerapi.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

#include <cstdio>

using namespace TokenDesk;

namespace {
constexpr int LatencyMs = 20;
constexpr int Concurrency = 32;
const char *const DemoKey = "demo-agency-key-0000";

struct SandboxProcess
{
    QProcess process;
    QString baseUrl;
};

bool startSandbox(SandboxProcess &sandbox, int customers)
{
    sandbox.process.start(QStringLiteral(TOKENDESK_SANDBOX_PATH),
                          {QStringLiteral("--latency-ms"), QString::number(LatencyMs),
                           QStringLiteral("--customers"), QString::number(customers)});
    if (!sandbox.process.waitForReadyRead(10000))
        return false;
    sandbox.baseUrl = QString::fromLatin1(sandbox.process.readLine().trimmed());
    return sandbox.baseUrl.startsWith(QLatin1String("http://"));
}

QStringList customerIds(int count)
{
    QStringList ids;
    const Sandbox::SandboxData data(count);
    for (const auto &customer : data.customers())
        ids.append(customer.id);
    return ids;
}

qint64 runCli(const QString &baseUrl, const QStringList &ids, int *okRecords)
{
    QTemporaryFile list;
    list.open();
    list.write(ids.join(QLatin1Char('\n')).toUtf8());
    list.flush();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENDESK_API_KEY"), QLatin1String(DemoKey));
    cli.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(TOKENDESK_CLI_PATH),
              {QStringLiteral("-j"), QString::number(Concurrency), QStringLiteral("-f"),
               QStringLiteral("jsonl"), QStringLiteral("--base-url"), baseUrl, QStringLiteral("-i"),
               list.fileName()});
    cli.waitForFinished(300000);
    const qint64 elapsed = clock.elapsed();
    *okRecords = static_cast<int>(cli.readAllStandardOutput().count("\"ok\":true"));
    return elapsed;
}

struct WindowRun
{
    qint64 elapsedMs = 0;
    qint64 longestStallMs = 0;
    int finalRows = 0;
};

WindowRun runWindow(const QString &baseUrl, const QStringList &ids)
{
    PartnerApi api;
    api.setBaseUrl(baseUrl);
    MainWindow window(&api);
    window.setAgencyKey(QLatin1String(DemoKey));
    window.findChild<QSpinBox *>(QStringLiteral("concurrencySpinBox"))->setValue(Concurrency);
    window.show();
    QList<TokenQuery> queries;
    for (const QString &id : ids)
        queries.append(TokenQuery::forUser(id));

    QEventLoop loop;
    QObject::connect(&window, &MainWindow::batchFinished, &loop, &QEventLoop::quit);
    Bench::StallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    window.fetchQueries(queries);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit); // never hang the run
    loop.exec();
    WindowRun run;
    run.elapsedMs = clock.elapsed();
    run.longestStallMs = probe.stop();
    const TokenTableModel *model = window.tokenModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto state =
            static_cast<TokenTableModel::RowState>(model->index(row, 0).data(RowStateRole).toInt());
        run.finalRows += state == TokenTableModel::RowState::Active ||
                         state == TokenTableModel::RowState::Inactive;
    }
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    SandboxProcess sandbox;
    if (!startSandbox(sandbox, 10000)) {
        std::fprintf(stderr, "bench_window: the sandbox did not start\n");
        return 1;
    }
    const QStringList ids = customerIds(10000);
    const QStringList thousand = ids.mid(0, 1000);
    const double bound = 1000.0 * LatencyMs / Concurrency;

    int cliOk = 0;
    const qint64 cliMs = runCli(sandbox.baseUrl, thousand, &cliOk);
    const WindowRun small = runWindow(sandbox.baseUrl, thousand);
    const WindowRun large = runWindow(sandbox.baseUrl, ids);

    std::printf("batch                              wall ms   vs bound   ok rows  longest stall\n");
    std::printf("bound N*L/C, 1000 ids             %8.0f\n", bound);
    std::printf("tokendesk-cli, 1000 ids           %8lld   %7.2fx  %7d\n", cliMs, cliMs / bound,
                cliOk);
    std::printf("window queue+model, 1000 ids      %8lld   %7.2fx  %7d  %6lld ms\n",
                small.elapsedMs, small.elapsedMs / bound, small.finalRows, small.longestStallMs);
    std::printf("window queue+model, 10000 ids     %8lld   %7.2fx  %7d  %6lld ms\n",
                large.elapsedMs, large.elapsedMs / (bound * 10), large.finalRows,
                large.longestStallMs);
    std::printf("window / cli (1000 ids)           %8.2fx\n",
                static_cast<double>(small.elapsedMs) / std::max<qint64>(cliMs, 1));
    std::printf("peak resident memory              %8lld KiB\n", Bench::peakResidentKiB());
    std::fflush(stdout);

    sandbox.process.kill();
    sandbox.process.waitForFinished();
    const bool allOk = cliOk == 1000 && small.finalRows == 1000 && large.finalRows == 10000;
    return allOk ? 0 : 1;
}
