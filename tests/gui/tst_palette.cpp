// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/contrast.h"
#include "app/tokens/copybuttondelegate.h"
#include "app/tokens/statusbadgedelegate.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QApplication>
#include <QHash>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using State = TokenTableModel::RowState;

Q_DECLARE_METATYPE(TokenDesk::TokenTableModel::RowState)

namespace {

// A dark palette as a desktop in dark mode gives one, on the Fusion style.
QPalette darkPalette()
{
    const QColor window(0x20, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor button(0x3c, 0x40, 0x43);
    QPalette palette(text, button, button.lighter(150), button.darker(150), button.darker(120),
                     text, Qt::white, base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2c));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    const QColor disabled(0x80, 0x86, 0x8b);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette paletteNamed(const QString &name)
{
    return name == QLatin1String("dark") ? darkPalette() : lightPalette();
}

QString describe(const QColor &color)
{
    return color.name();
}

// The colour that covers most of the area: a badge's or a button's fill.
QColor dominantColor(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// The pixel that stands out most from the background: the core of a glyph.
QColor mostContrasting(const QImage &image, const QRect &area, const QColor &background)
{
    QColor best = background;
    double ratio = 1.0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (const double r = contrastRatio(pixel, background); r > ratio) {
                ratio = r;
                best = pixel;
            }
        }
    }
    return best;
}

// A table as the window has it: alternating rows, whole rows selected, the
// real delegates; three rows of one state, the last one selected.
struct Table
{
    explicit Table(State state, const QPalette &palette)
    {
        for (int row = 0; row < 3; ++row) {
            auto *badge = new QStandardItem(TokenTableModel::stateText(state));
            badge->setData(static_cast<int>(state), RowStateRole);
            auto *copy = new QStandardItem(QStringLiteral("Copy"));
            copy->setData(QStringLiteral("secret-token"), RawTokenRole);
            model.appendRow({badge, copy});
        }
        view.setPalette(palette);
        QFont font = view.font();
        font.setPixelSize(15); // solid glyph stems, so their colour is measurable
        view.setFont(font);
        view.setModel(&model);
        view.setItemDelegateForColumn(0, new StatusBadgeDelegate(&view));
        view.setItemDelegateForColumn(1, new CopyButtonDelegate(&view));
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setShowGrid(false);
        view.verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 14);
        view.horizontalHeader()->resizeSection(0, 180);
        view.horizontalHeader()->resizeSection(1, 100);
        view.resize(400, 240);
        view.selectRow(2);
        view.show();
    }

    QImage shot() { return view.viewport()->grab().toImage(); }

    QStyleOptionViewItem optionFor(int row, int column) const
    {
        QStyleOptionViewItem option;
        option.rect = view.visualRect(model.index(row, column));
        option.font = view.font();
        option.fontMetrics = QFontMetrics(view.font());
        option.direction = view.layoutDirection();
        return option;
    }

    QStandardItemModel model;
    QTableView view;
};

} // namespace

// Badges and the copy button read in light and dark palettes, by the WCAG
// contrast of the pixels they paint.
class TestPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contrastRatioIsWcags();
    void badgeColorsKeepTheirRatios_data();
    void badgeColorsKeepTheirRatios();
    void paintedBadgesRead_data();
    void paintedBadgesRead();
    void paintedCopyButtonReads_data();
    void paintedCopyButtonReads();
    void paletteChangeRepaints();
};

void TestPalette::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(lightPalette());
}

void TestPalette::contrastRatioIsWcags()
{
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // Known pairs: #767676 is the lightest grey that passes 4.5:1 on white.
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // A bad pair fails: the old green badge on a dark row.
    QVERIFY(contrastRatio(QColor(0x1b, 0x6e, 0x32), QColor(0x1e, 0x1e, 0x1e)) < 3.0);
    QVERIFY(contrastRatio(QColor(0xff, 0xff, 0x00), Qt::white) < 4.5);
    QVERIFY(isDarkPalette(darkPalette()));
    QVERIFY(!isDarkPalette(lightPalette()));
    // Moving towards the fallback stops as soon as the ratio is met.
    const QColor edge = visibleAgainst(Qt::white, QColor(0xdd, 0xdd, 0xdd), Qt::black, 3.0);
    QVERIFY(contrastRatio(edge, Qt::white) >= 3.0);
    QVERIFY(edge != QColor(Qt::black));
}

void TestPalette::badgeColorsKeepTheirRatios_data()
{
    QTest::addColumn<QString>("paletteName");
    QTest::addColumn<State>("state");
    QTest::addColumn<QPalette::ColorRole>("row");
    for (const QString &name : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (const State state : {State::Queued, State::Fetching, State::Active, State::Inactive,
                                  State::Failed, State::Cancelled}) {
            for (const auto row : {QPalette::Base, QPalette::AlternateBase, QPalette::Highlight}) {
                QTest::addRow("%s %s %d", qPrintable(name),
                              qPrintable(TokenTableModel::stateText(state)), int(row))
                    << name << state << row;
            }
        }
    }
}

