// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profilestore.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace TokenDesk {

class KeyVault;
struct KeyVaultResult;

// The window's agency profiles: names and base URLs in QSettings (ProfileStore),
// the key only in the operating system's keychain (KeyVault), behind the
// "Remember key" choice. Without a keychain the key stays in memory.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    struct Widgets
    {
        QComboBox *profiles;
        QCheckBox *rememberKey;
        QPushButton *save;
        QPushButton *remove;
        QLineEdit *key;
    };

    ProfileController(const Widgets &widgets, QObject *parent = nullptr);

    // Fills the list and opens the profile used last.
    void restore();
    // Saves the profile named in the list with this base URL and the key field.
    void saveCurrent(const QString &baseUrl);
    void removeCurrent();
    // Opens a saved profile, as picking it in the list does.
    void openProfile(const QString &name);
    QStringList profileNames() const;
    QString currentName() const;

Q_SIGNALS:
    // A profile was opened: the window uses its base URL unless one was fixed.
    void baseUrlChosen(const QString &baseUrl);
    void statusMessage(const QString &message);
    // Said once a session: there is no keychain, so the key is not kept.
    void keychainMissing(const QString &explanation);

private:
    void open(const QString &name);
    void fillList(const QString &current);
    void onKeyRead(const QString &profile, const KeyVaultResult &result);
    void onKeyWritten(const QString &profile, const KeyVaultResult &result);
    void reportMissingKeychain(const KeyVaultResult &result);

    Widgets m_widgets;
    ProfileStore m_store;
    KeyVault *m_vault;
    bool m_keychainMissingReported = false;
};

} // namespace TokenDesk
