// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/sessionlockwatcher.h"

#include <QWidget>

#if defined(TOKENDESK_HAVE_DBUS)
#include <QCoreApplication>
#include <QDBusConnection>
#include <QPointer>
#include <QThreadPool>

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#if defined(Q_OS_WIN)
#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QTimer>

#include <chrono>

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
        // A remote or console disconnect leaves the session unattended too.
        if (msg->message == WM_WTSSESSION_CHANGE &&
            (msg->wParam == WTS_SESSION_LOCK || msg->wParam == WTS_REMOTE_DISCONNECT ||
             msg->wParam == WTS_CONSOLE_DISCONNECT))
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
    int registerAttempts = 0;
};

namespace {
// At logon the terminal service may not run yet: registering is tried again.
constexpr int MaxRegisterAttempts = 10;
constexpr std::chrono::seconds RegisterRetryDelay{3};
} // namespace
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
    startPlatform(window);
    // Connecting waits for the bus's answer: never on the GUI thread. The
    // pointers are only read back on it. Qt's global pool, not a detached
    // thread: the application waits for it before it is gone, so the worker
    // never outlives the objects it posts to.
    const QPointer<SessionLockWatcher> self(this);
    const QPointer<QWidget> target(window);
    QThreadPool::globalInstance()->start([self, target] {
        const QDBusConnection session = QDBusConnection::sessionBus();
        const QDBusConnection system = QDBusConnection::systemBus();
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                app,
                [self, target, session, system] {
                    if (self)
                        self->start(target, session, system);
                },
                Qt::QueuedConnection);
    });
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
const QString DBusService = QStringLiteral("org.freedesktop.DBus");

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(DBusService, QStringLiteral("/org/freedesktop/DBus"),
                                          DBusService, method);
}

// A reply from the bus to a call made after the match rules were added: the
// bus has them by then, as it handles one connection's messages in order.
template <typename Done>
void afterRoundTrip(const QDBusConnection &bus, QObject *context, Done done)
{
    auto *watcher =
        new QDBusPendingCallWatcher(bus.asyncCall(busCall(QStringLiteral("GetId"))), context);
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
    // No service named in connect(): Qt would ask the bus for the name's
    // owner with a blocking call. Each signal's sender is checked instead,
    // asynchronously (fromOwnerOf), so a hung bus never freezes the window.
    if (sessionBus.isConnected()) {
        QDBusConnection bus(sessionBus);
        const QString freedesktop = QStringLiteral("org.freedesktop.ScreenSaver");
        for (const QString &path :
             {QStringLiteral("/ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver")})
            bus.connect(QString(), path, freedesktop, ScreenSaverSignal, this,
                        SLOT(onScreenSaverActiveChanged(bool, QDBusMessage)));
        const QString gnome = QStringLiteral("org.gnome.ScreenSaver");
        bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), gnome, ScreenSaverSignal,
                    this, SLOT(onScreenSaverActiveChanged(bool, QDBusMessage)));
        m_sessionBus = std::make_unique<QDBusConnection>(bus);
        afterRoundTrip(bus, this, [this] {
            m_sessionBusReady = true;
            Q_EMIT watching();
        });
    }
    if (!systemBus.isConnected())
        return;
    QDBusConnection bus(systemBus);
    m_systemBus = std::make_unique<QDBusConnection>(bus);
    bus.connect(QString(), Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"), this,
                SLOT(onPrepareForSleep(bool, QDBusMessage)));
    findLogindSession(0);
}

// Lock is sent to one session's object: this process's. An application
// started outside any logind session (by a user service of current GNOME and
// KDE) has none of its own, so "auto" (logind's name for the caller's
// session, else its user's display session) comes first, then the session
// of $XDG_SESSION_ID, then the one of this process.
void SessionLockWatcher::findLogindSession(int attempt)
{
    QDBusMessage call;
    const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
    switch (attempt) {
    case 0:
        call = QDBusMessage::createMethodCall(Login1, Login1Path, Login1Manager,
                                              QStringLiteral("GetSession"));
        call << QStringLiteral("auto");
        break;
    case 1:
        if (sessionId.isEmpty())
            return findLogindSession(2);
        call = QDBusMessage::createMethodCall(Login1, Login1Path, Login1Manager,
                                              QStringLiteral("GetSession"));
        call << sessionId;
        break;
    case 2:
        call = QDBusMessage::createMethodCall(Login1, Login1Path, Login1Manager,
                                              QStringLiteral("GetSessionByPID"));
        call << static_cast<uint>(QCoreApplication::applicationPid());
        break;
    default:
        return; // no logind, or no session: nothing to hear
    }
    const QDBusConnection bus = *m_systemBus;
    auto *pending = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, pending, bus, attempt] {
        pending->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *pending;
        if (reply.isError())
            return findLogindSession(attempt + 1);
        const QString path = reply.value().path();
        QDBusConnection(bus).connect(
            QString(), path, QStringLiteral("org.freedesktop.login1.Session"),
            QStringLiteral("Lock"), this, SLOT(onLogindLock(QDBusMessage)));
        afterRoundTrip(bus, this, [this, path] {
            m_logindSession = path;
            Q_EMIT watching();
        });
    });
}

// Only the owner of the service's name is heard: any other program on the
// bus could send the same signal. The bus's answer, asynchronous, decides.
template <typename Heard>
void SessionLockWatcher::fromOwnerOf(const QDBusConnection &bus, const QString &service,
                                     const QString &sender, Heard heard)
{
    QDBusMessage call = busCall(QStringLiteral("GetNameOwner"));
    call << service;
    auto *pending = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [pending, sender, heard] {
        pending->deleteLater();
        const QDBusPendingReply<QString> owner = *pending;
        if (!owner.isError() && owner.value() == sender)
            heard();
    });
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active, const QDBusMessage &message)
{
    // The interface is the service's name: org.freedesktop.ScreenSaver or
    // org.gnome.ScreenSaver.
    if (active && m_sessionBus)
        fromOwnerOf(*m_sessionBus, message.interface(), message.service(),
                    [this] { Q_EMIT sessionLocked(); });
}

void SessionLockWatcher::onLogindLock(const QDBusMessage &message)
{
    if (m_systemBus)
        fromOwnerOf(*m_systemBus, Login1, message.service(), [this] { Q_EMIT sessionLocked(); });
}

void SessionLockWatcher::onPrepareForSleep(bool sleeping, const QDBusMessage &message)
{
    if (sleeping && m_systemBus)
        fromOwnerOf(*m_systemBus, Login1, message.service(), [this] { Q_EMIT aboutToSleep(); });
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
    if (window)
        registerSessionNotification(reinterpret_cast<HWND>(window->winId()));
#elif defined(Q_OS_MACOS)
    m_native->observers =
        observeMacSession([this] { Q_EMIT sessionLocked(); }, [this] { Q_EMIT aboutToSleep(); });
#endif
}

#if defined(Q_OS_WIN)
void SessionLockWatcher::registerSessionNotification(HWND hwnd) // HWND is HWND__ *
{
    if (WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)) {
        m_native->window = hwnd;
        return;
    }
    if (++m_native->registerAttempts < MaxRegisterAttempts)
        QTimer::singleShot(RegisterRetryDelay, this,
                           [this, hwnd] { registerSessionNotification(hwnd); });
}
#endif

} // namespace TokenDesk
