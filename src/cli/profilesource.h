// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keysource.h"

#include "core/profilestore.h"

#include <QString>

#include <optional>

namespace TokenDesk::Cli {

struct ProfileLookup
{
    std::optional<Profile> profile;
    QString problem; // why --profile NAME cannot be used
};

// The saved profile that --profile names (the window saves them), or why
// there is none.
ProfileLookup findProfile(const QString &name);

// The profile's agency key from the operating system's keychain, waiting a
// bounded time. The problem says why there is none and how else to give one.
KeyChoice storedProfileKey(const Profile &profile);

} // namespace TokenDesk::Cli
