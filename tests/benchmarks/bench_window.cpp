// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Batches against a sandbox in its own process, with 20 ms added to every
// reply. 1,000 IDs through tokendesk-cli and through the window (both at 32
// in flight), each a whole process timed from start to exit, three times in
// turn; then, in this process, 1,000 and 10,000 IDs through the window's own
// queue and model while a timer probe measures the longest stall of the GUI
// event loop. Prints figures. TOKENDESK_BENCH_SMOKE=1: 50 and 200 IDs, once.
//
// bench_window --window-batch BASE_URL ID_FILE is the window's side of the
// whole-process comparison: it shows the window, fetches the IDs and exits.
#include "app/window/mainwindow.h"
#include "benchmarkprobe.h"
#include "core/partnerapi.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

#include <algorithm>
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

struct ProcessRun
{
    qint64 elapsedMs = 0;
    int okRecords = 0;
};

// Runs a program to its exit with the ID list; `okPattern` counts the IDs
// fetched in what it prints.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QByteArray &okPattern)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENDESK_API_KEY"), QLatin1String(DemoKey));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // never a full pipe
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.waitForFinished(300000);
    ProcessRun run;
    run.elapsedMs = clock.elapsed();
    const QByteArray output = process.readAllStandardOutput();
    run.okRecords = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                        ? static_cast<int>(output.count(okPattern))
                        : 0;
    return run;
}

ProcessRun runCli(const QString &baseUrl, const QString &idFile)
{
    return runProcess(QStringLiteral(TOKENDESK_CLI_PATH),
                      {QStringLiteral("-j"), QString::number(Concurrency), QStringLiteral("-f"),
                       QStringLiteral("jsonl"), QStringLiteral("--base-url"), baseUrl,
                       QStringLiteral("-i"), idFile},
                      "\"ok\":true");
}

ProcessRun runWindowProcess(const QString &baseUrl, const QString &idFile)
{
    return runProcess(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--window-batch"), baseUrl, idFile}, "fetched\n");
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
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

// The window's side of the whole-process comparison; prints one line per ID fetched.
int windowBatch(const QString &baseUrl, const QString &idFile)
{
    QFile file(idFile);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QStringList ids =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const WindowRun run = runWindow(baseUrl, ids);
    for (int i = 0; i < run.finalRows; ++i)
        std::fputs("fetched\n", stdout);
    return run.finalRows == ids.size() ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--window-batch"))
        return windowBatch(arguments.at(2), arguments.at(3));

    const bool smoke = Bench::smoke();
    const int smallCount = smoke ? 50 : 1000;
    const int largeCount = smoke ? 200 : 10000;
    const int runs = smoke ? 1 : 3;

    SandboxProcess sandbox;
    if (!startSandbox(sandbox, largeCount)) {
        std::fprintf(stderr, "bench_window: the sandbox did not start\n");
        return 1;
    }
    const QStringList ids = customerIds(largeCount);
    const QStringList small = ids.mid(0, smallCount);
    QTemporaryFile smallFile;
    if (!smallFile.open() || smallFile.write(small.join(QLatin1Char('\n')).toUtf8()) < 0 ||
        !smallFile.flush()) {
        std::fprintf(stderr, "bench_window: cannot write the ID list\n");
        return 1;
    }
    const double bound = 1.0 * smallCount * LatencyMs / Concurrency;

    // Whole processes, in turn, so a busy spell of the machine hits both.
    QList<qint64> cliMs, windowMs;
    bool allOk = true;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun cli = runCli(sandbox.baseUrl, smallFile.fileName());
        const ProcessRun window = runWindowProcess(sandbox.baseUrl, smallFile.fileName());
        cliMs.append(cli.elapsedMs);
        windowMs.append(window.elapsedMs);
        allOk = allOk && cli.okRecords == smallCount && window.okRecords == smallCount;
    }
    const WindowRun inSmall = runWindow(sandbox.baseUrl, small);
    const WindowRun inLarge = runWindow(sandbox.baseUrl, ids);
    allOk = allOk && inSmall.finalRows == smallCount && inLarge.finalRows == largeCount;

    std::printf("batch, %d ms latency, %d in flight          wall ms   vs bound   ok rows  "
                "longest stall\n",
                LatencyMs, Concurrency);
    std::printf("bound N*L/C, %5d ids                     %8.0f\n", smallCount, bound);
    std::printf("whole process, start to exit, median of %d:\n", runs);
    std::printf("  tokendesk-cli, %5d ids                 %8.0f   %7.2fx\n", smallCount,
                median(cliMs), median(cliMs) / bound);
    std::printf("  window (shown, offscreen), %5d ids     %8.0f   %7.2fx\n", smallCount,
                median(windowMs), median(windowMs) / bound);
    std::printf("  window / cli, both whole process        %8.2fx\n",
                median(windowMs) / std::max(median(cliMs), 1.0));
    std::printf("in this process, fetchQueries() to batchFinished():\n");
    std::printf("  window queue+model, %5d ids            %8lld   %7.2fx  %7d  %6lld ms\n",
                smallCount, inSmall.elapsedMs, inSmall.elapsedMs / bound, inSmall.finalRows,
                inSmall.longestStallMs);
    std::printf("  window queue+model, %5d ids            %8lld   %7.2fx  %7d  %6lld ms\n",
                largeCount, inLarge.elapsedMs,
                inLarge.elapsedMs / (bound * largeCount / smallCount), inLarge.finalRows,
                inLarge.longestStallMs);
    std::printf("peak resident memory of this process      %8lld KiB\n", Bench::peakResidentKiB());
    std::fflush(stdout);

    sandbox.process.kill();
    sandbox.process.waitForFinished();
    if (!allOk)
        std::fprintf(stderr, "bench_window: a run did not fetch every ID\n");
    return allOk ? 0 : 1;
}
