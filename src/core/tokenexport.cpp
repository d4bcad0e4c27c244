// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenexport.h"

#include "jsontext.h"
#include "tokenroles.h"
#include "tokentablemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <numeric>

namespace TokenDesk {

namespace {

class TokenExport
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::TokenExport)
};

using State = TokenTableModel::RowState;

// Stable names: an export is data for other tools, so it is never translated.
QString statusName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Fetching:
        return QStringLiteral("fetching");
    case State::Active:
        return QStringLiteral("active");
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// An empty text is null: the field has no value for this row.
QByteArray jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : jsonString(text);
}

QByteArray jsonObject(const ExportRow &r)
{
    QByteArray out("{\"userId\":");
    out += jsonOrNull(r.userId);
    out += ",\"email\":" + jsonOrNull(r.email);
    out += ",\"type\":" + jsonOrNull(r.type);
    out += ",\"customer\":" + jsonOrNull(r.customerName);
    out += ",\"token\":" + jsonOrNull(r.token);
    out += ",\"ok\":" + boolText(r.ok).toLatin1();
    out += ",\"active\":" + (r.ok ? boolText(r.active).toLatin1() : QByteArrayLiteral("null"));
    out += ",\"status\":" + jsonOrNull(r.status);
    out += ",\"errorKind\":" + jsonOrNull(r.errorKind);
    out += ",\"error\":" + jsonOrNull(r.error);
    out += ",\"fetchedAt\":" + jsonOrNull(isoTime(r.fetchedAt));
    out += '}';
    return out;
}

} // namespace

QList<ExportRow> exportRows(const QAbstractItemModel &tokenModel, const QList<int> &sourceRows)
{
    QList<ExportRow> rows;
    rows.reserve(sourceRows.size());
    for (const int sourceRow : sourceRows) {
        const QModelIndex index = tokenModel.index(sourceRow, 0);
        // A forgotten token leaves by no way: no copy, no export of its row.
        if (!index.isValid() || index.data(TokenForgottenRole).toBool())
            continue;
        const auto state = static_cast<State>(index.data(RowStateRole).toInt());
        ExportRow row;
        row.userId = index.data(QueryUserIdRole).toString();
        row.email = index.data(QueryEmailRole).toString();
        row.type = index.data(QueryTypeRole).toString();
        row.customerName = index.data(RowCustomerNameRole).toString();
        row.token = index.data(RawTokenRole).toString();
        row.ok = state == State::Active || state == State::Inactive;
        row.active = state == State::Active;
        row.status = statusName(state);
        row.errorKind = index.data(ErrorKindRole).toString();
        row.error = index.data(ErrorMessageRole).toString();
        row.fetchedAt = index.data(FetchedAtRole).toDateTime();
        rows.append(row);
    }
    return rows;
}

QList<ExportRow> exportRows(const QAbstractItemModel &tokenModel)
{
    QList<int> all(tokenModel.rowCount());
    std::iota(all.begin(), all.end(), 0);
    return exportRows(tokenModel, all);
}

QByteArray toExportCsv(const QList<ExportRow> &rows)
{
    QString out = QStringLiteral(
        "userId,email,type,customer,token,active,status,errorKind,error,fetchedAt\r\n");
    const auto text = [](const QString &cell) {
        return csvQuoted(defusedCsvCell(cell));
    };
    for (const ExportRow &r : rows) {
        const QStringList cells{text(r.userId),
                                text(r.email),
                                text(r.type),
                                text(r.customerName),
                                csvQuoted(r.token), // exact: people paste it
                                r.ok ? boolText(r.active) : QString(),
                                text(r.status),
                                text(r.errorKind),
                                text(r.error),
                                isoTime(r.fetchedAt)};
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray toExportJson(const QList<ExportRow> &rows)
{
    if (rows.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out("[\n");
    for (qsizetype i = 0; i < rows.size(); ++i)
        out += "  " + jsonObject(rows.at(i)) + (i + 1 < rows.size() ? ",\n" : "\n");
    out += "]\n";
    return out;
}

QString fileErrorReason(const QFileDevice &file, int errorNumber)
{
    // Qt leaves "Unknown error" where its engine kept no text (a failed flush
    // on close, for one); the system's own reason is better than that.
    const QString unknown = QFile().errorString();
    const QString qtReason = file.errorString();
    if (file.error() != QFileDevice::NoError && !qtReason.isEmpty() && qtReason != unknown)
        return qtReason;
    if (errorNumber != 0)
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    return qtReason;
}

QString writeSecretFile(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return TokenExport::tr("No file name was given.");
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return TokenExport::tr("%1 is a folder, not a file.").arg(shown);

    // QSaveFile writes a temporary file and renames it over the target on
    // commit, so a failure anywhere leaves an existing file as it was. Without
    // a direct-write fallback, a folder we may not write fails instead.
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return TokenExport::tr("Could not create %1: %2").arg(shown, fileErrorReason(file, errno));
    // A new temporary file follows the umask (often 0644): narrow it before
    // the first byte, so the secrets are never readable by others. On Windows
    // this only clears the read-only flag; the profile folder's ACL protects it.
    errno = 0;
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString problem = fileErrorReason(file, errno);
        file.cancelWriting();
        return TokenExport::tr("Could not make %1 private: %2").arg(shown, problem);
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const QString problem = fileErrorReason(file, errno);
        file.cancelWriting();
        return TokenExport::tr("Could not write %1: %2").arg(shown, problem);
    }
    errno = 0;
    if (!file.commit())
        return TokenExport::tr("Could not save %1: %2").arg(shown, fileErrorReason(file, errno));
    return {};
}

QString copyAsText(const ExportRow &row, CopyFormat format)
{
    switch (format) {
    case CopyFormat::TokenOnly:
        return row.token;
    case CopyFormat::UserIdAndToken:
        return csvQuoted(row.userId.isEmpty() ? row.email : row.userId) + QLatin1Char(',') +
               csvQuoted(row.token);
    }
    return {};
}

} // namespace TokenDesk
