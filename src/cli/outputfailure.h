// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace TokenDesk::Cli {

class Console;

// Watches a Console for its first failed write (disk full, closed stream,
// the reader of standard output gone) and tells the run once, on the event
// loop, after the code that wrote has returned: the run decides what to stop.
class OutputFailure final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputFailure)

public:
    OutputFailure(Console &console, QObject *parent = nullptr);

    bool happened() const;
    // What a failed write calls for: 141 without a word when the reader went
    // away, as Unix tools do; otherwise 4, with the system's reason said on
    // standard error (when that can still be written). Says it once.
    int report();
    // The status alone, when the run has said enough already.
    int exitStatus() const;

Q_SIGNALS:
    void failed();

private:
    Console &m_console;
    bool m_reported = false;
};

} // namespace TokenDesk::Cli
