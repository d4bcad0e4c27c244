// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The end of a startup run (startup.sh), for the probe and the bare window
// alike: prints "first-paint-us <microseconds since the epoch>" on standard
// output and quits. Run through AfterFirstPaint, right after the first paint.

#include <QCoreApplication>

#include <chrono>
#include <cstdio>

namespace TokenDesk {

inline void reportFirstPaintAndQuit()
{
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    std::printf("first-paint-us %lld\n", static_cast<long long>(now.count()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace TokenDesk
