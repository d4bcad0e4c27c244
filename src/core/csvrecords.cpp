// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecords.h"

#include <algorithm>

namespace TokenDesk {

namespace {

constexpr QChar Quote = u'"';
constexpr QChar Cr = u'\r';
constexpr QChar Lf = u'\n';

bool onlySpaces(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c == u' '; });
}

} // namespace

CsvParse parseCsv(QStringView text, QChar delimiter)
{
    CsvParse parse;
    QStringList row;
    QString field;
    bool quoted = false;    // inside a quoted section now
    bool wasQuoted = false; // this field had one, so a later quote is literal
    bool pending = false;   // the current record has content or a delimiter
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        row.append(field);
        field.clear();
        wasQuoted = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == Quote) {
                if (i + 1 < size && text[i + 1] == Quote)
                    field += text[++i];
                else
                    quoted = false;
                continue;
            }
            // A line end inside quotes is part of the field; only the count moves.
            if (c == Lf || (c == Cr && (i + 1 >= size || text[i + 1] != Lf)))
                ++line;
            field += c;
            continue;
        }
        if (c == Cr || c == Lf) {
            if (c == Cr && i + 1 < size && text[i + 1] == Lf)
                ++i;
            endField();
            parse.rows.append(row);
            parse.lines.append(rowLine);
            row.clear();
            pending = false;
            rowLine = ++line;
            continue;
        }
        pending = true;
        if (c == delimiter) {
            endField();
        } else if (c == Quote && !wasQuoted && onlySpaces(field)) {
            field.clear();
            quoted = wasQuoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return CsvParse{{}, {}, quoteLine};
    if (pending) {
        endField();
        parse.rows.append(row);
        parse.lines.append(rowLine);
    }
    return parse;
}

QChar guessCsvDelimiter(QStringView headerLine)
{
    if (headerLine.contains(u','))
        return u',';
    if (headerLine.contains(u';'))
        return u';';
    if (headerLine.contains(u'\t'))
        return u'\t';
    return u',';
}

} // namespace TokenDesk
