// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputsource.h"

#include "clitr.h"
#include "resultwriter.h"

#include "core/idfilereader.h"
#include "core/inputpolicy.h"

#include <QDir>
#include <QSet>

namespace TokenDesk::Cli {

UserIdInput collectUserIds(const CliOptions &options, QIODevice *standardInput)
{
    UserIdInput input;
    QList<TokenQuery> candidates;
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
        candidates.append(TokenQuery::forUser(id));
    }
    if (options.member)
        candidates.append(*options.member);
    for (const QString &path : options.inputFiles) {
        const bool isStdin = path == QLatin1String("-");
        const QString name =
            isStdin ? CliText::tr("standard input") : QDir::toNativeSeparators(path);
        const IdFile file = isStdin ? readIdFile(standardInput, name) : readIdFile(path);
        for (const QString &warning : file.warnings)
            input.warnings.append(name + QStringLiteral(": ") + warning);
        if (!file.problem.isEmpty()) {
            input.problem = file.problem; // it names the file
            return input;
        }
        candidates.append(file.queries);
    }

    QSet<QString> seen;
    for (const TokenQuery &query : std::as_const(candidates)) {
        if (!seen.contains(query.key())) {
            seen.insert(query.key());
            input.queries.append(query);
        }
    }
    return input;
}

} // namespace TokenDesk::Cli
