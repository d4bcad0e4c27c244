// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerpagetracker.h"

#include <QTest>

using namespace TokenDesk;
using Verdict = CustomerPageTracker::Verdict;

Q_DECLARE_METATYPE(TokenDesk::CustomerPageTracker::Verdict)

namespace {
// "a b c" -> three customers with those ids; "" -> an empty page.
QList<Customer> pageOf(const QString &ids)
{
    QList<Customer> page;
    for (const QString &id : ids.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Customer c;
        c.id = id;
        page.append(c);
    }
    return page;
}
} // namespace

class TestCustomerPageTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppingRules_data();
    void stoppingRules();
    void newCustomersInOrder();
    void pageOfSkippedEntriesIsNotTheEnd();
};

void TestCustomerPageTracker::stoppingRules_data()
{
    QTest::addColumn<QStringList>("pages"); // the pages in order
    QTest::addColumn<Verdict>("last");      // the verdict on the last one
    QTest::addColumn<int>("customers");     // unique customers then
    QTest::addColumn<int>("acceptedPages");

    QTest::newRow("empty first page") << QStringList{QString()} << Verdict::EmptyPage << 0 << 0;
    QTest::newRow("normal end") << QStringList{QStringLiteral("a b"), QStringLiteral("c"),
                                               QString()}
                                << Verdict::EmptyPage << 3 << 2;
    QTest::newRow("advancing") << QStringList{QStringLiteral("a b"), QStringLiteral("c d")}
                               << Verdict::Advanced << 4 << 2;
    QTest::newRow("same page again")
        << QStringList{QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("c d")}
        << Verdict::RepeatedPage << 4 << 2;
    QTest::newRow("same ids in another order is not a repeat")
        << QStringList{QStringLiteral("a b"), QStringLiteral("b a")} << Verdict::Advanced << 2 << 2;
    QTest::newRow("overlap de-duplicated")
        << QStringList{QStringLiteral("a b c"), QStringLiteral("c d e"), QStringLiteral("e f")}
        << Verdict::Advanced << 6 << 3;
    QTest::newRow("two stale pages go on")
        << QStringList{QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("a b"),
                       QStringLiteral("c d")}
        << Verdict::Advanced << 4 << 4;
    QTest::newRow("three stale pages stop")
        << QStringList{QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("a b"),
                       QStringLiteral("c d"), QStringLiteral("a b")}
        << Verdict::RepeatedPage << 4 << 5;
    QTest::newRow("a new customer resets the stale count")
        << QStringList{QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("a b"),
                       QStringLiteral("c d"), QStringLiteral("a e"), QStringLiteral("b c"),
                       QStringLiteral("d e")}
        << Verdict::Advanced << 5 << 7;
}

void TestCustomerPageTracker::stoppingRules()
{
    QFETCH(QStringList, pages);
    QFETCH(Verdict, last);
    QFETCH(int, customers);
    QFETCH(int, acceptedPages);
    CustomerPageTracker tracker;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const Verdict verdict = tracker.addPage(pageOf(pages.at(i)));
        if (i + 1 < pages.size())
            QCOMPARE(verdict, Verdict::Advanced);
        else
            QCOMPARE(verdict, last);
    }
    QCOMPARE(tracker.customers(), customers);
    QCOMPARE(tracker.pages(), acceptedPages);
    tracker.reset();
    QCOMPARE(tracker.customers(), 0);
    QCOMPARE(tracker.pages(), 0);
    QCOMPARE(tracker.addPage(pageOf(QStringLiteral("a"))), Verdict::Advanced);
}

void TestCustomerPageTracker::newCustomersInOrder()
{
    CustomerPageTracker tracker;
    tracker.addPage(pageOf(QStringLiteral("a b c")));
    QCOMPARE(tracker.newCustomers().size(), 3);
    tracker.addPage(pageOf(QStringLiteral("c d b e")));
    QStringList ids;
    for (const Customer &c : tracker.newCustomers())
        ids.append(c.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("d"), QStringLiteral("e")}));
    tracker.addPage({});
    QVERIFY(tracker.newCustomers().isEmpty());
}

void TestCustomerPageTracker::pageOfSkippedEntriesIsNotTheEnd()
{
    CustomerPageTracker tracker;
    QCOMPARE(tracker.addPage(pageOf(QStringLiteral("a"))), Verdict::Advanced);
    // Nothing usable, but not empty: go on, as a page with nothing new.
    QCOMPARE(tracker.addPage({}, 20), Verdict::Advanced);
    QCOMPARE(tracker.addPage({}, 20), Verdict::Advanced);
    QCOMPARE(tracker.addPage({}, 20), Verdict::RepeatedPage);
    QCOMPARE(tracker.customers(), 1);
}

QTEST_GUILESS_MAIN(TestCustomerPageTracker)
#include "tst_customerpagetracker.moc"
