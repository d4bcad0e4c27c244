// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idfilereader.h"

#include "csvrecords.h"
#include "idfilecollector.h"
#include "inputpolicy.h"
#include "tokenexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>

namespace TokenDesk {

namespace {

constexpr qint64 ReadChunkBytes = 1024 * 1024;

// Calls visit(line, number, start) for each line; CRLF, LF and CR end one.
template <typename Visit> void forEachLine(QStringView text, Visit visit)
{
    qsizetype start = 0;
    int number = 1;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        if (!visit(text.mid(start, end - start), number++, start))
            return;
        if (end + 1 < text.size() && text[end] == u'\r' && text[end + 1] == u'\n')
            ++end;
        start = end + 1;
    }
}

bool isSkippedLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

struct Columns
{
    int id = -1;
    QString idName; // as the header spells it, for warnings
    int email = -1;
    int type = -1;
    bool hasMember() const { return email >= 0 && type >= 0; }
};

Columns findColumns(const QStringList &header)
{
    Columns columns;
    int userId = -1;
    int underscoreId = -1;
    const auto is = [](const QString &name, const char *wanted) {
        return name.compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0;
    };
    for (int i = static_cast<int>(header.size()) - 1; i >= 0; --i) { // the first of a name wins
        const QString name = header.at(i).trimmed();
        if (is(name, "userId"))
            userId = i;
        else if (is(name, "_id"))
            underscoreId = i;
        else if (is(name, "email"))
            columns.email = i;
        else if (is(name, "type"))
            columns.type = i;
    }
    columns.id = userId >= 0 ? userId : underscoreId;
    if (columns.id >= 0)
        columns.idName = header.at(columns.id).trimmed();
    return columns;
}

void takeRow(const QStringList &row, int line, const Columns &columns, IdFileCollector &out)
{
    const auto cell = [&row](int column) {
        return column < row.size() ? trimmedUserId(row.at(column)) : QString();
    };
    const auto blank = [](const QString &c) {
        return c.trimmed().isEmpty();
    };
    if (std::all_of(row.cbegin(), row.cend(), blank) || cell(0).startsWith(QLatin1Char('#')))
        return;
    const auto fewerColumns = [&] {
        out.warn(line,
                 IdFileReader::tr("Line %1 has fewer columns than the header; skipped.").arg(line));
    };
    if (columns.id >= 0) {
        if (const QString id = cell(columns.id); !id.isEmpty())
            out.addUser(id, line);
        // tokendesk-cli's own CSV output leaves userId empty for team members.
        else if (columns.hasMember() && !cell(columns.email).isEmpty())
            out.addMember(cell(columns.email), cell(columns.type), line);
        else if (row.size() <= columns.id)
            fewerColumns();
        else
            out.warn(line, IdFileReader::tr("Line %1 has no %2; skipped.")
                               .arg(QString::number(line), columns.idName));
    } else if (row.size() <= std::max(columns.email, columns.type)) {
        fewerColumns();
    } else {
        out.addMember(cell(columns.email), cell(columns.type), line);
    }
}

// UTF-16 without a byte order mark: text of mostly ASCII IDs has a NUL in
// every other byte, all on one side of each pair.
bool looksLikeUtf16(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    qsizetype nulsAt[2] = {0, 0};
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '\0')
            ++nulsAt[i % 2];
    }
    const qsizetype pairs = head.size() / 2;
    return bytes.size() % 2 == 0 && pairs > 0 &&
           ((nulsAt[0] == 0 && nulsAt[1] * 4 >= pairs) ||
            (nulsAt[1] == 0 && nulsAt[0] * 4 >= pairs));
}

// The text of a UTF-8 file, or a problem.
std::pair<QString, QString> decodeText(QByteArray bytes)
{
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return {{}, IdFileReader::tr("This is UTF-16 text; save the file as UTF-8.")};
    if (looksLikeUtf16(bytes))
        return {{},
                IdFileReader::tr("This looks like UTF-16 text without a byte order mark; save "
                                 "the file as UTF-8.")};
    if (bytes.contains('\0'))
        return {{}, IdFileReader::tr("This is not a text file: it holds NUL bytes.")};
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {{},
                IdFileReader::tr("This is not a text file in UTF-8. If a spreadsheet wrote it, "
                                 "save it as “CSV UTF-8”.")};
    return {text, {}};
}

