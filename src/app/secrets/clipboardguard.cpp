// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/clipboardguard.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>
#include <limits>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#include <QVariant>
#endif

namespace TokenDesk {

namespace {

using namespace std::chrono_literals;

// Our name inside Qt for the macOS concealed marker; see the converter below.
constexpr QLatin1String ConcealedMime("application/x-nspasteboard-concealed-type");

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// Qt's Windows clipboard turns this MIME form into a registered clipboard
// format with the given name and passes the bytes through unchanged.
QString windowsFormat(QLatin1String name)
{
    return QLatin1String("application/x-qt-windows-mime;value=\"") + name + QLatin1Char('"');
}

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// Without a converter Qt publishes an unknown MIME type as
// com.trolltech.anymime.…, a name no clipboard manager looks for.
// The nspasteboard.org marker that macOS clipboard managers honour:
constexpr QLatin1String ConcealedUti("org.nspasteboard.ConcealedType");

class ConcealedTypeConverter final : public QUtiMimeConverter
{
public:
    QString utiForMime(const QString &mime) const override
    {
        return mime == ConcealedMime ? QString(ConcealedUti) : QString();
    }
    QString mimeForUti(const QString &uti) const override
    {
        return uti == ConcealedUti ? QString(ConcealedMime) : QString();
    }
    QList<QByteArray> convertFromMime(const QString &mime, const QVariant &data,
                                      const QString &uti) const override
    {
        if (mime != ConcealedMime || uti != ConcealedUti)
            return {};
        return {data.toByteArray()};
    }
    QVariant convertToMime(const QString &mime, const QList<QByteArray> &data,
                           const QString &uti) const override
    {
        if (mime != ConcealedMime || uti != ConcealedUti || data.isEmpty())
            return {};
        return data.constFirst();
    }
};

void registerConcealedConverter()
{
    // The constructor registers it; Qt owns registered converters and deletes
    // them at exit. It must come after the QGuiApplication, as the guard does.
    static const bool registered = [] {
        new ConcealedTypeConverter; // NOLINT(cppcoreguidelines-owning-memory): Qt owns it
        return true;
    }();
    Q_UNUSED(registered)
}
#else
// Qt 6.4 has no public converter API on macOS (QMacInternalPasteboardMime is
// private), so there the concealed marker reaches the pasteboard only under
// Qt's generic name: clipboard managers on macOS may keep the token.
void registerConcealedConverter() {}
#endif

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_tick(new QTimer(this))
{
    registerConcealedConverter();
    m_tick->setInterval(1s);
    m_tick->setTimerType(Qt::PreciseTimer); // a coarse timer drifts the countdown
    connect(m_tick, &QTimer::timeout, this, &ClipboardGuard::tick);
    connect(clipboard, &QClipboard::changed, this, &ClipboardGuard::onClipboardChanged);
    // While the event loop still runs, which some systems need to serve the clear.
    if (auto *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            stopCountdown();
            clearNow();
        });
    }
    // A system that refused the clear to an unfocused window lets it through
    // once TokenDesk is in front again.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        retryRefusedClear();
                });
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // A secret must not outlive the application on the clipboard. No signals
    // from a destructor: whoever listened may be half gone.
    m_tick->stop();
    clearNow();
}

void ClipboardGuard::setClearDelay(std::chrono::seconds delay)
{
    m_clearDelay = std::max(delay, 0s);
    if (m_clearDelay == 0s)
        stopCountdown();
}

ClipboardGuard::Platform ClipboardGuard::nativePlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::LinuxBsd;
#endif
}

QMimeData *ClipboardGuard::secretMimeData(const QString &secret)
{
    return secretMimeData(secret, nativePlatform());
}

