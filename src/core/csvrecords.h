// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace TokenDesk {

struct CsvParse
{
    QList<QStringList> rows;   // fields as written, quotes removed, not trimmed
    QList<int> lines;          // the 1-based line each row starts on
    int unclosedQuoteLine = 0; // the line of a quote that is never closed; 0 when none
    bool ok() const { return unclosedQuoteLine == 0; }
};

// Splits text into records as RFC 4180 says: quoted fields may hold the
// delimiter, doubled quotes and line ends. Outside quotes CRLF, LF and a lone
// CR end a record; a final line end does not start another. A blank line is
// a record with one empty field. Lenient where spreadsheets are: spaces may
// come before an opening quote, and a quote inside an unquoted field is kept.
// With an unclosed quote, rows is empty and unclosedQuoteLine says where.
CsvParse parseCsv(QStringView text, QChar delimiter);

// The delimiter of a CSV header line: a comma, or else a semicolon or a TAB
// (what spreadsheets write in locales with a decimal comma).
QChar guessCsvDelimiter(QStringView headerLine);

} // namespace TokenDesk
