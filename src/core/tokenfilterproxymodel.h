// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace TokenDesk {

// Sorts the tokens table and narrows it by status and by text. Tokens
// themselves are never matched, so typing cannot probe a hidden secret.
class TokenFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenFilterProxyModel)

public:
    enum class StatusFilter { All, Active, Inactive, Failed, Pending };
    Q_ENUM(StatusFilter)

    explicit TokenFilterProxyModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    // Case-insensitive; matches the user ID, the customer's name and the error.
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool statusMatches(int state) const;

    StatusFilter m_statusFilter = StatusFilter::All;
    QString m_text;
};

} // namespace TokenDesk
