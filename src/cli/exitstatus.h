// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenDesk::Cli {

// Exit statuses from the contract. 141 is what a shell reports for a tool
// that SIGPIPE ended: the reader of standard output went away.
enum ExitStatus : int {
    ExitOk = 0,
    ExitSomeFailed = 1,
    ExitUsage = 2,
    ExitKeyRejected = 3,
    ExitOutputFailed = 4,
    ExitInterrupted = 130, // SIGINT, Ctrl+C
    ExitReaderGone = 141,
    ExitTerminated = 143, // SIGTERM
};

} // namespace TokenDesk::Cli
