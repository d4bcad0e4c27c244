// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerpagetracker.h"

namespace TokenDesk {

CustomerPageTracker::Verdict CustomerPageTracker::addPage(const QList<Customer> &page,
                                                          int skippedEntries)
{
    m_new.clear();
    if (page.isEmpty() && skippedEntries <= 0)
        return Verdict::EmptyPage;

    QStringList ids;
    ids.reserve(page.size());
    for (const Customer &customer : page)
        ids.append(customer.id);
    // A server that ignores "page" (or clamps it) sends the same page forever.
    if (!ids.isEmpty() && ids == m_previousIds)
        return Verdict::RepeatedPage;
    m_previousIds = ids;
    ++m_pages;

    for (const Customer &customer : page) {
        if (!m_seen.contains(customer.id)) {
            m_seen.insert(customer.id);
            m_new.append(customer);
        }
    }
    // A list that shifts while it is read brings some old entries again; a
    // list that brings only old ones, page after page, is going in circles.
    m_stalePages = m_new.isEmpty() ? m_stalePages + 1 : 0;
    return m_stalePages >= MaxStalePages ? Verdict::RepeatedPage : Verdict::Advanced;
}

void CustomerPageTracker::reset()
{
    m_seen.clear();
    m_previousIds.clear();
    m_new.clear();
    m_pages = 0;
    m_stalePages = 0;
}

} // namespace TokenDesk
