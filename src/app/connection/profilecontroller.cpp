// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connection/profilecontroller.h"

#include "keychain/keyvault.h"

#include "core/bidi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

namespace TokenDesk {

ProfileController::ProfileController(const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_vault(new KeyVault(this))
{
    connect(m_vault, &KeyVault::readFinished, this, &ProfileController::onKeyRead);
    connect(m_vault, &KeyVault::writeFinished, this, &ProfileController::onKeyWritten);
    connect(m_widgets.profiles, &QComboBox::activated, this,
            [this](int index) { open(m_widgets.profiles->itemText(index)); });
    connect(m_widgets.remove, &QPushButton::clicked, this, &ProfileController::removeCurrent);
}

void ProfileController::restore()
{
    const QString last = m_store.lastUsed();
    fillList(last);
    if (!last.isEmpty())
        open(last);
}

void ProfileController::openProfile(const QString &name)
{
    m_widgets.profiles->setCurrentText(name);
    open(name);
}

QStringList ProfileController::profileNames() const
{
    QStringList names;
    for (const Profile &profile : m_store.profiles())
        names.append(profile.name);
    return names;
}

QString ProfileController::currentName() const
{
    return m_widgets.profiles->currentText();
}

void ProfileController::fillList(const QString &current)
{
    const QSignalBlocker blocker(m_widgets.profiles);
    m_widgets.profiles->clear();
    for (const Profile &profile : m_store.profiles())
        m_widgets.profiles->addItem(profile.name);
    m_widgets.profiles->setCurrentText(current);
    m_widgets.remove->setEnabled(m_widgets.profiles->count() > 0);
}

void ProfileController::open(const QString &name)
{
    const std::optional<Profile> profile = m_store.profile(name);
    if (!profile)
        return;
    m_store.setLastUsed(profile->name);
    m_widgets.rememberKey->setChecked(profile->rememberKey);
    m_widgets.key->clear(); // never another profile's key
    Q_EMIT baseUrlChosen(profile->baseUrl);
    if (profile->rememberKey)
        m_vault->read(profile->name);
    Q_EMIT statusMessage(tr("Opened the profile “%1”.").arg(isolated(profile->name)));
}

void ProfileController::onKeyRead(const QString &profile, const KeyVaultResult &result)
{
    if (profile.compare(m_widgets.profiles->currentText(), Qt::CaseInsensitive) != 0)
        return; // the user moved on to another profile meanwhile
    if (result.ok()) {
        // What the user typed, or the environment gave, wins over the keychain.
        if (m_widgets.key->text().isEmpty())
            m_widgets.key->setText(result.key);
    } else if (result.status == KeyVaultResult::Status::NoKeychain)
        reportMissingKeychain(result);
    else if (result.status == KeyVaultResult::Status::NotFound)
        Q_EMIT statusMessage(tr("No key is stored for “%1”: enter it.").arg(isolated(profile)));
}

void ProfileController::saveCurrent(const QString &baseUrl)
{
    const QString name = m_widgets.profiles->currentText().trimmed();
    const Profile profile{name, baseUrl, m_widgets.rememberKey->isChecked()};
    const QString problem = m_store.save(profile);
    if (!problem.isEmpty()) {
        Q_EMIT statusMessage(problem);
        return;
    }
    m_store.setLastUsed(name);
    fillList(name);
    const QString key = m_widgets.key->text().trimmed();
    if (profile.rememberKey && !key.isEmpty())
        m_vault->write(name, key);
    else if (!profile.rememberKey)
        m_vault->remove(name); // "Remember key" off: forget what was stored
    Q_EMIT statusMessage(tr("Saved the profile “%1”.").arg(isolated(name)));
}

void ProfileController::onKeyWritten(const QString &profile, const KeyVaultResult &result)
{
    if (result.ok())
        Q_EMIT statusMessage(
            tr("The key of “%1” is in the system keychain.").arg(isolated(profile)));
    else if (result.status == KeyVaultResult::Status::NoKeychain)
        reportMissingKeychain(result);
    else
        Q_EMIT statusMessage(result.message);
}

void ProfileController::removeCurrent()
{
    const QString name = m_widgets.profiles->currentText().trimmed();
    if (!m_store.remove(name))
        return;
    m_vault->remove(name); // a deleted profile takes its key with it
    fillList(QString());
    m_widgets.key->clear();
    Q_EMIT statusMessage(tr("Deleted the profile “%1” and its stored key.").arg(isolated(name)));
}

void ProfileController::reportMissingKeychain(const KeyVaultResult &result)
{
    if (m_keychainMissingReported) {
        Q_EMIT statusMessage(result.message);
        return;
    }
    m_keychainMissingReported = true;
    Q_EMIT keychainMissing(result.message);
}

} // namespace TokenDesk
