// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenfilterproxymodel.h"

#include "tokenroles.h"
#include "tokentablemodel.h"

namespace TokenDesk {

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortKeyRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TokenFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (m_statusFilter == filter)
        return;
    m_statusFilter = filter;
    invalidateFilter();
}

void TokenFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TokenFilterProxyModel::statusMatches(int state) const
{
    using State = TokenTableModel::RowState;
    switch (m_statusFilter) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Active:
        return state == int(State::Active);
    case StatusFilter::Inactive:
        return state == int(State::Inactive);
    case StatusFilter::Failed:
        return state == int(State::Failed) || state == int(State::Cancelled);
    case StatusFilter::Pending:
        return state == int(State::Queued) || state == int(State::Fetching);
    }
    return true;
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!statusMatches(first.data(RowStateRole).toInt()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {TokenTableModel::UserIdColumn, TokenTableModel::CustomerColumn}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return first.data(ErrorMessageRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace TokenDesk
