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
        for (const SkippedIdRow &row : file.skipped) // positions among candidates for now
            input.skipped.append({row.text, name + QStringLiteral(": ") + row.reason,
                                  candidates.size() + row.before});
        candidates.append(file.queries);
    }

    QSet<QString> seen;
    qsizetype next = 0; // the next skipped row whose position is to be mapped
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        for (; next < input.skipped.size() && input.skipped.at(next).position <= i; ++next)
            input.skipped[next].position = input.queries.size();
        const TokenQuery &query = candidates.at(i);
        if (!seen.contains(query.id())) {
            seen.insert(query.id());
            input.queries.append(query);
        }
    }
    for (; next < input.skipped.size(); ++next)
        input.skipped[next].position = input.queries.size();
    return input;
}

} // namespace TokenDesk::Cli