// Pure, so every platform's layout is checked on any platform; whether the
// system honours it can only be seen on that system.
QMimeData *ClipboardGuard::secretMimeData(const QString &secret, Platform platform)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    switch (platform) {
    case Platform::LinuxBsd:
        // KDE's Klipper and most Linux clipboard managers skip data with this hint.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        break;
    case Platform::Windows: {
        // A DWORD 0, little-endian: not in the clipboard history, not synced to
        // the cloud. The monitor exclusion counts by its presence alone.
        const QByteArray dwordZero(4, '\0');
        mime->setData(windowsFormat(QLatin1String("ExcludeClipboardContentFromMonitorProcessing")),
                      dwordZero);
        mime->setData(windowsFormat(QLatin1String("CanIncludeInClipboardHistory")), dwordZero);
        mime->setData(windowsFormat(QLatin1String("CanUploadToCloudClipboard")), dwordZero);
        break;
    }
    case Platform::MacOS:
        // The marker's content is ignored; it must not be another copy of the secret.
        mime->setData(ConcealedMime, QByteArrayLiteral("secret"));
        break;
    }
    return mime;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    if (!m_clipboard)
        return;
    // The hash first: setMimeData() signals a change, which must see ours.
    m_secretHash = hashOf(secret);
    // Only the main clipboard: the selection would spread it to every middle-click.
    m_clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    if (m_clearDelay == 0s) {
        stopCountdown();
        return;
    }
    m_secondsLeft = static_cast<int>(
        std::min<std::chrono::seconds::rep>(m_clearDelay.count(), std::numeric_limits<int>::max()));
    m_tick->start(); // each copy restarts the delay
    Q_EMIT secondsLeftChanged(m_secondsLeft);
}

void ClipboardGuard::tick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT secondsLeftChanged(m_secondsLeft);
        return;
    }
    stopCountdown();
    if (holds(QClipboard::Clipboard) || ownSelectionHolds()) {
        const bool cleared = clearNow();
        m_retryPending = !cleared;
        Q_EMIT clipboardCleared(cleared);
    } else {
        m_secretHash.clear();
    }
}

void ClipboardGuard::retryRefusedClear()
{
    if (!m_retryPending)
        return;
    if (!holds(QClipboard::Clipboard) && !ownSelectionHolds()) {
        m_retryPending = false; // replaced meanwhile: nothing of ours left
        m_secretHash.clear();
        return;
    }
    if (clearNow()) {
        m_retryPending = false;
        stopCountdown();
        Q_EMIT clipboardCleared(true);
    }
}

void ClipboardGuard::stopCountdown()
{
    const bool wasPending = m_tick->isActive();
    m_tick->stop();
    m_secondsLeft = 0;
    if (wasPending)
        Q_EMIT secondsLeftChanged(0);
}

void ClipboardGuard::onClipboardChanged(QClipboard::Mode mode)
{
    // Someone else's data now: nothing of ours left to clear, so stop counting.
    if (mode != QClipboard::Clipboard || m_clearing || m_secretHash.isEmpty())
        return;
    if (!holds(QClipboard::Clipboard) && !ownSelectionHolds()) {
        stopCountdown();
        m_secretHash.clear();
        m_retryPending = false;
    }
}

bool ClipboardGuard::holds(QClipboard::Mode mode) const
{
    return m_clipboard && !m_secretHash.isEmpty() &&
           hashOf(m_clipboard->text(mode)) == m_secretHash;
}

// TokenDesk never puts a secret on the selection, but a widget may have (a
// selected revealed token): clear it only where TokenDesk owns the selection.
bool ClipboardGuard::ownSelectionHolds() const
{
    return m_clipboard && m_clipboard->supportsSelection() && m_clipboard->ownsSelection() &&
           holds(QClipboard::Selection);
}

bool ClipboardGuard::clearIfUnchanged()
{
    const bool ours = holds(QClipboard::Clipboard) || ownSelectionHolds();
    if (clearNow()) {
        stopCountdown();
        m_retryPending = false;
        return true;
    }
    if (!ours) {
        stopCountdown();
        m_secretHash.clear(); // replaced meanwhile: nothing of ours to clear
        m_retryPending = false;
        return false;
    }
    // Refused: the countdown and the hash stay, so its end and the window
    // becoming active again try once more.
    m_retryPending = true;
    Q_EMIT clipboardCleared(false);
    return false;
}

bool ClipboardGuard::isClearRefused() const
{
    return m_retryPending;
}

bool ClipboardGuard::clearNow()
{
    if (m_secretHash.isEmpty() || !m_clipboard)
        return false;
    const QScopedValueRollback<bool> clearing(m_clearing, true);
    const bool onClipboard = holds(QClipboard::Clipboard);
    const bool onSelection = ownSelectionHolds();
    if (onClipboard)
        m_clipboard->clear(QClipboard::Clipboard);
    if (onSelection)
        m_clipboard->clear(QClipboard::Selection);
    // Some systems refuse a clear from an unfocused window: report the truth.
    const bool kept = (onClipboard && holds(QClipboard::Clipboard)) ||
                      (onSelection && holds(QClipboard::Selection));
    if (!kept)
        m_secretHash.clear(); // keep it otherwise, so quitting tries again
    return (onClipboard || onSelection) && !kept;
}

} // namespace TokenDesk
