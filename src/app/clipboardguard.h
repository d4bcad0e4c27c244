// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>

class QClipboard;
class QMimeData;
class QTimer;

namespace TokenDesk {

// Puts secrets on the clipboard the way a password manager does: marked as
// secret for clipboard managers, and cleared after a delay, but only while
// the clipboard still holds what TokenDesk put there.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void setClearDelay(std::chrono::seconds delay); // 0 = never clear
    std::chrono::seconds clearDelay() const { return m_clearDelay; }

    void copySecret(const QString &secret);
    // Clears the clipboard now if it still holds our secret; true if it did.
    bool clearIfUnchanged();

    // The MIME data for a secret, with the hints that keep it out of histories.
    static QMimeData *secretMimeData(const QString &secret);

Q_SIGNALS:
    // cleared is false when the system kept the secret despite the request.
    void clipboardCleared(bool cleared);

private:
    bool holdsOurSecret() const;

    QClipboard *m_clipboard;
    QTimer *m_clearTimer;
    std::chrono::seconds m_clearDelay{30};
    QByteArray m_secretHash; // a hash, so the guard itself keeps no copy of the secret
};

} // namespace TokenDesk
