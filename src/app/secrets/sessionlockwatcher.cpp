// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/sessionlockwatcher.h"

#include <QWidget>

#if defined(TOKENDESK_HAVE_DBUS)
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#if defined(Q_OS_WIN)
#include <QAbstractNativeEventFilter>
#include <QCoreApplication>

#include <windows.h>
#include <wtsapi32.h>
#endif

#if defined(Q_OS_MACOS)
#include "app/secrets/sessionlockwatcher_mac.h"
#endif

namespace TokenDesk {

#if defined(Q_OS_WIN)
// Session changes come to the window registered for them; power broadcasts
// to every top-level window. Both through Qt's native event filter.
class SessionMessageFilter final : public QAbstractNativeEventFilter
{
public:
    explicit SessionMessageFilter(SessionLockWatcher *watcher)
        : m_watcher(watcher)
    {}

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType != "windows_generic_MSG" || !message)
            return false;
        const auto *msg = static_cast<const MSG *>(message);
        if (msg->message == WM_WTSSESSION_CHANGE && msg->wParam == WTS_SESSION_LOCK)
            Q_EMIT m_watcher->sessionLocked();
        else if (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND)
            Q_EMIT m_watcher->aboutToSleep();
        return false; // others may want them too
    }

private:
    SessionLockWatcher *m_watcher;
};

struct SessionLockWatcher::Native
{
    SessionMessageFilter filter;
    HWND window = nullptr;
};
#elif defined(Q_OS_MACOS)
struct SessionLockWatcher::Native
{
    MacSessionObservers observers;
};
#else
struct SessionLockWatcher::Native
{
};
#endif

SessionLockWatcher::SessionLockWatcher(QObject *parent)
    : QObject(parent)
{}

SessionLockWatcher::~SessionLockWatcher()
{
#if defined(Q_OS_WIN)
    if (m_native) {
        QCoreApplication::instance()->removeNativeEventFilter(&m_native->filter);
        if (m_native->window)
            WTSUnRegisterSessionNotification(m_native->window);
    }
#elif defined(Q_OS_MACOS)
    if (m_native)
        stopObservingMacSession(m_native->observers);
#endif
    delete m_native;
}

void SessionLockWatcher::start(QWidget *window)
{
#if defined(TOKENDESK_HAVE_DBUS)
    start(window, QDBusConnection::sessionBus(), QDBusConnection::systemBus());
#else
    startPlatform(window);
#endif
}

#if defined(TOKENDESK_HAVE_DBUS)
namespace {
const QString ScreenSaverSignal = QStringLiteral("ActiveChanged");
const QString Login1 = QStringLiteral("org.freedesktop.login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");

// A reply from the bus to a call made after the match rules were added: the
// bus has them by then, as it handles one connection's messages in order.
template <typename Done>
void afterRoundTrip(const QDBusConnection &bus, QObject *context, Done done)
{
    const QDBusMessage ping = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ping), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, done](QDBusPendingCallWatcher *) {
                         watcher->deleteLater();
                         if (!watcher->isError())
                             done();
                     });
}
} // namespace

void SessionLockWatcher::start(QWidget *window, const QDBusConnection &sessionBus,
                               const QDBusConnection &systemBus)
{
    startPlatform(window);
    // Qt D-Bus connects by slot name (SLOT()), the one form it has. Naming
    // the service makes it hear only the name's owner.
    if (sessionBus.isConnected()) {
        QDBusConnection bus(sessionBus);
        const QString freedesktop = QStringLiteral("org.freedesktop.ScreenSaver");
        for (const QString &path :
             {QStringLiteral("/ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver")})
            bus.connect(freedesktop, path, freedesktop, ScreenSaverSignal, this,
                        SLOT(onScreenSaverActiveChanged(bool)));
        const QString gnome = QStringLiteral("org.gnome.ScreenSaver");
        bus.connect(gnome, QStringLiteral("/org/gnome/ScreenSaver"), gnome, ScreenSaverSignal, this,
                    SLOT(onScreenSaverActiveChanged(bool)));
        afterRoundTrip(bus, this, [this] {
            m_sessionBusReady = true;
            Q_EMIT watching();
        });
    }
    if (!systemBus.isConnected())
        return;
    QDBusConnection bus(systemBus);
    bus.connect(Login1, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"), this,
                SLOT(onPrepareForSleep(bool)));
    // Lock is sent to one session's object: this process's.
    QDBusMessage call = QDBusMessage::createMethodCall(Login1, Login1Path, Login1Manager,
                                                       QStringLiteral("GetSessionByPID"));
    call << static_cast<uint>(QCoreApplication::applicationPid());
    auto *pending = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, pending, bus] {
        pending->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *pending;
        if (reply.isError()) // no logind, or not in a session: nothing to hear
            return;
        const QString path = reply.value().path();
        QDBusConnection(bus).connect(Login1, path, QStringLiteral("org.freedesktop.login1.Session"),
                                     QStringLiteral("Lock"), this, SLOT(onLogindLock()));
        afterRoundTrip(bus, this, [this, path] {
            m_logindSession = path;
            Q_EMIT watching();
        });
    });
}
#endif

void SessionLockWatcher::startPlatform([[maybe_unused]] QWidget *window)
{
    if (m_native)
        return;
    m_native = new Native
    {
#if defined(Q_OS_WIN)
        SessionMessageFilter(this)
#endif
    };
#if defined(Q_OS_WIN)
    QCoreApplication::instance()->installNativeEventFilter(&m_native->filter);
    if (window) {
        const auto hwnd = reinterpret_cast<HWND>(window->winId());
        if (WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
            m_native->window = hwnd;
    }
#elif defined(Q_OS_MACOS)
    m_native->observers =
        observeMacSession([this] { Q_EMIT sessionLocked(); }, [this] { Q_EMIT aboutToSleep(); });
#endif
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT sessionLocked();
}

void SessionLockWatcher::onLogindLock()
{
    Q_EMIT sessionLocked();
}

void SessionLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT aboutToSleep();
}

} // namespace TokenDesk
