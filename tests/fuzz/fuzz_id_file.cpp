// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A file of user IDs (plain list or CSV), and the CSV splitter on its own.

#include "core/csvrecords.h"
#include "core/idfilereader.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TokenDesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const IdFile file = parseIdFile(bytes);
    if (!file.problem.isEmpty() && !file.queries.isEmpty())
        std::abort(); // an unusable file yields nothing
    if (file.duplicates < 0 || file.warnings.size() > MaxIdFileWarnings + 1)
        std::abort();

    const QString text = QString::fromUtf8(bytes);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QChar delimiter =
        guessCsvDelimiter(QStringView(text).left(lineEnd < 0 ? text.size() : lineEnd));
    for (const QChar d : {delimiter, QChar(QLatin1Char(','))}) {
        const CsvParse csv = parseCsv(text, d);
        if (csv.rows.size() != csv.lines.size())
            std::abort();
        if (!csv.ok() && !csv.rows.isEmpty())
            std::abort();
    }
    return 0;
}
