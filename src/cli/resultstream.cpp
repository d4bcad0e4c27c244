// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultstream.h"

#include "clitr.h"
#include "querystore.h"
#include "resultwriter.h"

#include <algorithm>

namespace TokenDesk::Cli {

namespace {

// The longest text the Status column can hold.
qsizetype longestStatus()
{
    TokenResult result = TokenResult::success({}, true);
    qsizetype longest = statusText(result).size();
    result.active = false;
    longest = std::max(longest, statusText(result).size());
    result.ok = false;
    for (int kind = static_cast<int>(ErrorKind::Auth);
         kind <= static_cast<int>(ErrorKind::InvalidInput); ++kind) {
        result.errorKind = static_cast<ErrorKind>(kind);
        longest = std::max(longest, statusText(result).size());
    }
    return longest;
}

constexpr qsizetype StreamedMsDigits = 6;

} // namespace

ResultStream::ResultStream(Writer write, OutputFormat format, const QueryStore &queries,
                           QList<UserIdInput::Skipped> skipped)
    : m_write(std::move(write))
    , m_format(format)
    , m_queries(queries)
    , m_skipped(std::move(skipped))
    , m_done(static_cast<size_t>(queries.size()), false)
{
    // The CSV's identity columns, from the input: skipped rows are user IDs.
    m_memberColumns = queries.hasMembers();
    m_userColumn = !m_memberColumns || queries.hasUsers() || !m_skipped.isEmpty();
}

TokenResult ResultStream::skippedRecord(const UserIdInput::Skipped &row)
{
    TokenResult record = TokenResult::failure(ErrorKind::InvalidInput, row.reason);
    record.query = TokenQuery::forUser(row.text);
    return record;
}

void ResultStream::begin()
{
    if (m_format == OutputFormat::Jsonl) {
        // Skipped rows are final from the start.
        for (const UserIdInput::Skipped &row : std::as_const(m_skipped)) {
            m_anyFailed = true;
            m_write(jsonRecord(skippedRecord(row)) + '\n');
        }
        m_nextSkipped = m_skipped.size();
    } else if (m_format == OutputFormat::Csv) {
        m_write(csvHeader(m_userColumn, m_memberColumns));
    }
}

qsizetype ResultStream::sendLimit() const
{
    return m_format == OutputFormat::Jsonl ? m_queries.size() : m_next + MaxAhead;
}

void ResultStream::add(qsizetype index, const TokenResult &record)
{
    if (index < 0 || index >= m_queries.size() || hasRecord(index))
        return;
    m_done[static_cast<size_t>(index)] = true;
    ++m_records;
    m_tokens += record.ok ? 1 : 0;
    if (m_format == OutputFormat::Jsonl) {
        m_anyFailed = m_anyFailed || !record.ok;
        m_write(jsonRecord(record) + '\n');
        return;
    }
    if (index != m_next) {
        m_held.insert(index, record);
        return;
    }
    writeInOrder(record);
    for (++m_next; m_next < m_queries.size(); ++m_next) {
        const auto held = m_held.constFind(m_next);
        if (held == m_held.cend())
            break;
        writeInOrder(*held);
        m_held.erase(held);
    }
}

void ResultStream::finish(bool interrupted)
{
    for (; m_next < m_queries.size(); ++m_next) {
        if (const auto held = m_held.constFind(m_next); held != m_held.cend()) {
            if (m_format != OutputFormat::Jsonl)
                writeInOrder(*held);
            m_held.erase(held);
        } else if (!interrupted && !hasRecord(m_next)) {
            // Every input ID ends in one record, even if the queue lost one.
            TokenResult missing = TokenResult::failure(
                ErrorKind::Network, CliText::tr("No result was reported for this user ID."));
            missing.query = m_queries.at(m_next);
            m_anyFailed = true;
            if (m_format == OutputFormat::Jsonl)
                m_write(jsonRecord(missing) + '\n');
            else
                writeInOrder(missing);
        } else if (m_format != OutputFormat::Jsonl) {
            writeSkippedUpTo(m_next); // what was not finished leaves no record
        }
    }
    if (m_format != OutputFormat::Jsonl)
        writeSkippedUpTo(m_queries.size());
    switch (m_format) {
    case OutputFormat::Jsonl:
    case OutputFormat::Csv:
        break;
    case OutputFormat::Json:
        m_write(m_written == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
        break;
    case OutputFormat::Table:
        if (m_tableWidths.isEmpty()) {
            // A short run: sized to its cells, the Error column only when needed.
            QList<QStringList> rows{tableHeader(m_anyFailed)};
            for (QStringList &cells : m_tableBlock) {
                if (!m_anyFailed)
                    cells.removeLast();
                rows.append(cells);
            }
            m_write(alignedTable(rows));
        }
        break;
    }
}

void ResultStream::writeSkippedUpTo(qsizetype position)
{
    for (; m_nextSkipped < m_skipped.size() && m_skipped.at(m_nextSkipped).position <= position;
         ++m_nextSkipped) {
        m_anyFailed = true;
        // jsonl wrote its skipped rows at the start
        if (m_format != OutputFormat::Jsonl)
            writeRecord(skippedRecord(m_skipped.at(m_nextSkipped)));
    }
}

void ResultStream::writeInOrder(const TokenResult &record)
{
    writeSkippedUpTo(m_next); // a skipped row comes before the query at its position
    m_anyFailed = m_anyFailed || !record.ok;
    if (m_format != OutputFormat::Jsonl) // jsonl was written as the record came
        writeRecord(record);
}

// One record of json, csv or table, in its place in the input's order.
void ResultStream::writeRecord(const TokenResult &record)
{
    switch (m_format) {
    case OutputFormat::Jsonl:
        break;
    case OutputFormat::Json:
        m_write((m_written++ == 0 ? QByteArrayLiteral("[\n  ") : QByteArrayLiteral(",\n  ")) +
                jsonRecord(record));
        break;
    case OutputFormat::Csv:
        m_write(csvRow(record, m_userColumn, m_memberColumns));
        break;
    case OutputFormat::Table:
        writeTableRow(record);
        break;
    }
}

void ResultStream::writeTableRow(const TokenResult &record)
{
    if (!m_tableWidths.isEmpty()) {
        m_write(alignedRow(tableCells(record, true), m_tableWidths));
        return;
    }
    m_tableBlock.append(tableCells(record, true));
    if (m_tableBlock.size() > TableBlockRows)
        fixTableLayout();
}

void ResultStream::fixTableLayout()
{
    QList<QStringList> rows{tableHeader(true)};
    rows += m_tableBlock;
    m_tableWidths = columnWidths(rows);
    qsizetype longestSkipped = 0;
    for (const UserIdInput::Skipped &row : std::as_const(m_skipped))
        longestSkipped = std::max(longestSkipped, terminalSafe(row.text).size());
    m_tableWidths[0] = std::max({m_tableWidths.at(0), m_queries.longestIdentity(), longestSkipped});
    m_tableWidths[1] = std::max(m_tableWidths.at(1), longestStatus());
    m_tableWidths[4] = std::max(m_tableWidths.at(4), StreamedMsDigits);
    QByteArray out;
    for (const QStringList &cells : std::as_const(rows))
        out += alignedRow(cells, m_tableWidths);
    m_tableBlock.clear();
    m_write(out);
}

} // namespace TokenDesk::Cli
