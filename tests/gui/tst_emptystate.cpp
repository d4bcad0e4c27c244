// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/emptystateoverlay.h"
#include "app/window/mainwindow.h"
#include "core/partnerapi.h"
#include "core/tokenquery.h"
#include "core/tokentablemodel.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace TokenDesk;

// An empty table says what to do, to the eye and to a screen reader, and
// makes way for the first row.
class TestEmptyState final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tokensTableExplainsItselfUntilRowsArrive();
    void filterThatHidesEveryRowSaysSo();
    void customerListSaysToLoad();
    void followsTheModelPaletteAndLanguage();

private:
    static void addRows(TokenTableModel *model, const QStringList &ids);
    static void verifyCentredIn(const QLabel *label, const QWidget *viewport);
    static void verifyPaintedInPlaceholderColour(QAbstractItemView *view);
};

void TestEmptyState::initTestCase()
{
    isolateSettings();
}

void TestEmptyState::init()
{
    QVERIFY(openWindow());
}

void TestEmptyState::cleanup()
{
    closeWindow();
    QSettings().clear();
}

void TestEmptyState::addRows(TokenTableModel *model, const QStringList &ids)
{
    QList<TokenQuery> queries;
    for (const QString &id : ids)
        queries.append(TokenQuery::forUser(id));
    model->markQueued(queries);
}

void TestEmptyState::verifyCentredIn(const QLabel *label, const QWidget *viewport)
{
    QVERIFY(label->isVisible());
    QCOMPARE(label->parentWidget(), viewport);
    QVERIFY(label->alignment() & Qt::AlignHCenter);
    QVERIFY(label->alignment() & Qt::AlignVCenter);
    QVERIFY(label->wordWrap());
    const QPoint offset = label->geometry().center() - viewport->rect().center();
    QVERIFY2(offset.manhattanLength() <= 2, qPrintable(QString::number(offset.manhattanLength())));
    // Wrapped inside the viewport, never wider.
    QVERIFY(viewport->rect().contains(label->geometry()));
}

void TestEmptyState::verifyPaintedInPlaceholderColour(QAbstractItemView *view)
{
    // The strongest ink in the viewport is the placeholder colour laid on the
    // base, not the palette's full text colour.
    const QImage shot = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    const QColor placeholder = view->palette().color(QPalette::PlaceholderText);
    const double alpha = placeholder.alphaF();
    const auto blend = [alpha](double over, double under) {
        return qRound((over * alpha + under * (1 - alpha)) * 255);
    };
    const QColor expected(blend(placeholder.redF(), base.redF()),
                          blend(placeholder.greenF(), base.greenF()),
                          blend(placeholder.blueF(), base.blueF()));
    QColor ink = base;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QColor pixel = shot.pixelColor(x, y);
            if (qAbs(pixel.lightness() - base.lightness()) >
                qAbs(ink.lightness() - base.lightness()))
                ink = pixel;
        }
    }
    const int distance = qAbs(ink.red() - expected.red()) + qAbs(ink.green() - expected.green()) +
                         qAbs(ink.blue() - expected.blue());
    QVERIFY2(distance <= 24, qPrintable(ink.name() + QLatin1String(" is not ") + expected.name()));
}

void TestEmptyState::tokensTableExplainsItselfUntilRowsArrive()
{
    auto *view = child<QTableView>("tokensView");
    auto *label = child<QLabel>("tokensViewEmptyLabel");
    verifyCentredIn(label, view->viewport());
    const QString text = label->text();
    QVERIFY(text.contains(QLatin1String("Fetch tokens")));
    QVERIFY2(
        text.contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String("import")));
    QVERIFY(text.contains(QLatin1String("Customer list")));
    // Painted in the palette's placeholder colour, and told to assistive technology.
    verifyPaintedInPlaceholderColour(view);
    QCOMPARE(view->accessibleDescription(), text);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Description), text);
    // Clicks go through to the view.
    QVERIFY(label->testAttribute(Qt::WA_TransparentForMouseEvents));

    // The first row makes it vanish, and every row shows.
    TokenTableModel *model = m_window->tokenModel();
    addRows(model, {QStringLiteral("first-user")});
    QVERIFY(!label->isVisible());
    QVERIFY(view->accessibleDescription() != text);
    addRows(model, {QStringLiteral("second-user"), QStringLiteral("third-user")});
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(!label->isVisible());

    // Edit → Clear table empties it: the hint is back.
    child<QAction>("clearTableAction")->trigger();
    QCOMPARE(model->rowCount(), 0);
    verifyCentredIn(label, view->viewport());
    QCOMPARE(label->text(), text);
    QCOMPARE(view->accessibleDescription(), text);

    // It follows the viewport's size.
    m_window->resize(m_window->width() + 80, m_window->height() + 60);
    QTRY_VERIFY(
        view->viewport()->rect().center() == label->geometry().center() ||
        (label->geometry().center() - view->viewport()->rect().center()).manhattanLength() <= 2);
}

void TestEmptyState::filterThatHidesEveryRowSaysSo()
{
    auto *view = child<QTableView>("tokensView");
    auto *label = child<QLabel>("tokensViewEmptyLabel");
    addRows(m_window->tokenModel(), {QStringLiteral("first-user")});
    QVERIFY(!label->isVisible());
    child<QLineEdit>("tokenFilterEdit")->setText(QStringLiteral("no such user"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No row matches the filter."));
    child<QLineEdit>("tokenFilterEdit")->clear();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(!label->isVisible());
}

void TestEmptyState::customerListSaysToLoad()
{
    m_window->customerBrowser(); // built after the first paint, or at once when asked for
    auto *view = child<QTableView>("customersView");
    auto *label = child<QLabel>("customersViewEmptyLabel");
    // On a tab not shown yet: visible to its parent, not on screen.
    QVERIFY(label->isVisibleTo(view->viewport()));
    QVERIFY(label->text().contains(QLatin1String("Load customers")));
    QCOMPARE(view->accessibleDescription(), label->text());
}

void TestEmptyState::followsTheModelPaletteAndLanguage()
{
    // The class on its own, on any view and model.
    QStandardItemModel model;
    QTableView view;
    view.setModel(&model);
    view.setAccessibleDescription(QStringLiteral("A view of things"));
    QString words = QStringLiteral("Nothing here yet.");
    auto *overlay = new EmptyStateOverlay(&view, [&words] { return words; });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->text(), words);

    model.appendRow(new QStandardItem(QStringLiteral("a row")));
    QVERIFY(!overlay->isVisible());
    // The view's own description comes back with the rows.
    QCOMPARE(view.accessibleDescription(), QStringLiteral("A view of things"));
    model.removeRow(0);
    QVERIFY(overlay->isVisible());
    model.appendRow(new QStandardItem(QStringLiteral("a row")));
    model.clear(); // a reset
    QVERIFY(overlay->isVisible());

    // A change of language words it again.
    words = QStringLiteral("Noch nichts hier.");
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(overlay, &change);
    QCOMPARE(overlay->text(), words);
    QCOMPARE(view.accessibleDescription(), words);

    // A new palette (dark mode) gives it the new placeholder colour.
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    view.setPalette(dark);
    verifyPaintedInPlaceholderColour(&view);
}

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