QString tooLarge()
{
    return IdFileReader::tr("The file is larger than 64 MiB, too large for a list of user IDs.");
}

IdFile failure(const QString &name, const QString &sentence)
{
    IdFile file;
    file.problem = name + QStringLiteral(": ") + sentence;
    return file;
}

} // namespace

IdFile parseIdFile(const QByteArray &bytes, const IdFileSink &sink)
{
    IdFile file;
    const auto decoded = decodeText(bytes);
    const QString &text = decoded.first;
    if (!decoded.second.isEmpty()) {
        file.problem = decoded.second;
        return file;
    }

    // The first line that is not blank or a comment decides the format.
    int headerNumber = 0;
    qsizetype headerStart = 0;
    QStringView headerLine;
    forEachLine(text, [&](QStringView line, int number, qsizetype start) {
        if (isSkippedLine(line))
            return true;
        headerNumber = number;
        headerStart = start;
        headerLine = line;
        return false;
    });
    const QChar delimiter = guessCsvDelimiter(headerLine);
    const CsvParse header = parseCsv(headerLine, delimiter);
    const Columns columns = findColumns(header.rows.value(0));
    if (columns.id >= 0)
        file.kind = IdFile::Kind::UserIdCsv;
    else if (columns.hasMember())
        file.kind = IdFile::Kind::MemberCsv;
    else if (header.rows.value(0).size() > 1) {
        // Sending "name,email" as a user ID would help nobody.
        file.problem = IdFileReader::tr("Line %1 looks like a CSV header, but it has no userId "
                                        "or _id column, nor email and type columns.")
                           .arg(headerNumber);
        return file;
    }

    IdFileCollector out(file, sink);
    if (file.kind == IdFile::Kind::PlainList) {
        forEachLine(text, [&out](QStringView line, int number, qsizetype) {
            if (!isSkippedLine(line)) {
                out.setRowText(line.toString());
                out.addUser(trimmedUserId(line), number);
            }
            return true;
        });
    } else {
        const CsvParse csv = parseCsv(QStringView(text).mid(headerStart), delimiter);
        const int offset = headerNumber - 1;
        if (!csv.ok()) {
            file.problem = IdFileReader::tr("Line %1 has a quote that is never closed.")
                               .arg(csv.unclosedQuoteLine + offset);
        }
        for (qsizetype i = 1; i < csv.rows.size(); ++i) { // row 0 is the header
            out.setRowText(csv.rows.at(i).join(delimiter));
            takeRow(csv.rows.at(i), csv.lines.at(i) + offset, columns, out);
        }
    }
    out.finish();
    if (!file.problem.isEmpty())
        file.queries.clear();
    return file;
}

IdFile readIdFile(QIODevice *device, const QString &name, const IdFileSink &sink)
{
    QByteArray bytes;
    while (device && bytes.size() <= MaxIdFileBytes) {
        const QByteArray chunk = device->read(ReadChunkBytes);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > MaxIdFileBytes)
        return failure(name, tooLarge());
    IdFile file = parseIdFile(bytes, sink);
    if (!file.problem.isEmpty())
        file.problem = name + QStringLiteral(": ") + file.problem;
    return file;
}

IdFile readIdFile(const QString &path, const IdFileSink &sink)
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return failure(name, IdFileReader::tr("This is a folder, not a file."));
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            name, IdFileReader::tr("Cannot read the file: %1").arg(fileErrorReason(file, errno)));
    if (file.size() > MaxIdFileBytes) // pipes report 0 and are counted as they are read
        return failure(name, tooLarge());
    errno = 0;
    IdFile parsed = readIdFile(&file, name, sink);
    if (file.error() != QFileDevice::NoError)
        return failure(
            name, IdFileReader::tr("Cannot read the file: %1").arg(fileErrorReason(file, errno)));
    return parsed;
}

} // namespace TokenDesk
