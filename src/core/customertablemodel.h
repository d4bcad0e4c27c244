// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace TokenDesk {

// The agency's customers, one row each, for the customer browser. DisplayRole
// is text for people; EditRole holds raw values (QDateTime, bool) so that a
// QSortFilterProxyModel with sortRole EditRole sorts dates and flags correctly.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column {
        NameColumn,
        EmailColumn,
        StatusColumn,
        VerifiedColumn,
        SubscriptionColumn,
        CreatedColumn,
        LastLoginColumn,
        UserIdColumn,
        ColumnCount
    };

    explicit CustomerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A column's title, for the window's header and the console's table alike.
    static QString columnTitle(int column);
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds the customers whose id is not in the model yet, in one insertion.
    void appendCustomers(const QList<Customer> &customers);
    void clear();
    // Headers, states and dates are worded at display time: after a change of
    // language or locale, the views ask again.
    void retranslate();

    Customer customerAt(int row) const; // a default Customer when out of range

private:
    QVariant displayData(const Customer &customer, int column) const;
    static QVariant rawData(const Customer &customer, int column);

    QList<Customer> m_customers;
    QSet<QString> m_knownIds; // each customer is one row
};

} // namespace TokenDesk
