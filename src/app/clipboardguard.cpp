// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboardguard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace TokenDesk {

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clearTimer(new QTimer(this))
{
    m_clearTimer->setSingleShot(true);
    connect(m_clearTimer, &QTimer::timeout, this, [this] {
        if (holdsOurSecret())
            Q_EMIT clipboardCleared(clearIfUnchanged());
    });
}

ClipboardGuard::~ClipboardGuard()
{
    // A secret must not outlive the application on the clipboard.
    clearIfUnchanged();
}

void ClipboardGuard::setClearDelay(std::chrono::seconds delay)
{
    m_clearDelay = delay;
}

QMimeData *ClipboardGuard::secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE's Klipper and most Linux clipboard managers skip data with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    return mime;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    m_clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    m_secretHash = hashOf(secret);
    if (m_clearDelay.count() > 0)
        m_clearTimer->start(m_clearDelay); // each copy restarts the delay
}

bool ClipboardGuard::holdsOurSecret() const
{
    return !m_secretHash.isEmpty() &&
           hashOf(m_clipboard->text(QClipboard::Clipboard)) == m_secretHash;
}

bool ClipboardGuard::clearIfUnchanged()
{
    m_clearTimer->stop();
    if (!holdsOurSecret()) {
        m_secretHash.clear();
        return false;
    }
    m_clipboard->clear(QClipboard::Clipboard);
    // Some systems refuse a clear from an unfocused window: report the truth.
    const bool cleared = !holdsOurSecret();
    if (cleared)
        m_secretHash.clear();
    return cleared;
}

} // namespace TokenDesk
