// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalwatcher.h"

#include "clitr.h"

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
SignalWatcher *g_watcher = nullptr;
std::atomic<int> g_signalsSeen{0};

// Runs on a thread of its own: hand the event to the watcher's thread.
BOOL WINAPI onConsoleControl(DWORD type)
{
    const int signal = type == CTRL_C_EVENT ? SIGINT : SIGTERM;
    if (g_signalsSeen.fetch_add(1) > 0)
        std::_Exit(128 + signal); // the second one ends at once
    QMetaObject::invokeMethod(
        g_watcher, [signal] { Q_EMIT g_watcher->signalled(signal); }, Qt::QueuedConnection);
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

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{}

SignalWatcher::~SignalWatcher() = default;

QString SignalWatcher::signalName(int signal)
{
    return signal == SIGINT ? CliText::tr("Ctrl+C (SIGINT)") : QStringLiteral("SIGTERM");
}

void SignalWatcher::watch()
{
#ifdef Q_OS_WIN
    g_watcher = this;
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
            Q_EMIT signalled(byte);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

} // namespace TokenDesk::Cli
