// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerwriter.h"

#include "resultwriter.h"

#include "core/customerparser.h"
#include "core/customertablemodel.h"
#include "core/jsontext.h"

#include <QJsonDocument>

namespace TokenDesk::Cli {

namespace {
QByteArray csvDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}
} // namespace

QByteArray customerJsonLine(const Customer &customer)
{
    return escapeJsonControls(
        QJsonDocument(customerToJson(customer)).toJson(QJsonDocument::Compact));
}

QByteArray customersToJsonArray(const QList<Customer> &customers)
{
    if (customers.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out("[\n");
    for (qsizetype i = 0; i < customers.size(); ++i)
        out += "  " + customerJsonLine(customers.at(i)) + (i + 1 < customers.size() ? ",\n" : "\n");
    out += "]\n";
    return out;
}

QByteArray customersToCsv(const QList<Customer> &customers)
{
    QByteArray out(
        "_id,name,email,verified,status,subscriptionType,createdAt,updatedAt,lastLogin\n");
    for (const Customer &c : customers) {
        const QByteArrayList fields{
            csvField(c.id),
            csvField(c.name),
            csvField(c.email),
            c.verified ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            csvField(c.status),
            csvField(c.subscriptionType),
            csvDate(c.createdAt),
            csvDate(c.updatedAt),
            csvDate(c.lastLogin)};
        out += fields.join(',') + '\n';
    }
    return out;
}

QByteArray customersToTable(const QList<Customer> &customers)
{
    QList<QStringList> rows;
    rows << QStringList{CustomerTableModel::columnTitle(CustomerTableModel::NameColumn),
                        CustomerTableModel::columnTitle(CustomerTableModel::EmailColumn),
                        CustomerTableModel::columnTitle(CustomerTableModel::StatusColumn),
                        CustomerTableModel::columnTitle(CustomerTableModel::UserIdColumn)};
    for (const Customer &c : customers)
        rows << QStringList{terminalSafe(c.name), terminalSafe(c.email), terminalSafe(c.status),
                            terminalSafe(c.id)};
    return alignedTable(rows);
}

} // namespace TokenDesk::Cli
