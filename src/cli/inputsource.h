// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace TokenDesk::Cli {

struct UserIdInput
{
    QStringList ids; // each once, in the order first seen
    QString problem; // a file that cannot be read or an ID that cannot be sent
};

// The user IDs from the arguments, then from each -i file in turn ("-" is
// standardInput, read to its end). Checked before anything is sent.
UserIdInput collectUserIds(const QStringList &positional, const QStringList &inputFiles,
                           QIODevice *standardInput);

} // namespace TokenDesk::Cli
