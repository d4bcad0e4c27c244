// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a text cell leaves TokenDesk in CSV, for the window's export and
// tokendesk-cli alike: one rule, so the two never drift apart.

#include <QString>

#include <algorithm>

namespace TokenDesk {

// A control character (C0, DEL, C1: ESC and line ends included) would act on a
// terminal that shows the file, or split a record for a careless reader.
inline bool isControlCharacter(QChar c)
{
    return c.category() == QChar::Other_Control;
}

// Text with every control character replaced by U+FFFD.
inline QString withoutControlCharacters(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isControlCharacter))
        return text;
    QString safe = text;
    std::replace_if(safe.begin(), safe.end(), isControlCharacter,
                    QChar(QChar::ReplacementCharacter));
    return safe;
}

// A text cell for a spreadsheet: control characters become U+FFFD, and a
// cell that would run as a formula (a leading =, +, -, @, TAB or CR) gets a
// leading ' (OWASP). Not for the token, which must stay exact.
inline QString defusedCsvCell(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return QLatin1Char('\'') + withoutControlCharacters(text);
    return withoutControlCharacters(text);
}

// One RFC 4180 field: quoted when it holds a comma, a quote or a line end.
inline QString csvQuoted(const QString &text)
{
    const bool quote = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\r' || c == u'\n';
    });
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace TokenDesk
