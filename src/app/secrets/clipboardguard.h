// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QPointer>

#include <chrono>

class QMimeData;
class QTimer;

namespace TokenDesk {

// Puts secrets on the clipboard the way a password manager does: marked as
// secret for clipboard managers and histories, and cleared after a delay (and
// when the application quits), but only while the clipboard still holds what
// TokenDesk put there. Never on the selection clipboard.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    // The hint layouts; secretMimeData() builds the native one.
    enum class Platform { LinuxBsd, Windows, MacOS };

    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // 0 = never clear after a delay (quitting still clears). Applies to the
    // next copy; 0 also cancels a pending clear.
    void setClearDelay(std::chrono::seconds delay);
    std::chrono::seconds clearDelay() const { return m_clearDelay; }

    // Each copy restarts the delay.
    void copySecret(const QString &secret);
    // Clears the clipboard now if it still holds our secret; true if it did.
    // When the system refuses, clipboardCleared(false) is emitted and the
    // countdown and the secret's hash stay: the countdown's end and the
    // application becoming active again try once more.
    bool clearIfUnchanged();
    // The last clear was refused and our secret is still there.
    bool isClearRefused() const;
    // Seconds until the pending clear; 0 when none is pending.
    int secondsLeft() const { return m_secondsLeft; }

    // The MIME data for a secret, with the hints that keep it out of histories.
    static QMimeData *secretMimeData(const QString &secret);
    static QMimeData *secretMimeData(const QString &secret, Platform platform);
    static Platform nativePlatform();

Q_SIGNALS:
    // cleared is false when the system kept the secret despite the request.
    void clipboardCleared(bool cleared);
    // Once a second while a clear is pending, starting with the full delay;
    // 0 once none is pending (cleared, cancelled, or the clipboard changed).
    void secondsLeftChanged(int seconds);

private:
    void tick();
    void stopCountdown();
    void onClipboardChanged(QClipboard::Mode mode);
    bool holds(QClipboard::Mode mode) const;
    bool ownSelectionHolds() const;
    bool clearNow();
    void retryRefusedClear();

    QPointer<QClipboard> m_clipboard; // gone when the application is
    QTimer *m_tick;
    std::chrono::seconds m_clearDelay{30};
    int m_secondsLeft = 0;
    bool m_clearing = false;
    bool m_retryPending = false; // a refused clear, tried again when active
    QByteArray m_secretHash;     // a hash, so the guard itself keeps no copy of the secret
};

} // namespace TokenDesk
