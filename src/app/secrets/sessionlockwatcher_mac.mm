// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/sessionlockwatcher_mac.h"

#import <AppKit/AppKit.h>

#include <utility>

// Calls its handler for each notification, on the thread that posts it: the
// distributed center posts on the main thread, that of the Qt objects reached.
@interface LockObserver : NSObject
- (instancetype)initWithHandler:(std::function<void()>)handler;
- (void)notified:(NSNotification *)note;
@end

@implementation LockObserver {
    std::function<void()> _handler;
}
- (instancetype)initWithHandler:(std::function<void()>)handler
{
    if ((self = [super init]))
        _handler = std::move(handler);
    return self;
}
- (void)notified:(NSNotification *)note
{
    (void)note;
    if (_handler)
        _handler();
}
@end

namespace TokenDesk {

// The sleep block runs on the main queue, the thread of the Qt objects it reaches.
MacSessionObservers observeMacSession(std::function<void()> locked, std::function<void()> sleeping)
{
    MacSessionObservers observers;
    // Distributed notifications wait while the application is not in front
    // unless delivered immediately, and the screen locks precisely then.
    LockObserver *screen = [[LockObserver alloc] initWithHandler:std::move(locked)];
    [[NSDistributedNotificationCenter defaultCenter]
               addObserver:screen
                  selector:@selector(notified:)
                      name:@"com.apple.screenIsLocked"
                    object:nil
        suspensionBehavior:NSNotificationSuspensionBehaviorDeliverImmediately];
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
