// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace TokenDesk {

// An agency profile as the settings keep it. The agency key is not part of
// it: that lives only in the operating system's keychain (KeyVault).
struct Profile
{
    QString name;
    QString baseUrl;
    bool rememberKey = false; // the key is kept in the keychain under the name
};

// Why name cannot name a profile, or an empty string: it must be 1 to
// MaxProfileNameLength characters, without '/', control or invisible
// formatting characters, and not begin or end with a space.
QString profileNameProblem(const QString &name);
constexpr int MaxProfileNameLength = 64;

// Agency profiles in the application's QSettings: group "profiles" with an
// array "list" (name, baseUrl, rememberKey) and "lastUsed". Names compare
// without regard to case, as Windows's credential store compares its entries.
// Never stores a key. remove() leaves the keychain alone: the caller also
// calls KeyVault::remove() with the same name, so the store stays Qt Core only.
class ProfileStore final
{
public:
    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString &name) const;
    // Adds the profile or replaces the one with the same name. Returns why it
    // was refused (the name or the base URL), or an empty string.
    QString save(const Profile &profile);
    bool remove(const QString &name);
    // The last used profile's name, or empty when it no longer exists.
    QString lastUsed() const;
    bool setLastUsed(const QString &name);
};

} // namespace TokenDesk
