// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A 100,000-row tokens table: time to insert, sort and paint one screen, and
// the memory each row costs. Prints figures; asserts nothing about speed.
#include "app/copybuttondelegate.h"
#include "app/statusbadgedelegate.h"
#include "benchmarkprobe.h"
#include "core/tokenfilterproxymodel.h"
#include "core/tokentablemodel.h"

#include <QTableView>
#include <QTest>

using namespace TokenDesk;

namespace {
constexpr int RowCount = 100000;

TokenResult resultFor(int i)
{
    TokenResult r =
        (i % 17 == 0) ? TokenResult::failure(ErrorKind::NotFound,
                                             QStringLiteral("No customer with this user ID."), 404)
                      : TokenResult::success(
                            QStringLiteral("bp_%1").arg(qint64(i) * 7919, 32, 16, QLatin1Char('0')),
                            i % 5 != 4);
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
    void sortByUserId();
    void sortByStatus();
    void paintOneScreen();
    void memoryPerRow();

private:
    void fill(TokenTableModel &model);

    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<TokenFilterProxyModel> m_proxy;
    std::unique_ptr<QTableView> m_view;
};

void BenchTokenTable::fill(TokenTableModel &model)
{
    for (int i = 0; i < RowCount; ++i)
        model.setResult(resultFor(i));
}

void BenchTokenTable::initTestCase()
{
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
    // Through the proxy and a shown view, as in the window.
    QBENCHMARK_ONCE
    {
        fill(*m_model);
        QCoreApplication::processEvents();
    }
    QCOMPARE(m_proxy->rowCount(), RowCount);
}

void BenchTokenTable::sortByUserId()
{
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        m_proxy->sort(TokenTableModel::UserIdColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

void BenchTokenTable::sortByStatus()
{
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        m_proxy->sort(TokenTableModel::StatusColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

void BenchTokenTable::paintOneScreen()
{
    QBENCHMARK
    {
        const QPixmap screen = m_view->viewport()->grab();
        QVERIFY(!screen.isNull());
    }
}

void BenchTokenTable::memoryPerRow()
{
    // A separate model, without a view, so only the rows are counted.
    const qint64 before = Bench::residentKiB();
    auto model = std::make_unique<TokenTableModel>();
    fill(*model);
    const qint64 after = Bench::residentKiB();
    const double bytesPerRow = (after - before) * 1024.0 / RowCount;
    qInfo("memory: %lld KiB for %d rows = %.0f bytes per row", after - before, RowCount,
          bytesPerRow);
    QCOMPARE(model->rowCount(), RowCount);
}

QTEST_MAIN(BenchTokenTable)
#include "bench_tokentable.moc"