void TestPalette::badgeColorsKeepTheirRatios()
{
    QFETCH(QString, paletteName);
    QFETCH(State, state);
    QFETCH(QPalette::ColorRole, row);
    const QPalette palette = paletteNamed(paletteName);
    const BadgeColors colors = badgeColors(state, palette, row);
    const QColor background = palette.color(row);
    const QColor fill = colors.fill.alpha() == 0 ? background : colors.fill;
    QVERIFY2(contrastRatio(colors.text, fill) >= 4.5,
             qPrintable(describe(colors.text) + QLatin1String(" on ") + describe(fill)));
    QVERIFY2(contrastRatio(fill, background) >= 3.0 ||
                 contrastRatio(colors.outline, background) >= 3.0,
             qPrintable(describe(fill) + QLatin1Char('/') + describe(colors.outline) +
                        QLatin1String(" on ") + describe(background)));
}

void TestPalette::paintedBadgesRead_data()
{
    QTest::addColumn<QString>("paletteName");
    QTest::addColumn<State>("state");
    for (const QString &name : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (const State state : {State::Queued, State::Fetching, State::Active, State::Inactive,
                                  State::Failed, State::Cancelled}) {
            QTest::addRow("%s %s", qPrintable(name), qPrintable(TokenTableModel::stateText(state)))
                << name << state;
        }
    }
}

void TestPalette::paintedBadgesRead()
{
    QFETCH(QString, paletteName);
    QFETCH(State, state);
    Table table(state, paletteNamed(paletteName));
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    const QImage shot = table.shot();
    QCOMPARE(shot.devicePixelRatio(), 1.0);

    // Row 0 on Base, row 1 on AlternateBase, row 2 selected.
    for (int row = 0; row < 3; ++row) {
        const QStyleOptionViewItem option = table.optionFor(row, 0);
        const QRect cell = option.rect;
        const QRect badge =
            StatusBadgeDelegate::badgeRect(option, TokenTableModel::stateText(state));
        QVERIFY(cell.contains(badge));
        const QColor background = shot.pixelColor(cell.right() - 3, cell.center().y());
        const int radius = badge.height() / 2;
        const QRect inside = badge.adjusted(radius, 2, -radius, -2);
        const QColor fill = dominantColor(shot, inside);
        const QColor text = mostContrasting(shot, inside, fill);
        const QString where = QStringLiteral("row %1: text %2 on fill %3, row %4")
                                  .arg(row)
                                  .arg(describe(text), describe(fill), describe(background));
        QVERIFY2(contrastRatio(text, fill) >= 4.5, qPrintable(where));
        if (contrastRatio(fill, background) >= 3.0)
            continue;
        // A badge the colour of its row needs an edge that shows.
        const QRect leftEdge(cell.left(), badge.center().y() - 1, badge.left() + 2 - cell.left(),
                             3);
        const QColor edge = mostContrasting(shot, leftEdge, background);
        QVERIFY2(contrastRatio(edge, background) >= 3.0,
                 qPrintable(where + QLatin1String(", edge ") + describe(edge)));
    }
}

void TestPalette::paintedCopyButtonReads_data()
{
    QTest::addColumn<QString>("paletteName");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestPalette::paintedCopyButtonReads()
{
    QFETCH(QString, paletteName);
    Table table(State::Active, paletteNamed(paletteName));
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    const QImage shot = table.shot();
    for (int row = 0; row < 3; ++row) {
        const QRect button = CopyButtonDelegate::buttonRect(table.optionFor(row, 1));
        const QRect inside = button.adjusted(3, 3, -3, -3);
        const QColor face = dominantColor(shot, inside);
        const QColor glyph = mostContrasting(shot, inside, face);
        QVERIFY2(
            contrastRatio(glyph, face) >= 4.5,
            qPrintable(
                QStringLiteral("row %1: %2 on %3").arg(row).arg(describe(glyph), describe(face))));
    }
}

void TestPalette::paletteChangeRepaints()
{
    // The desktop switches to dark mode while the window is open.
    Table table(State::Active, QPalette());
    table.view.setPalette(QPalette()); // follows the application's
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    const auto fillIn = [&table](const QImage &shot) {
        const QStyleOptionViewItem option = table.optionFor(0, 0);
        const QRect badge = StatusBadgeDelegate::badgeRect(
            option, option.text.isEmpty() ? QStringLiteral("Active") : option.text);
        return dominantColor(shot, badge.adjusted(badge.height() / 2, 2, -badge.height() / 2, -2));
    };
    QCOMPARE(fillIn(table.shot()), badgeColors(State::Active, lightPalette()).fill);

    int paints = 0;
    struct PaintCounter : QObject
    {
        int *count;
        explicit PaintCounter(int *c)
            : count(c)
        {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*count;
            return false;
        }
    } counter(&paints);
    table.view.viewport()->installEventFilter(&counter);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(paints > 0); // repainted on its own, not only when grabbed
    QCOMPARE(fillIn(table.shot()), badgeColors(State::Active, darkPalette()).fill);
    QApplication::setPalette(lightPalette());
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
