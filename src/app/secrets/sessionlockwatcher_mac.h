// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace TokenDesk {

// The two macOS observers of SessionLockWatcher (sessionlockwatcher_mac.mm):
// com.apple.screenIsLocked (distributed) and NSWorkspaceWillSleepNotification.
struct MacSessionObservers
{
    void *screenLocked = nullptr; // id<NSObject>, retained
    void *willSleep = nullptr;
};

MacSessionObservers observeMacSession(std::function<void()> locked, std::function<void()> sleeping);
void stopObservingMacSession(MacSessionObservers &observers);

} // namespace TokenDesk
