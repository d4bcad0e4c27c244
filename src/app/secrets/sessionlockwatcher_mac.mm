// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/sessionlockwatcher_mac.h"

#import <AppKit/AppKit.h>

namespace TokenDesk {

// Blocks run on the main queue, the thread of the Qt objects they reach.
MacSessionObservers observeMacSession(std::function<void()> locked,
                                      std::function<void()> sleeping)
{
    MacSessionObservers observers;
    id screen = [[NSDistributedNotificationCenter defaultCenter]
        addObserverForName:@"com.apple.screenIsLocked"
                    object:nil
                     queue:[NSOperationQueue mainQueue]
                usingBlock:^(NSNotification *note) {
                  (void)note;
                  locked();
                }];
    id sleep = [[[NSWorkspace sharedWorkspace] notificationCenter]
        addObserverForName:NSWorkspaceWillSleepNotification
                    object:nil
                     queue:[NSOperationQueue mainQueue]
                usingBlock:^(NSNotification *note) {
                  (void)note;
                  sleeping();
                }];
    // Built with ARC (src/app/CMakeLists.txt): the casts hand each observer
    // over to the struct and back to ARC in stopObservingMacSession().
    observers.screenLocked = (__bridge_retained void *)screen;
    observers.willSleep = (__bridge_retained void *)sleep;
    return observers;
}

void stopObservingMacSession(MacSessionObservers &observers)
{
    if (observers.screenLocked) {
        id screen = (__bridge_transfer id)observers.screenLocked;
        [[NSDistributedNotificationCenter defaultCenter] removeObserver:screen];
    }
    if (observers.willSleep) {
        id sleep = (__bridge_transfer id)observers.willSleep;
        [[[NSWorkspace sharedWorkspace] notificationCenter] removeObserver:sleep];
    }
    observers = {};
}

} // namespace TokenDesk
