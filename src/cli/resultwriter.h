// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace TokenDesk::Cli {

// The pieces ResultStream writes results with, and the CLI's other output
// uses: pure formatting, no I/O. All output is UTF-8.

// One record with the fields in the contract's order, no newline:
// {"userId":…,"ok":…,"key":…,"active":…,"httpStatus":…,"error":…,"errorKind":…,
//  "attempts":…,"elapsedMs":…}; a team member has "email","type" in place of "userId".
QByteArray jsonRecord(const TokenResult &result);

// A CSV header and a row, quoted as RFC 4180 says (null is an empty field),
// with the user ID column, the email and type columns, or both; the token
// is kept exact, the other text cells go through csvField().
QByteArray csvHeader(bool userColumn, bool memberColumns);
QByteArray csvRow(const TokenResult &result, bool userColumn, bool memberColumns);
// A text cell: defusedCsvCell() (control characters, formulas) as the
// window's export does, then quoted.
QByteArray csvField(const QString &text);
// The table's header and a result's cells: User ID, Status, Token, HTTP,
// ms, and Error when asked (ResultStream asks when anything failed).
QStringList tableHeader(bool withError);
QStringList tableCells(const TokenResult &result, bool withError);

// Rows (the first is the header) as columns padded to the widest cell, one a
// line, without trailing blanks. The cells must already be terminal-safe.
QByteArray alignedTable(const QList<QStringList> &rows);
// The same a line at a time: the width of each column's widest cell, and
// one row padded to given widths (a wider cell pushes the rest of its line).
QList<qsizetype> columnWidths(const QList<QStringList> &rows);
QByteArray alignedRow(const QStringList &cells, const QList<qsizetype> &widths);

// "Active", "Inactive" or "Failed: <errorKind>".
QString statusText(const TokenResult &result);
// The identity for people: the user ID, or "email (TYPE)".
QString displayIdentity(const TokenQuery &query);
// Text from the server made safe for a terminal: control characters (escape
// sequences included) become U+FFFD.
QString terminalSafe(const QString &text);

} // namespace TokenDesk::Cli
