// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenquery.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace TokenDesk {

// Larger files are refused rather than read into memory.
inline constexpr qint64 MaxIdFileBytes = 64 * 1024 * 1024;
// More warnings than this are summed up in one last line.
inline constexpr int MaxIdFileWarnings = 20;

// A row of an ID file that holds nothing that can be sent.
struct SkippedIdRow
{
    int line = 0;         // its number in the file, from 1
    QString text;         // the line as written (a CSV row: its cells joined again)
    QString reason;       // the sentence of its warning, naming the line
    qsizetype before = 0; // how many of the file's queries came before it
};

// What a file of user IDs holds.
struct IdFile
{
    enum class Kind {
        PlainList, // one user ID a line; blank lines and # comments skipped
        UserIdCsv, // a CSV with a userId or _id column
        MemberCsv, // a CSV with email and type columns: team members
    };

    QList<TokenQuery> queries;   // each once (by TokenQuery::id()), in file order
    int duplicates = 0;          // entries left out because they came before
    QStringList warnings;        // rows skipped, one sentence each naming the line
    QList<SkippedIdRow> skipped; // every row skipped, in file order (warnings are capped)
    QString problem;             // non-empty: the file is unusable and queries is empty
    Kind kind = Kind::PlainList;
};

// Takes each query of a file as it is read, in place of IdFile::queries, for
// a list too long to hold twice; returns false for a query that came before
// (counted in IdFile::duplicates). SkippedIdRow::before then counts the
// queries it took.
using IdFileSink = std::function<bool(const TokenQuery &)>;

// The file's bytes: UTF-8 text (a byte order mark is dropped; CRLF, LF or CR
// line ends). The first line that is not blank or a # comment is a CSV header
// when it names a userId or _id column (userId wins), or email and type
// columns; otherwise the file is a plain list. A CSV with userId and also
// email and type columns (tokendesk-cli's own output) takes a team member
// from rows without a userId. Pure: no I/O.
IdFile parseIdFile(const QByteArray &bytes, const IdFileSink &sink = {});

// Reads at most MaxIdFileBytes from device, then parseIdFile(). A problem
// starts with name, so it says which file is meant.
IdFile readIdFile(QIODevice *device, const QString &name, const IdFileSink &sink = {});
// The same for a file; a missing, unreadable or too large file is a problem.
IdFile readIdFile(const QString &path, const IdFileSink &sink = {});

} // namespace TokenDesk
