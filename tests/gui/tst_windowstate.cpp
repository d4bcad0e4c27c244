// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/firstwindowsize.h"
#include "app/window/mainwindow.h"
#include "app/window/windowstate.h"
#include "core/customertablemodel.h"
#include "core/partnerapi.h"
#include "core/tokentablemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace TokenDesk;

// The window's layout survives a restart: size, splitter, column widths and
// sort, for both tables; a geometry that fits no screen falls back.
class TestWindowState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void remembersSizeSplitterAndColumns();
    void firstStartFitsTheScreen();
    void firstSizeFollowsTheScreen_data();
    void firstSizeFollowsTheScreen();
    void geometryOffEveryScreenFallsBack();
    void staleColumnStateIsIgnored();
    void unchangedLayoutIsNotWrittenAgain();

private:
    std::unique_ptr<MainWindow> newWindow();
    template <typename T> static T *child(QWidget *window, const char *name)
    {
        auto *widget = window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QRect availableGeometry()
    {
        return QGuiApplication::primaryScreen()->availableGeometry();
    }

    PartnerApi m_api;
};

void TestWindowState::initTestCase()
{
    // Settings go to a throw-away place, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowState::init()
{
    QSettings().clear();
}

void TestWindowState::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestWindowState::newWindow()
{
    auto window = std::make_unique<MainWindow>(&m_api);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not exposed");
    // The customer list is built right after the first paint, and its columns
    // restored then.
    const auto built = [&window] {
        return window->findChild<QTableView *>(QStringLiteral("customersView")) != nullptr;
    };
    if (!QTest::qWaitFor(built))
        qFatal("the customer list was not built after the first paint");
    return window;
}

void TestWindowState::remembersSizeSplitterAndColumns()
{
    const QSize size = availableGeometry().size() * 0.8;
    QList<int> splitterSizes;
    int userIdWidth = 0;
    int emailWidth = 0;
    {
        auto window = newWindow();
        window->resize(size);
        QTRY_COMPARE(window->size(), size);
        auto *splitter = child<QSplitter>(window.get(), "mainSplitter");
        QCOMPARE(splitter->count(), 2);
        // The tables take the height the window gains.
        QCOMPARE(splitter->widget(1)->objectName(), QStringLiteral("viewTabs"));
        const int tabsBefore = splitter->sizes().at(1);
        window->resize(size.width(), size.height() - 40);
        QTRY_COMPARE(splitter->sizes().at(1), tabsBefore - 40);
        window->resize(size);
        QTRY_COMPARE(splitter->sizes().at(1), tabsBefore);

        // The user drags the splitter, widens a column and sorts, in both tables.
        const QList<int> before = splitter->sizes();
        splitter->setSizes({before.at(0) + 30, before.at(1) - 30});
        splitterSizes = splitter->sizes();
        QCOMPARE(splitterSizes.at(0), before.at(0) + 30);
        auto *tokens = child<QTableView>(window.get(), "tokensView");
        userIdWidth = tokens->horizontalHeader()->sectionSize(TokenTableModel::UserIdColumn) + 57;
        tokens->horizontalHeader()->resizeSection(TokenTableModel::UserIdColumn, userIdWidth);
        tokens->sortByColumn(TokenTableModel::CustomerColumn, Qt::DescendingOrder);
        auto *customers = child<QTableView>(window.get(), "customersView");
        emailWidth =
            customers->horizontalHeader()->sectionSize(CustomerTableModel::EmailColumn) + 33;
        customers->horizontalHeader()->resizeSection(CustomerTableModel::EmailColumn, emailWidth);
        QVERIFY(window->close());
    }

    auto window = newWindow();
    QCOMPARE(window->size(), size);
    QCOMPARE(child<QSplitter>(window.get(), "mainSplitter")->sizes(), splitterSizes);
    auto *tokens = child<QTableView>(window.get(), "tokensView");
    QHeaderView *header = tokens->horizontalHeader();
    QCOMPARE(header->sectionSize(TokenTableModel::UserIdColumn), userIdWidth);
    QCOMPARE(header->sortIndicatorSection(), int(TokenTableModel::CustomerColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // The view sorts by it too, not only the arrow.
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(tokens->model());
    QVERIFY(proxy);
    QCOMPARE(proxy->sortColumn(), int(TokenTableModel::CustomerColumn));
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    auto *customers = child<QTableView>(window.get(), "customersView");
    QCOMPARE(customers->horizontalHeader()->sectionSize(CustomerTableModel::EmailColumn),
             emailWidth);
    // The stretching column still takes the rest of the width.
    QCOMPARE(header->sectionResizeMode(TokenTableModel::TokenColumn), QHeaderView::Stretch);
}

void TestWindowState::firstStartFitsTheScreen()
{
    auto window = newWindow();
    QVERIFY(window->width() <= availableGeometry().width());
    QVERIFY(window->height() <= availableGeometry().height());
    QVERIFY(availableGeometry().intersects(window->frameGeometry()));
    // No saved size: the first start's, in the middle of the screen.
    QCOMPARE(window->size(), firstWindowSize(availableGeometry().size()));
    QVERIFY((window->geometry().center() - availableGeometry().center()).manhattanLength() <= 2);
}

void TestWindowState::firstSizeFollowsTheScreen_data()
{
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    // A small screen keeps a margin; a laptop gets more than the form's own
    // 900x600, so the customer list's columns fit; a large one a share of it.
    QTest::newRow("1024x768") << QSize(1024, 768) << QSize(960, 640);
    QTest::newRow("800x600") << QSize(800, 600) << QSize(752, 564);
    QTest::newRow("1366x768") << QSize(1366, 768) << QSize(960, 640);
    QTest::newRow("1920x1080") << QSize(1920, 1080) << QSize(1344, 810);
    QTest::newRow("3840x2160") << QSize(3840, 2160) << QSize(1500, 1000);
    QTest::newRow("1920x1080 at scale 2") << QSize(960, 540) << QSize(902, 508);
}

void TestWindowState::firstSizeFollowsTheScreen()
{
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(firstWindowSize(available), expected);
}

void TestWindowState::geometryOffEveryScreenFallsBack()
{
    // A window saved on a monitor that is gone, far right of every screen, and
    // larger than any: it comes back on the screen, at most as large as it.
    const QRect screen = availableGeometry();
    {
        QWidget far;
        far.setGeometry(screen.right() + 5000, screen.bottom() + 5000, screen.width() * 2,
                        screen.height() * 2);
        QSettings().setValue(QStringLiteral("layout/MainWindow/geometry"), far.saveGeometry());
    }
    auto window = newWindow();
    QVERIFY2(screen.intersects(window->frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                        .arg(window->x())
                                                                        .arg(window->y())
                                                                        .arg(window->width())
                                                                        .arg(window->height())));
    QVERIFY(window->width() <= screen.width());
    QVERIFY(window->height() <= screen.height());
}

void TestWindowState::staleColumnStateIsIgnored()
{
    // A header state from a version with three columns, the middle one hidden,
    // must not hide or size these.
    QStandardItemModel threeColumns(1, 3);
    QHeaderView old(Qt::Horizontal);
    old.setModel(&threeColumns);
    old.hideSection(1);
    old.resizeSection(0, 3);
    // Each is stored with the number of columns it was made for.
    QSettings settings;
    settings.setValue(QStringLiteral("layout/MainWindow/columns/tokensView"),
                      QVariantList{old.count(), old.saveState()});
    settings.setValue(
        QStringLiteral("layout/MainWindow/columns/customersView"),
        QVariantList{int(CustomerTableModel::ColumnCount), QByteArray("not a header state")});
    auto window = newWindow();
    const QHeaderView *header = child<QTableView>(window.get(), "tokensView")->horizontalHeader();
    QCOMPARE(header->count(), int(TokenTableModel::ColumnCount));
    for (int column = 0; column < header->count(); ++column)
        QVERIFY(!header->isSectionHidden(column));
    QVERIFY(header->sectionSize(TokenTableModel::UserIdColumn) > 50);
    const QHeaderView *customers =
        child<QTableView>(window.get(), "customersView")->horizontalHeader();
    QCOMPARE(customers->count(), int(CustomerTableModel::ColumnCount));
    QVERIFY(customers->sectionSize(CustomerTableModel::EmailColumn) > 50);
}

void TestWindowState::unchangedLayoutIsNotWrittenAgain()
{
    // Each write of QSettings syncs a lock file to disk: a window closed as it
    // was shown leaves the stored layout alone.
    const QString splitterKey = QStringLiteral("layout/MainWindow/splitters/mainSplitter");
    {
        auto window = newWindow();
        auto *splitter = child<QSplitter>(window.get(), "mainSplitter");
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes.at(0) + 20, sizes.at(1) - 20});
        QVERIFY(window->close());
    }
    QVERIFY(!QSettings().value(splitterKey).toByteArray().isEmpty());
    auto window = newWindow();
    QTest::qWait(50); // the first paint's baseline
    QSettings().setValue(splitterKey, QByteArray("left alone"));
    QVERIFY(window->close());
    QCOMPARE(QSettings().value(splitterKey).toByteArray(), QByteArray("left alone"));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
