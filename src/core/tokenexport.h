// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvcell.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QFileDevice;

namespace TokenDesk {

// One table row as it leaves TokenDesk: raw values, never the masked display.
struct ExportRow
{
    QString userId; // empty for a team member
    QString email;  // a team member's e-mail
    QString type;   // a team member's type
    QString customerName;
    QString token;       // empty unless ok
    bool ok = false;     // a token was fetched
    bool active = false; // meaningful only when ok
    QString status;      // "queued", "fetching", "active", "inactive", "failed", "cancelled"
    QString errorKind;   // the contract's name ("auth", "not_found", …); empty when ok
    QString error;
    QDateTime fetchedAt; // invalid until a result arrived
};

// The given rows of a TokenTableModel (source rows, not proxy rows), in the
// order given; rows out of range and rows whose token was forgotten are skipped.
QList<ExportRow> exportRows(const QAbstractItemModel &tokenModel, const QList<int> &sourceRows);
// Every row of the model.
QList<ExportRow> exportRows(const QAbstractItemModel &tokenModel);

// UTF-8 with a BOM (so spreadsheets pick the encoding), CRLF, RFC 4180 quoting,
// header userId,email,type,customer,token,active,status,errorKind,error,fetchedAt.
// Text cells are defused (defusedCsvCell: control characters, formulas);
// the token stays byte-exact, since it is what people paste.
QByteArray toExportCsv(const QList<ExportRow> &rows);
// An array of objects with the exact values (null where there is none), UTF-8.
QByteArray toExportJson(const QList<ExportRow> &rows);

// The cells go through defusedCsvCell() and csvQuoted() (csvcell.h), as
// tokendesk-cli's CSV does.

// Why a file operation failed, in the system's words: Qt's errorString()
// where Qt set one, else strerror(errorNumber) (the errno saved right after
// the failing call), so a full disk says "No space left on device", not
// "Unknown error".
QString fileErrorReason(const QFileDevice &file, int errorNumber);

// Writes bytes that hold secrets: atomically (an existing file is left as it
// was if anything fails) and readable by the owner only (0600 on POSIX) from
// before the first byte is written. Returns a translated problem, or empty.
QString writeSecretFile(const QString &path, const QByteArray &bytes);

// "Copy as" for pasting into forms: the token, or "userId,token" (a team
// member's e-mail stands in for the user ID), CSV-quoted where needed.
enum class CopyFormat { TokenOnly, UserIdAndToken };
QString copyAsText(const ExportRow &row, CopyFormat format);

} // namespace TokenDesk
