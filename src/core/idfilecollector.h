// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to idfilereader.cpp: how the rows of an ID file become queries.

#include "idfilereader.h"

#include <QCoreApplication>
#include <QSet>

namespace TokenDesk {

// Gives lupdate and the runtime the same context, "TokenDesk::IdFileReader".
class IdFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::IdFileReader)
};

// Fills an IdFile with the queries of its rows, each once, and a warning for
// each row that cannot be sent (at most MaxIdFileWarnings are listed).
class IdFileCollector final
{
public:
    explicit IdFileCollector(IdFile &file, IdFileSink sink = {})
        : m_file(file)
        , m_sink(std::move(sink))
    {}
    Q_DISABLE_COPY_MOVE(IdFileCollector)

    // The text of the row being read, for a SkippedIdRow.
    void setRowText(const QString &text) { m_rowText = text; }
    void warn(int line, const QString &sentence);
    void addUser(const QString &id, int line);
    void addMember(const QString &email, const QString &typeText, int line);
    // Sums up the unlisted warnings; no query at all is a problem.
    void finish();

private:
    void add(const TokenQuery &query);

    IdFile &m_file;
    IdFileSink m_sink;     // when set, it takes the queries and de-duplicates them
    qsizetype m_taken = 0; // queries the sink took
    qsizetype m_offered = 0;
    QSet<QString> m_seen; // TokenQuery::id(), when there is no sink
    int m_unlisted = 0;
    QString m_rowText;
};

} // namespace TokenDesk
