// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace TokenDesk {

// The bookkeeping of a paged list with no total count: which customers are
// new, and whether the server is still advancing. Pure, so every stopping
// rule is unit-tested without a server.
class CustomerPageTracker final
{
public:
    // Pages in a row that bring nothing new before the list counts as stuck.
    static constexpr int MaxStalePages = 3;

    enum class Verdict {
        Advanced,     // go on with the next page
        EmptyPage,    // the normal end
        RepeatedPage, // the same ids as the previous page, or too many stale pages
    };

    // Takes one page's customers (in order) and the number of its entries the
    // parser skipped; newCustomers() then holds those not seen before. A page
    // of skipped entries only is not the end, but it brings nothing new.
    Verdict addPage(const QList<Customer> &page, int skippedEntries = 0);
    const QList<Customer> &newCustomers() const { return m_new; }

    int pages() const { return m_pages; } // pages accepted with something on them
    int customers() const { return static_cast<int>(m_seen.size()); }
    void reset();

private:
    QSet<QString> m_seen;
    QStringList m_previousIds;
    QList<Customer> m_new;
    int m_pages = 0;
    int m_stalePages = 0;
};

} // namespace TokenDesk
