// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "inputpolicy.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace TokenDesk {

// Gives lupdate and the runtime the same context, "TokenDesk::ProfileStore".
class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::ProfileStore)
};

namespace {

const QString Group = QStringLiteral("profiles");
const QString List = QStringLiteral("list");
const QString LastUsed = QStringLiteral("lastUsed");
const QString NameKey = QStringLiteral("name");
const QString BaseUrlKey = QStringLiteral("baseUrl");
const QString RememberKey = QStringLiteral("rememberKey");

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Every stored profile with a usable name, as stored.
QList<Profile> readAll(QSettings &settings)
{
    QList<Profile> profiles;
    settings.beginGroup(Group);
    const int count = settings.beginReadArray(List);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile profile;
        profile.name = settings.value(NameKey).toString();
        profile.baseUrl = settings.value(BaseUrlKey).toString();
        profile.rememberKey = settings.value(RememberKey, false).toBool();
        // A hand-edited file may hold anything; such entries are not offered.
        if (profileNameProblem(profile.name).isEmpty())
            profiles.append(profile);
    }
    settings.endArray();
    settings.endGroup();
    return profiles;
}

void writeAll(QSettings &settings, QList<Profile> profiles)
{
    std::sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    settings.beginGroup(Group);
    settings.remove(List); // a shorter array would leave the old tail behind
    settings.beginWriteArray(List, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(NameKey, profiles.at(i).name);
        settings.setValue(BaseUrlKey, profiles.at(i).baseUrl);
        settings.setValue(RememberKey, profiles.at(i).rememberKey);
    }
    settings.endArray();
    settings.endGroup();
}

QList<Profile>::const_iterator findByName(const QList<Profile> &profiles, const QString &name)
{
    return std::find_if(profiles.cbegin(), profiles.cend(),
                        [&name](const Profile &p) { return sameName(p.name, name); });
}

} // namespace

QString profileNameProblem(const QString &name)
{
    if (name.isEmpty())
        return ProfileText::tr("Give the profile a name.");
    if (name.toUcs4().size() > MaxProfileNameLength)
        return ProfileText::tr("A profile name can be at most %1 characters long.")
            .arg(MaxProfileNameLength);
    if (name.contains(QLatin1Char('/')))
        return ProfileText::tr("A profile name cannot contain “/”.");
    const bool hidden = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (hidden)
        return ProfileText::tr("A profile name cannot contain control or invisible characters.");
    if (name.front().isSpace() || name.back().isSpace())
        return ProfileText::tr("A profile name cannot begin or end with a space.");
    return {};
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    return readAll(settings);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    QSettings settings;
    const QList<Profile> profiles = readAll(settings);
    const auto it = findByName(profiles, name);
    if (it == profiles.cend())
        return std::nullopt;
    return *it;
}

QString ProfileStore::save(const Profile &profile)
{
    if (const QString problem = profileNameProblem(profile.name); !problem.isEmpty())
        return problem;
    const BaseUrlCheck url = checkBaseUrl(profile.baseUrl);
    if (!url.ok())
        return url.problem;

    QSettings settings;
    QList<Profile> profiles = readAll(settings);
    Profile stored = profile;
    stored.baseUrl = profile.baseUrl.trimmed();
    const auto it = findByName(profiles, profile.name);
    if (it == profiles.cend())
        profiles.append(stored);
    else
        profiles[std::distance(profiles.cbegin(), it)] = stored;
    writeAll(settings, profiles);
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    QSettings settings;
    QList<Profile> profiles = readAll(settings);
    const auto it = findByName(profiles, name);
    if (it == profiles.cend())
        return false;
    profiles.erase(it);
    writeAll(settings, profiles);
    if (sameName(settings.value(Group + QLatin1Char('/') + LastUsed).toString(), name))
        settings.remove(Group + QLatin1Char('/') + LastUsed);
    return true;
}

QString ProfileStore::lastUsed() const
{
    QSettings settings;
    const auto stored = profile(settings.value(Group + QLatin1Char('/') + LastUsed).toString());
    return stored ? stored->name : QString();
}

bool ProfileStore::setLastUsed(const QString &name)
{
    const auto stored = profile(name);
    if (!stored)
        return false;
    QSettings().setValue(Group + QLatin1Char('/') + LastUsed, stored->name);
    return true;
}

} // namespace TokenDesk
