// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "inputsource.h"

#include "core/tokenresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace TokenDesk::Cli {

class QueryStore;

// Writes a batch's records in the chosen format as they become writable,
// holding only those that wait for an earlier one: jsonl as each finishes;
// json, csv and the table in input order, each as soon as every record
// before it is written. A skipped input row is a record in its place.
//
// The table cannot wait for every row to size its columns: a run of up to
// TableBlockRows records is laid out at its end, each column as wide as its
// widest cell and the Error column only when something failed; a longer one
// takes its widths from its first TableBlockRows rows, widened to the longest
// ID of the input, the longest status text and six digits of ms, always with
// the Error column, and streams the rest (a later wider token or error
// pushes only its own line).
class ResultStream final
{
public:
    using Writer = std::function<bool(const QByteArray &bytes)>;
    static constexpr qsizetype TableBlockRows = 1000;
    // How many records beyond the last written one may be sent for: the most
    // that are ever held (a few MB), far more than are ever in flight at once.
    static constexpr qsizetype MaxAhead = 4096;

    // queries must outlive this object.
    ResultStream(Writer write, OutputFormat format, const QueryStore &queries,
                 QList<UserIdInput::Skipped> skipped);
    Q_DISABLE_COPY_MOVE(ResultStream)

    // The start of the output: jsonl's skipped rows, the CSV header.
    void begin();
    // The record of queries.at(index), once per index.
    void add(qsizetype index, const TokenResult &record);
    // The end of the output. Interrupted, only the records given are written;
    // otherwise a query that never had one gets a record saying so.
    void finish(bool interrupted);

    // The queries from this index on are better not sent yet: their records
    // could only be held, as an earlier one is not written (json, csv, table).
    qsizetype sendLimit() const;
    bool hasRecord(qsizetype index) const { return m_done[static_cast<size_t>(index)]; }
    qsizetype records() const { return m_records; }
    qsizetype tokens() const { return m_tokens; }
    bool anyFailed() const { return m_anyFailed; }

    // The invalid_input record of a skipped input row.
    static TokenResult skippedRecord(const UserIdInput::Skipped &row);

private:
    void writeInOrder(const TokenResult &record);
    void writeSkippedUpTo(qsizetype position);
    void writeRecord(const TokenResult &record);
    void writeTableRow(const TokenResult &record);
    void fixTableLayout();

    Writer m_write;
    OutputFormat m_format;
    const QueryStore &m_queries;
    QList<UserIdInput::Skipped> m_skipped; // by position among the queries
    qsizetype m_nextSkipped = 0;
    std::vector<bool> m_done;             // a record was given for the query
    QHash<qsizetype, TokenResult> m_held; // finished, waiting for an earlier one
    qsizetype m_next = 0;
    qsizetype m_records = 0; // given to add()
    qsizetype m_tokens = 0;
    qsizetype m_written = 0; // records written in json, for the separators
    bool m_anyFailed = false;
    bool m_userColumn = true;
    bool m_memberColumns = false;
    QList<QStringList> m_tableBlock; // the first rows, with the Error column
    QList<qsizetype> m_tableWidths;  // once the layout is fixed
};

} // namespace TokenDesk::Cli
