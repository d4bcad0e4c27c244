// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Ctrl+Shift+C key itself, pressed in the window: it copies
// "userId,token" of the selected row, wherever the focus is in the window.
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>

using namespace TokenDesk;

namespace {

const QString UserText = QStringLiteral("the user's own clipboard text");

} // namespace

class TestCopyShortcut final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copiesUserIdAndTokenOfTheSelectedRow_data();
    void copiesUserIdAndTokenOfTheSelectedRow();
    void copiesTheRowShownAfterFilteringAndSorting();
    void plainCtrlCCopiesTheTokenOnly();
    void withNoRowSelectedCopiesNothing();

private:
    QTableView *tokensView() const { return child<QTableView>("tokensView"); }
    static void pressCtrlShiftC(QWidget *target)
    {
        QTest::keyClick(target, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    }

    QList<Sandbox::Customer> m_customers; // the three fetched, in table order
};

void TestCopyShortcut::initTestCase()
{
    isolateSettings();
}

void TestCopyShortcut::init()
{
    QVERIFY(openWindow());
    // Shortcuts reach only the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    const QList<Sandbox::Customer> all = m_sandbox->customers();
    m_customers = {all.at(0), all.at(4), all.at(7)}; // the middle one's token is inactive
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    QStringList ids;
    for (const Sandbox::Customer &customer : std::as_const(m_customers))
        ids.append(customer.id);
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(ids.join(QLatin1Char(' ')));
    m_window->fetch();
    TokenTableModel *model = m_window->tokenModel();
    QTRY_COMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QTRY_VERIFY(!model->index(row, TokenTableModel::TokenColumn)
                         .data(RawTokenRole)
                         .toString()
                         .isEmpty());
    QApplication::clipboard()->setText(UserText);
}

void TestCopyShortcut::cleanup()
{
    closeWindow();
    QApplication::clipboard()->clear();
}

void TestCopyShortcut::copiesUserIdAndTokenOfTheSelectedRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("focus"); // where the keyboard focus is when the key is pressed
    for (int row : {0, 1, 2}) {
        for (const char *focus : {"tokensView", "userIdsEdit", "tokenFilterEdit"})
            QTest::addRow("row %d, focus in %s", row, focus) << row << QString::fromLatin1(focus);
    }
}

void TestCopyShortcut::copiesUserIdAndTokenOfTheSelectedRow()
{
    QFETCH(int, row);
    QFETCH(QString, focus);
    tokensView()->selectRow(row);
    auto *target = m_window->findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);

    pressCtrlShiftC(target);
    const Sandbox::Customer &customer = m_customers.at(row);
    QCOMPARE(QApplication::clipboard()->text(), customer.id + QLatin1Char(',') + customer.tokenKey);
    QVERIFY(m_window->statusBar()->currentMessage().contains(customer.id));
}

void TestCopyShortcut::copiesTheRowShownAfterFilteringAndSorting()
{
    // Only the third customer left by the filter: view row 0 is source row 2.
    auto *filter = child<QLineEdit>("tokenFilterEdit");
    QTest::keyClicks(filter, m_customers.at(2).id.left(12));
    QCOMPARE(tokensView()->model()->rowCount(), 1);
    tokensView()->setFocus();
    tokensView()->selectRow(0);
    pressCtrlShiftC(tokensView());
    QCOMPARE(QApplication::clipboard()->text(),
             m_customers.at(2).id + QLatin1Char(',') + m_customers.at(2).tokenKey);

    // Sorted by user ID, descending: the view's first row is the largest ID.
    filter->clear();
    tokensView()->sortByColumn(TokenTableModel::UserIdColumn, Qt::DescendingOrder);
    QList<Sandbox::Customer> sorted = m_customers;
    std::sort(sorted.begin(), sorted.end(),
              [](const Sandbox::Customer &a, const Sandbox::Customer &b) { return a.id > b.id; });
    tokensView()->selectRow(0);
    pressCtrlShiftC(tokensView());
    QCOMPARE(QApplication::clipboard()->text(),
             sorted.at(0).id + QLatin1Char(',') + sorted.at(0).tokenKey);
}

void TestCopyShortcut::plainCtrlCCopiesTheTokenOnly()
{
    // The other half of the binding: without Shift, the token alone.
    tokensView()->setFocus();
    tokensView()->selectRow(1);
    QTest::keyClick(tokensView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), m_customers.at(1).tokenKey);
    pressCtrlShiftC(tokensView());
    QCOMPARE(QApplication::clipboard()->text(),
             m_customers.at(1).id + QLatin1Char(',') + m_customers.at(1).tokenKey);
}

void TestCopyShortcut::withNoRowSelectedCopiesNothing()
{
    tokensView()->clearSelection();
    tokensView()->setCurrentIndex(QModelIndex());
    tokensView()->setFocus();
    pressCtrlShiftC(tokensView());
    QCOMPARE(QApplication::clipboard()->text(), UserText);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Select a row with a token to copy."));
}

QTEST_MAIN(TestCopyShortcut)
#include "tst_copyshortcut.moc"
