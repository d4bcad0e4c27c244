// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystore.h"

#include "resultwriter.h"

#include <QHashFunctions>

#include <algorithm>

namespace TokenDesk::Cli {

QByteArrayView QueryStore::idAt(qsizetype index) const
{
    const qint64 start = index == 0 ? 0 : m_ends[static_cast<size_t>(index - 1)];
    return QByteArrayView(m_text).sliced(start, m_ends[static_cast<size_t>(index)] - start);
}

qsizetype QueryStore::findSlot(QByteArrayView id) const
{
    // Linear probing in a table at most half full: a free slot is always near.
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = qHash(id) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t taken = m_slots[slot];
        if (taken == 0 || idAt(static_cast<qsizetype>(taken) - 1) == id)
            return static_cast<qsizetype>(slot);
    }
}

void QueryStore::grow()
{
    std::vector<std::uint32_t> old(std::max<size_t>(64, m_slots.size() * 2), 0);
    old.swap(m_slots);
    for (const std::uint32_t taken : old) {
        if (taken != 0)
            m_slots[static_cast<size_t>(findSlot(idAt(static_cast<qsizetype>(taken) - 1)))] = taken;
    }
}

bool QueryStore::add(const TokenQuery &query)
{
    if ((m_ends.size() + 1) * 2 > m_slots.size())
        grow();
    const QByteArray id = query.id().toUtf8();
    const auto slot = static_cast<size_t>(findSlot(id));
    if (m_slots[slot] != 0)
        return false;
    m_text += id;
    m_ends.push_back(m_text.size());
    m_isMember.push_back(query.isMember());
    m_slots[slot] = static_cast<std::uint32_t>(m_ends.size());
    m_users += query.isMember() ? 0 : 1;
    m_longestIdentity = std::max(m_longestIdentity, terminalSafe(displayIdentity(query)).size());
    return true;
}

TokenQuery QueryStore::at(qsizetype index) const
{
    const QString id = QString::fromUtf8(idAt(index));
    if (!m_isMember[static_cast<size_t>(index)])
        return TokenQuery::forUser(id);
    // "email/TYPE": the type holds no slash, the address may.
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    return TokenQuery::forMember(id.left(slash), id.mid(slash + 1));
}

} // namespace TokenDesk::Cli
