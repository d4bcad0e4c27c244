// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultwriter.h"

#include "clitr.h"

#include "core/csvcell.h"
#include "core/jsontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace TokenDesk::Cli {

namespace {

QByteArray jsonBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray jsonOrNull(bool present, const QByteArray &json)
{
    return present ? json : QByteArrayLiteral("null");
}

// The token: quoted where needed, never changed.
QByteArray csvExactField(const QString &text)
{
    return csvQuoted(text).toUtf8();
}

// Table columns are padded to the widest cell; the last one is not padded.
void appendRow(QString &out, const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1String("  ");
        line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
    }
    // An empty last cell would leave trailing blanks.
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out += line + QLatin1Char('\n');
}

} // namespace

QByteArray jsonRecord(const TokenResult &r)
{
    QByteArray out("{");
    if (r.query.isMember()) {
        out += "\"email\":" + jsonString(r.query.email) +
               ",\"type\":" + jsonString(r.query.memberType);
    } else {
        out += "\"userId\":" + jsonString(r.query.userId);
    }
    out += ",\"ok\":" + jsonBool(r.ok);
    out += ",\"key\":" + jsonOrNull(r.ok, jsonString(r.token));
    out += ",\"active\":" + jsonOrNull(r.ok, jsonBool(r.active));
    out += ",\"httpStatus\":" + jsonOrNull(r.httpStatus != 0, QByteArray::number(r.httpStatus));
    out += ",\"error\":" + jsonOrNull(!r.ok, jsonString(r.error));
    out += ",\"errorKind\":" + jsonOrNull(!r.ok, jsonString(errorKindName(r.errorKind)));
    out += ",\"attempts\":" + QByteArray::number(r.attempts);
    out += ",\"elapsedMs\":" + QByteArray::number(r.elapsedMs);
    out += '}';
    return out;
}

QByteArray csvField(const QString &text)
{
    return csvQuoted(defusedCsvCell(text)).toUtf8();
}

QByteArray csvHeader(bool userColumn, bool memberColumns)
{
    QByteArray out;
    if (userColumn)
        out += "userId,";
    if (memberColumns)
        out += "email,type,";
    return out + "ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n";
}

QByteArray csvRow(const TokenResult &r, bool userColumn, bool memberColumns)
{
    QByteArrayList fields;
    if (userColumn)
        fields << csvField(r.query.isMember() ? QString() : r.query.userId);
    if (memberColumns)
        fields << csvField(r.query.email) << csvField(r.query.memberType);
    fields << jsonBool(r.ok) << (r.ok ? csvExactField(r.token) : QByteArray())
           << (r.ok ? jsonBool(r.active) : QByteArray())
           << (r.httpStatus != 0 ? QByteArray::number(r.httpStatus) : QByteArray())
           << (r.ok ? QByteArray() : csvField(r.error))
           << csvField(errorKindName(r.ok ? ErrorKind::None : r.errorKind))
           << QByteArray::number(r.attempts) << QByteArray::number(r.elapsedMs);
    return fields.join(',') + '\n';
}

QString statusText(const TokenResult &result)
{
    if (result.ok)
        return result.active ? CliText::tr("Active") : CliText::tr("Inactive");
    return CliText::tr("Failed: %1").arg(errorKindName(result.errorKind));
}

QString displayIdentity(const TokenQuery &query)
{
    if (query.isMember())
        return query.email + QLatin1String(" (") + query.memberType + QLatin1Char(')');
    return query.userId;
}

QString terminalSafe(const QString &text)
{
    return withoutControlCharacters(text);
}

QStringList tableHeader(bool withError)
{
    QStringList header{CliText::tr("User ID"), CliText::tr("Status"), CliText::tr("Token"),
                       CliText::tr("HTTP"), CliText::tr("ms")};
    if (withError)
        header << CliText::tr("Error");
    return header;
}

QStringList tableCells(const TokenResult &r, bool withError)
{
    QStringList row{terminalSafe(displayIdentity(r.query)), statusText(r),
                    r.ok ? terminalSafe(r.token) : QString(),
                    r.httpStatus != 0 ? QString::number(r.httpStatus) : QStringLiteral("-"),
                    QString::number(r.elapsedMs)};
    if (withError)
        row << (r.ok ? QString() : terminalSafe(r.error));
    return row;
}

QList<qsizetype> columnWidths(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.isEmpty() ? 0 : rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    return widths;
}

QByteArray alignedRow(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    appendRow(line, cells, widths);
    return line.toUtf8();
}

QByteArray alignedTable(const QList<QStringList> &rows)
{
    const QList<qsizetype> widths = columnWidths(rows);
    QString out;
    for (const QStringList &row : rows)
        appendRow(out, row, widths);
    return out.toUtf8();
}

} // namespace TokenDesk::Cli
