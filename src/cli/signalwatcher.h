// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace TokenDesk::Cli {

// Ctrl+C and SIGTERM (on Windows: Ctrl+C, Ctrl+Break, closing the console),
// heard on the event loop as signalled(); the second one ends the process at
// once with 128 + signal. One per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // Installs the handlers. Call once, before the event loop runs.
    void watch();

    // "Ctrl+C (SIGINT)" or "SIGTERM", for a sentence on standard error.
    static QString signalName(int signal);

Q_SIGNALS:
    void signalled(int signal);
};

} // namespace TokenDesk::Cli
