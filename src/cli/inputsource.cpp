// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputsource.h"

#include "clitr.h"
#include "resultwriter.h"

#include "core/idfilereader.h"
#include "core/inputpolicy.h"

#include <QDir>

namespace TokenDesk::Cli {

UserIdInput collectUserIds(const CliOptions &options, QIODevice *standardInput)
{
    // Each query goes straight into the compact store, which drops repeats:
    // a long file is never held as a list of queries beside it.
    UserIdInput input;
    for (const QString &argument : options.userIds) {
        const QString id = trimmedUserId(argument);
        // Too long, or an invisible character inside: an invalid_input row
        // (PartnerApi refuses it before sending), not the end of the run.
        const bool rowProblem = id.size() > MaxUserIdLength || hasInvisibleFormatCharacter(id);
        if (const QString problem = userIdProblem(id); !problem.isEmpty() && !rowProblem) {
            input.problem =
                CliText::tr("Cannot send the user ID “%1”: %2").arg(terminalSafe(id), problem);
            return input;
        }
        input.queries.add(TokenQuery::forUser(id));
    }
    if (options.member)
        input.queries.add(*options.member);
    const IdFileSink sink = [&input](const TokenQuery &query) {
        return input.queries.add(query);
    };
    for (const QString &path : options.inputFiles) {
        const bool isStdin = path == QLatin1String("-");
        const QString name =
            isStdin ? CliText::tr("standard input") : QDir::toNativeSeparators(path);
        const qsizetype before = input.queries.size();
        const IdFile file =
            isStdin ? readIdFile(standardInput, name, sink) : readIdFile(path, sink);
        for (const QString &warning : file.warnings)
            input.warnings.append(name + QStringLiteral(": ") + warning);
        if (!file.problem.isEmpty()) {
            input.problem = file.problem; // it names the file
            return input;
        }
        // row.before counts the queries the store took from this file.
        for (const SkippedIdRow &row : file.skipped)
            input.skipped.append(
                {row.text, name + QStringLiteral(": ") + row.reason, before + row.before});
    }
    return input;
}

} // namespace TokenDesk::Cli
