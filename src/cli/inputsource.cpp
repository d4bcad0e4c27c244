// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputsource.h"

#include "clitr.h"
#include "resultwriter.h"

#include "core/inputpolicy.h"
#include "core/useridlist.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace TokenDesk::Cli {

namespace {

QString decodeText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    // Editors on Windows start UTF-8 files with a byte order mark.
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

// The file's text, or a problem.
std::pair<QString, QString> readInputFile(const QString &path, QIODevice *standardInput)
{
    if (path == QLatin1String("-"))
        return {decodeText(standardInput ? standardInput->readAll() : QByteArray()), {}};
    if (QFileInfo(path).isDir())
        return {{}, CliText::tr("The input file “%1” is a directory.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                CliText::tr("Cannot read the input file “%1”: %2").arg(path, file.errorString())};
    return {decodeText(file.readAll()), {}};
}

} // namespace

UserIdInput collectUserIds(const QStringList &positional, const QStringList &inputFiles,
                           QIODevice *standardInput)
{
    UserIdInput input;
    QStringList candidates;
    for (const QString &argument : positional)
        candidates.append(argument.trimmed());
    for (const QString &path : inputFiles) {
        const auto [text, problem] = readInputFile(path, standardInput);
        if (!problem.isEmpty()) {
            input.problem = problem;
            return input;
        }
        candidates.append(readUserIdLines(text));
    }

    QSet<QString> seen;
    for (const QString &id : std::as_const(candidates)) {
        if (const QString problem = userIdProblem(id); !problem.isEmpty()) {
            input.problem =
                CliText::tr("Cannot send the user ID “%1”: %2").arg(terminalSafe(id), problem);
            input.ids.clear();
            return input;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            input.ids.append(id);
        }
    }
    return input;
}

} // namespace TokenDesk::Cli
