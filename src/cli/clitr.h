// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace TokenDesk::Cli {

// Gives lupdate and the runtime the same context, "TokenDesk::Cli", for every
// sentence tokendesk-cli shows.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::Cli)
};

} // namespace TokenDesk::Cli
