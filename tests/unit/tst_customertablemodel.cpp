// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerroles.h"
#include "core/customertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;
using Model = CustomerTableModel;

namespace {
Customer customer(const QString &id, const QString &name, const QDateTime &created = {},
                  bool verified = true)
{
    Customer c;
    c.id = id;
    c.name = name;
    c.email = id + QStringLiteral("@example.com");
    c.verified = verified;
    c.status = QStringLiteral("ACTIVE");
    c.subscriptionType = QStringLiteral("v2");
    c.createdAt = created;
    return c;
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc());
}
} // namespace

class TestCustomerTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void appendsBatchesOnce();
    void skipsKnownIds();
    void displayAndRawValues();
    void sortsDatesAsDates();
    void lookups();
    void clearForgetsEverything();
};

void TestCustomerTableModel::headers()
{
    Model model;
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    const QStringList expected{QStringLiteral("Name"),       QStringLiteral("Email"),
                               QStringLiteral("Status"),     QStringLiteral("Verified"),
                               QStringLiteral("Plan"),       QStringLiteral("Created"),
                               QStringLiteral("Last login"), QStringLiteral("User ID")};
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestCustomerTableModel::appendsBatchesOnce()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A")),
                           customer(QStringLiteral("b"), QStringLiteral("B")),
                           customer(QStringLiteral("c"), QStringLiteral("C"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1); // one insertion per batch
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    model.appendCustomers({customer(QStringLiteral("d"), QStringLiteral("D"))});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 3);
    model.appendCustomers({});
    QCOMPARE(inserted.size(), 2);
}

void TestCustomerTableModel::skipsKnownIds()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A"))});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Known, repeated within the batch, and without an id: none becomes a row.
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A again")),
                           customer(QStringLiteral("b"), QStringLiteral("B")),
                           customer(QStringLiteral("b"), QStringLiteral("B again")),
                           customer(QString(), QStringLiteral("no id"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    // The first name seen for an ID stays.
    QCOMPARE(model.customerAt(0).id, QStringLiteral("a"));
    QCOMPARE(model.customerAt(0).name, QStringLiteral("A"));
    QCOMPARE(model.customerAt(1).id, QStringLiteral("b"));
    QCOMPARE(model.customerAt(1).name, QStringLiteral("B"));
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A"))});
    QCOMPARE(inserted.size(), 1); // nothing new, no signal
}

void TestCustomerTableModel::displayAndRawValues()
{
    Model model;
    Customer c =
        customer(QStringLiteral("65a1"), QStringLiteral("Zürich Café"), utc(2024, 5, 1), false);
    c.lastLogin = utc(2024, 6, 2);
    model.appendCustomers({c, customer(QStringLiteral("b"), QStringLiteral("B"))});

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, Model::NameColumn).toString(), QStringLiteral("Zürich Café"));
    QCOMPARE(cell(0, Model::EmailColumn).toString(), QStringLiteral("65a1@example.com"));
    QCOMPARE(cell(0, Model::StatusColumn).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(cell(0, Model::VerifiedColumn).toString(), QStringLiteral("No"));
    QCOMPARE(cell(1, Model::VerifiedColumn).toString(), QStringLiteral("Yes"));
    QCOMPARE(cell(0, Model::SubscriptionColumn).toString(), QStringLiteral("v2"));
    QCOMPARE(cell(0, Model::CreatedColumn).toString(),
             QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(cell(0, Model::LastLoginColumn).toString(),
             QLocale().toString(c.lastLogin.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(0, Model::UserIdColumn).toString(), QStringLiteral("65a1"));
    QVERIFY(cell(1, Model::LastLoginColumn).toString().isEmpty()); // never logged in

    // EditRole is raw, for sorting.
    QCOMPARE(cell(0, Model::VerifiedColumn, Qt::EditRole).userType(), QMetaType::Bool);
    QCOMPARE(cell(0, Model::VerifiedColumn, Qt::EditRole).toBool(), false);
    QCOMPARE(cell(0, Model::CreatedColumn, Qt::EditRole).toDateTime(), c.createdAt);

    for (int column = 0; column < Model::ColumnCount; ++column) {
        QCOMPARE(cell(0, column, CustomerIdRole).toString(), QStringLiteral("65a1"));
        QCOMPARE(cell(0, column, CustomerNameRole).toString(), QStringLiteral("Zürich Café"));
    }
    QVERIFY(!model.index(5, 0).data().isValid());
}

void TestCustomerTableModel::sortsDatesAsDates()
{
    Model model;
    // As text in most short formats, "1/2/25" sorts before "12/1/24"; as dates it must not.
    model.appendCustomers({customer(QStringLiteral("new"), QStringLiteral("N"), utc(2025, 1, 2)),
                           customer(QStringLiteral("old"), QStringLiteral("O"), utc(2024, 12, 1)),
                           customer(QStringLiteral("mid"), QStringLiteral("M"), utc(2024, 12, 20)),
                           customer(QStringLiteral("none"), QStringLiteral("X"))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(Model::CreatedColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(CustomerIdRole).toString());
    QCOMPARE(order, (QStringList{QStringLiteral("none"), QStringLiteral("old"),
                                 QStringLiteral("mid"), QStringLiteral("new")}));
}

void TestCustomerTableModel::lookups()
{
    Model model;
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A")),
                           customer(QStringLiteral("b"), QStringLiteral("B"))});
    QCOMPARE(model.customerAt(1).id, QStringLiteral("b"));
    QVERIFY(model.customerAt(2).id.isEmpty());
    QVERIFY(model.customerAt(-1).id.isEmpty());
}

void TestCustomerTableModel::clearForgetsEverything()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A"))});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.customerAt(0).id.isEmpty());
    model.appendCustomers({customer(QStringLiteral("a"), QStringLiteral("A"))});
    QCOMPARE(model.rowCount(), 1); // the id is new again
}

QTEST_GUILESS_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
