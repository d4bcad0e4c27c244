// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenquery.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace TokenDesk::Cli {

// The queries of a run, each once (by TokenQuery::id()), in the order first
// added, held compactly: a million IDs take tens of bytes each rather than
// a TokenQuery's four strings. Each ID is stored once, as UTF-8, and the
// de-duplication table holds only indexes into it.
class QueryStore final
{
public:
    // False when a query with the same id() came before: it is not added.
    bool add(const TokenQuery &query);
    qsizetype size() const { return static_cast<qsizetype>(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    TokenQuery at(qsizetype index) const;

    bool hasUsers() const { return m_users > 0; }
    bool hasMembers() const { return size() > m_users; }
    // The longest displayIdentity(), for the table's first column.
    qsizetype longestIdentity() const { return m_longestIdentity; }

private:
    QByteArrayView idAt(qsizetype index) const;
    qsizetype findSlot(QByteArrayView id) const; // the slot holding id, or the free one to take
    void grow();

    QByteArray m_text;                  // every id(), one after another
    std::vector<qint64> m_ends;         // where each id() ends in m_text
    std::vector<bool> m_isMember;       // the id() is "email/TYPE"
    std::vector<std::uint32_t> m_slots; // index + 1 of a query, 0 for none; open addressing
    qsizetype m_users = 0;
    qsizetype m_longestIdentity = 0;
};

} // namespace TokenDesk::Cli
