// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"

#include "customerroles.h"

#include <QLocale>
#include <QSet>

namespace TokenDesk {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::rawData(const Customer &customer, int column)
{
    switch (column) {
    case NameColumn:
        return customer.name;
    case EmailColumn:
        return customer.email;
    case StatusColumn:
        return customer.status;
    case VerifiedColumn:
        return customer.verified;
    case SubscriptionColumn:
        return customer.subscriptionType;
    case CreatedColumn:
        return customer.createdAt;
    case LastLoginColumn:
        return customer.lastLogin;
    case UserIdColumn:
        return customer.id;
    default:
        return {};
    }
}

QVariant CustomerTableModel::displayData(const Customer &customer, int column) const
{
    switch (column) {
    case VerifiedColumn:
        return customer.verified ? tr("Yes") : tr("No");
    case CreatedColumn: // the day is what tells customers apart; the tooltip has the time
        return customer.createdAt.isValid()
                   ? QLocale().toString(customer.createdAt.toLocalTime().date(),
                                        QLocale::ShortFormat)
                   : QString();
    case LastLoginColumn:
        return customer.lastLogin.isValid()
                   ? QLocale().toString(customer.lastLogin.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return rawData(customer, column);
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &customer = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(customer, index.column());
    case Qt::EditRole:
        return rawData(customer, index.column());
    case Qt::ToolTipRole:
        // The exact moment, which the short format leaves out.
        if (index.column() == CreatedColumn && customer.createdAt.isValid())
            return QLocale().toString(customer.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == LastLoginColumn && customer.lastLogin.isValid())
            return QLocale().toString(customer.lastLogin.toLocalTime(), QLocale::LongFormat);
        return {};
    case CustomerIdRole:
        return customer.id;
    case CustomerNameRole:
        return customer.name;
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString CustomerTableModel::columnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case VerifiedColumn:
        return tr("Verified");
    case SubscriptionColumn:
        return tr("Plan"); // short as its values (v2, free): room for the name
    case CreatedColumn:
        return tr("Created");
    case LastLoginColumn:
        return tr("Last login");
    case UserIdColumn:
        return tr("User ID");
    default:
        return {};
    }
}

void CustomerTableModel::appendCustomers(const QList<Customer> &customers)
{
    QList<Customer> fresh;
    QSet<QString> freshIds; // duplicates within the batch, too
    for (const Customer &customer : customers) {
        if (customer.id.isEmpty() || m_knownIds.contains(customer.id) ||
            freshIds.contains(customer.id))
            continue;
        freshIds.insert(customer.id);
        fresh.append(customer);
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_customers.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const Customer &customer : std::as_const(fresh)) {
        m_knownIds.insert(customer.id);
        m_customers.append(customer);
    }
    endInsertRows();
}

void CustomerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CustomerTableModel::clear()
{
    beginResetModel();
    m_customers.clear();
    m_knownIds.clear();
    endResetModel();
}

Customer CustomerTableModel::customerAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? m_customers.at(row) : Customer{};
}

} // namespace TokenDesk
