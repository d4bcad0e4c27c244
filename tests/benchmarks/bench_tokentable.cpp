// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A 100,000-row tokens table: time to insert, sort and paint one screen, and
// the memory each row costs. Prints figures (median, min and max of several
// runs); asserts nothing about speed. TOKENDESK_BENCH_SMOKE=1: 1,000 rows.
#include "app/tokens/copybuttondelegate.h"
#include "app/tokens/statusbadgedelegate.h"
#include "benchmarkprobe.h"
#include "core/tokenfilterproxymodel.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QTableView>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace TokenDesk;

namespace {
TokenResult resultFor(int i)
{
    TokenResult r =
        (i % 17 == 0) ? TokenResult::failure(ErrorKind::NotFound,
                                             QStringLiteral("No customer with this user ID."), 404)
                      : TokenResult::success(
                            QStringLiteral("bp_%1").arg(qint64(i) * 7919, 32, 16, QLatin1Char('0')),
                            i % 5 != 4);
    // Grows with i, so the order of arrival decides how unsorted the table is.
    r.query =
        TokenQuery::forUser(QStringLiteral("%1").arg(qint64(i) * 104729, 24, 16, QLatin1Char('0')));
    r.fetchedAt = QDateTime::currentDateTimeUtc();
    return r;
}
} // namespace

class BenchTokenTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void insertRows();
    void sort_data();
    void sort();
    void paintOneScreen();
    void memoryPerRow();

private:
    void report(const char *what, const Bench::Samples &samples);
    // The rows in the view, for a function run on its own.
    void ensureFilled();
    // Adjacent rows of the view out of order by the column's sort key.
    int inversions(int column, Qt::SortOrder order) const;

    int m_rowCount = 100000;
    int m_runs = 5;
    QList<int> m_arrival;         // the order the rows arrive in: shuffled
    QList<TokenResult> m_results; // built once, so inserting is all that is timed
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<TokenFilterProxyModel> m_proxy;
    std::unique_ptr<QTableView> m_view;
};

void BenchTokenTable::report(const char *what, const Bench::Samples &samples)
{
    // Not QTest::setBenchmarkResult(): that makes QtTest run the function twice.
    qInfo("%s: %s", what, qPrintable(samples.summary()));
}

void BenchTokenTable::ensureFilled()
{
    if (m_model->rowCount() == m_rowCount)
        return;
    m_model->clear();
    for (const TokenResult &result : std::as_const(m_results))
        m_model->setResult(result);
    QCoreApplication::processEvents();
}

int BenchTokenTable::inversions(int column, Qt::SortOrder order) const
{
    int count = 0;
    QVariant previous = m_proxy->index(0, column).data(SortKeyRole);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QVariant key = m_proxy->index(row, column).data(SortKeyRole);
        const QPartialOrdering c = QVariant::compare(previous, key);
        count += order == Qt::AscendingOrder ? c == QPartialOrdering::Greater
                                             : c == QPartialOrdering::Less;
        previous = key;
    }
    return count;
}

void BenchTokenTable::initTestCase()
{
    if (Bench::smoke()) {
        m_rowCount = 1000;
        m_runs = 2;
    }
    m_arrival.resize(m_rowCount);
    std::iota(m_arrival.begin(), m_arrival.end(), 0);
    std::shuffle(m_arrival.begin(), m_arrival.end(), std::mt19937(20261207));
    for (int i : std::as_const(m_arrival))
        m_results.append(resultFor(i));

    m_model = std::make_unique<TokenTableModel>();
    m_proxy = std::make_unique<TokenFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_proxy.get());
    m_view->setItemDelegateForColumn(TokenTableModel::StatusColumn,
                                     new StatusBadgeDelegate(m_view.get()));
    m_view->setItemDelegateForColumn(TokenTableModel::CopyColumn,
                                     new CopyButtonDelegate(m_view.get()));
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void BenchTokenTable::insertRows()
{
    // Through the proxy and a shown view, as in the window; each run into a
    // new, empty model, unsorted.
    const Bench::Samples samples = Bench::Samples::take(
        m_runs,
        [this] {
            m_proxy->sort(-1);
            auto model = std::make_unique<TokenTableModel>();
            m_proxy->setSourceModel(model.get());
            m_model = std::move(model);
            QCoreApplication::processEvents();
        },
        [this] {
            for (const TokenResult &result : std::as_const(m_results))
                m_model->setResult(result);
            QCoreApplication::processEvents();
        });
    report(qPrintable(QStringLiteral("insert %1 rows").arg(m_rowCount)), samples);
    QCOMPARE(samples.count(), m_runs);
    QCOMPARE(m_proxy->rowCount(), m_rowCount);
}

void BenchTokenTable::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("by user ID") << int(TokenTableModel::UserIdColumn) << Qt::AscendingOrder;
    QTest::newRow("by user ID, descending")
        << int(TokenTableModel::UserIdColumn) << Qt::DescendingOrder;
    QTest::newRow("by status") << int(TokenTableModel::StatusColumn) << Qt::AscendingOrder;
}

void BenchTokenTable::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    ensureFilled();
    QCOMPARE(m_proxy->rowCount(), m_rowCount);
    // Every run sorts the rows in the order they arrived (shuffled), never the
    // order the run before left.
    int unsortedRuns = 0;
    const Bench::Samples samples = Bench::Samples::take(
        m_runs,
        [&] {
            m_proxy->sort(-1); // back to the model's own order
            unsortedRuns += inversions(column, order) > 0;
        },
        [&] { m_proxy->sort(column, order); });
    report(qPrintable(QStringLiteral("sort %1 rows %2")
                          .arg(m_rowCount)
                          .arg(QString::fromLatin1(QTest::currentDataTag()))),
           samples);
    QCOMPARE(unsortedRuns, m_runs);
    QCOMPARE(inversions(column, order), 0);
}

void BenchTokenTable::paintOneScreen()
{
    ensureFilled();
    const Bench::Samples samples = Bench::Samples::take(
        m_runs * 4, [] {},
        [this] {
            const QPixmap screen = m_view->viewport()->grab();
            QVERIFY(!screen.isNull());
        });
    report("paint one screen", samples);
}

void BenchTokenTable::memoryPerRow()
{
    if (Bench::heapInUseBytes() < 0)
        QSKIP("The C library does not report the heap in use (glibc 2.33 or later without ASan "
              "does); the resident set would undercount, so no figure.");
    // A separate model, without a view, so only the rows are counted; each
    // result is built and dropped as it goes, so the model owns every string.
    const qint64 before = Bench::heapInUseBytes();
    auto model = std::make_unique<TokenTableModel>();
    for (int i : std::as_const(m_arrival))
        model->setResult(resultFor(i));
    const qint64 after = Bench::heapInUseBytes();
    QCOMPARE(model->rowCount(), m_rowCount);
    QVERIFY(after > before);
    qInfo("memory: %lld bytes for %d rows = %.0f bytes per row (heap in use before and after "
          "building them: glibc mallinfo2(), allocated chunks, heap and mmap)",
          after - before, m_rowCount, static_cast<double>(after - before) / m_rowCount);
}

QTEST_MAIN(BenchTokenTable)
#include "bench_tokentable.moc"
