// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "useridlist.h"

#include "inputpolicy.h"

#include <QRegularExpression>
#include <QSet>

namespace TokenDesk {

namespace {
void appendOnce(QStringList &ids, QSet<QString> &seen, const QString &id)
{
    if (!id.isEmpty() && !seen.contains(id)) {
        seen.insert(id);
        ids.append(id);
    }
}
} // namespace

QStringList splitUserIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList ids;
    QSet<QString> seen;
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (const QStringView line : lines) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        // Invisible format characters at an ID's ends (a pasted U+FEFF, U+200B)
        // go, as in ID files; one inside stays, for the row to say so.
        for (const QString &part : line.toString().split(separators, Qt::SkipEmptyParts))
            appendOnce(ids, seen, trimmedUserId(part));
    }
    return ids;
}

} // namespace TokenDesk
