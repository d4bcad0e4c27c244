// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace TokenDesk::Cli {

// Pure formatting of results for standard output: no I/O here, so every
// format is unit-tested on plain values. All output is UTF-8.

// One record with the fields in the contract's order, no newline:
// {"userId":…,"ok":…,"key":…,"active":…,"httpStatus":…,"error":…,"errorKind":…,
//  "attempts":…,"elapsedMs":…}; a team member has "email","type" in place of "userId".
QByteArray jsonRecord(const TokenResult &result);

// One record a line.
QByteArray toJsonl(const QList<TokenResult> &results);
// An array of records, one a line.
QByteArray toJsonArray(const QList<TokenResult> &results);
// A header and one row a result, quoted as RFC 4180 says; null is an empty field.
// The identity columns are userId, or email and type, or all three when mixed.
QByteArray toCsv(const QList<TokenResult> &results);
// toCsv() a line at a time: the header and a row, with the user ID column,
// the email and type columns, or both.
QByteArray csvHeader(bool userColumn, bool memberColumns);
QByteArray csvRow(const TokenResult &result, bool userColumn, bool memberColumns);
// A text cell: defusedCsvCell() (control characters, formulas) as the
// window's export does, then quoted.
QByteArray csvField(const QString &text);
// The token: quoted where needed, never changed.
QByteArray csvExactField(const QString &text);
// Aligned columns for a person: User ID, Status, Token, HTTP, ms, and Error
// when anything failed.
QByteArray toTable(const QList<TokenResult> &results);

// toTable() a row at a time: the header's and a result's cells.
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
