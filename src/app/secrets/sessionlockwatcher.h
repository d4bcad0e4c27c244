// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;
#if defined(TOKENDESK_HAVE_DBUS)
class QDBusConnection;
#endif

namespace TokenDesk {

// Says when the user's session locks and when the machine is about to sleep.
// Linux: ActiveChanged(true) of org.freedesktop.ScreenSaver (at /ScreenSaver
// and /org/freedesktop/ScreenSaver) and of org.gnome.ScreenSaver on the
// session bus; logind's Lock on this process's session and
// PrepareForSleep(true) on the system bus. Windows: WTS_SESSION_LOCK and
// PBT_APMSUSPEND. macOS: com.apple.screenIsLocked and
// NSWorkspaceWillSleepNotification. A missing bus or service is no error:
// then that source says nothing.
class SessionLockWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLockWatcher)

public:
    explicit SessionLockWatcher(QObject *parent = nullptr);
    ~SessionLockWatcher() override;

    // Starts listening: the window's session bus and system bus (Linux), its
    // session notifications (window: Windows registers them on it), the
    // workspace notifications (macOS).
    void start(QWidget *window);
#if defined(TOKENDESK_HAVE_DBUS)
    // The same on given buses.
    void start(QWidget *window, const QDBusConnection &sessionBus,
               const QDBusConnection &systemBus);
#endif
    // The session bus's match rules are in place; logind's too, once the
    // session's object is known (false when there is none).
    bool isWatchingSessionBus() const
    {
        return m_sessionBusReady;
    }
    bool isWatchingLogind() const
    {
        return !m_logindSession.isEmpty();
    }

Q_SIGNALS:
    void sessionLocked();
    void aboutToSleep();
    // isWatchingSessionBus() or isWatchingLogind() became true.
    void watching();

private Q_SLOTS:
    // Qt D-Bus connects signals to slots by name only.
    void onScreenSaverActiveChanged(bool active);
    void onLogindLock();
    void onPrepareForSleep(bool sleeping);

private:
    void startPlatform(QWidget *window);

    struct Native;
    Native *m_native = nullptr;
    QString m_logindSession; // the session's object path on the system bus
    bool m_sessionBusReady = false;
};

} // namespace TokenDesk
