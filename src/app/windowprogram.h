// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QApplication;

namespace TokenDesk {

// The window program from its command line to the end of its event loop:
// startProgram(), style and language, --demo/--base-url/--verbose,
// resolveConfig(), the window, the profile opened after the first paint.
// tokendesk's main() is this alone; the startup benchmark's probe
// (tests/benchmarks/startup_probe.cpp) is this with afterFirstPaint, so it
// measures the very start users get. afterFirstPaint, when given, runs once
// right after the window's first paint. Returns the exit status.
int runWindowProgram(QApplication &app, const std::function<void()> &afterFirstPaint = {});

} // namespace TokenDesk
