// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;
#if defined(Q_OS_WIN)
struct HWND__; // windows.h's HWND is HWND__ *
#endif
#if defined(TOKENDESK_HAVE_DBUS)
class QDBusConnection;
class QDBusMessage;
#endif

namespace TokenDesk {

// Says when the user's session locks and when the machine is about to sleep.
// Linux: ActiveChanged(true) of org.freedesktop.ScreenSaver (at /ScreenSaver
// and /org/freedesktop/ScreenSaver) and of org.gnome.ScreenSaver on the
// session bus; logind's Lock on the user's session and
// PrepareForSleep(true) on the system bus, each only from the owner of the
// service's name, and nothing on the GUI thread waits for a bus. Windows:
// WTS_SESSION_LOCK, WTS_REMOTE_DISCONNECT, WTS_CONSOLE_DISCONNECT and
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

    // Starts listening: the session bus and system bus (Linux; connected in
    // a thread of their own, as connecting waits for the bus), the window's
    // session notifications (Windows registers them on it), the workspace
    // notifications (macOS).
    void start(QWidget *window);
#if defined(TOKENDESK_HAVE_DBUS)
    // The same on given buses, already connected.
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

#if defined(TOKENDESK_HAVE_DBUS)
private Q_SLOTS:
    // Qt D-Bus connects signals to slots by name only; the message tells the sender.
    void onScreenSaverActiveChanged(bool active, const QDBusMessage &message);
    void onLogindLock(const QDBusMessage &message);
    void onPrepareForSleep(bool sleeping, const QDBusMessage &message);
#endif

private:
    void startPlatform(QWidget *window);
#if defined(Q_OS_WIN)
    void registerSessionNotification(HWND__ *hwnd);
#endif
#if defined(TOKENDESK_HAVE_DBUS)
    void findLogindSession(int attempt);
    template <typename Heard>
    void fromOwnerOf(const QDBusConnection &bus, const QString &service, const QString &sender,
                     Heard heard);

    std::unique_ptr<QDBusConnection> m_sessionBus;
    std::unique_ptr<QDBusConnection> m_systemBus;
#endif

    struct Native;
    Native *m_native = nullptr;
    QString m_logindSession; // the session's object path on the system bus
    bool m_sessionBusReady = false;
};

} // namespace TokenDesk
