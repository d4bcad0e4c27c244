// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "querystore.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace TokenDesk::Cli {

struct UserIdInput
{
    QueryStore queries;   // each once (by TokenQuery::id()), in the order first seen
    QStringList warnings; // rows of -i files that were skipped, each naming its file
    QString problem;      // a file that cannot be used or an ID that cannot be sent: send nothing

    // A row of an -i file that was skipped, for an invalid_input record in
    // input order: it comes before queries.at(position) (or last).
    struct Skipped
    {
        QString text;   // the line as written
        QString reason; // the file's name and the warning's sentence
        qsizetype position = 0;
    };
    QList<Skipped> skipped;
};

// The user IDs from the arguments, then the --email team member, then the
// user IDs or team members of each -i file in turn ("-" is standardInput,
// read to its end). Checked before anything is sent.
UserIdInput collectUserIds(const CliOptions &options, QIODevice *standardInput);

} // namespace TokenDesk::Cli
