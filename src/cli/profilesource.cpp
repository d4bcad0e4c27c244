// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesource.h"

#include "clitr.h"

#include "keychain/keyvault.h"

namespace TokenDesk::Cli {

namespace {

QString otherKeySourcesHint()
{
    return CliText::tr("Give the key with --key-stdin or TOKENDESK_API_KEY instead.");
}

} // namespace

ProfileLookup findProfile(const QString &name)
{
    if (const QString problem = profileNameProblem(name); !problem.isEmpty())
        return {std::nullopt, QStringLiteral("--profile: ") + problem};
    const ProfileStore store;
    if (auto profile = store.profile(name))
        return {std::move(profile), {}};

    QStringList names;
    const QList<Profile> profiles = store.profiles();
    for (const Profile &saved : profiles)
        names.append(saved.name);
    const QString known =
        names.isEmpty() ? CliText::tr("No profiles are saved yet; save one in the "
                                      "TokenDesk window.")
                        : CliText::tr("Saved profiles: %1.").arg(names.join(QStringLiteral(", ")));
    return {std::nullopt,
            CliText::tr("There is no profile “%1”.").arg(name) + QLatin1Char(' ') + known};
}

KeyChoice storedProfileKey(const Profile &profile)
{
    if (!profile.rememberKey)
        return {{},
                CliText::tr("The profile “%1” does not keep its key in the keychain.")
                        .arg(profile.name) +
                    QLatin1Char(' ') + otherKeySourcesHint()};
    const KeyVaultResult stored = KeyVault::readBlocking(profile.name);
    if (!stored.ok())
        return {{}, stored.message + QLatin1Char(' ') + otherKeySourcesHint()};
    return {stored.key, {}};
}

} // namespace TokenDesk::Cli
