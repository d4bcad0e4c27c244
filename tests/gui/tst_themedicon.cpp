// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The action icons: drawn from SVG in the palette's text colour, at the
// device's own resolution, and in the new colour after a palette change.
#include "iconink.h"

#include "app/style/themedicon.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTest>
#include <QWidget>

using namespace TokenDesk;

namespace {

QPalette paletteWithText(const QColor &text, const QColor &window)
{
    QPalette palette = QApplication::palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::WindowText, text);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// A widget that paints an icon itself, as a delegate or a custom control would.
class IconWidget final : public QWidget
{
public:
    explicit IconWidget(const QIcon &icon)
        : m_icon(icon)
    {
        resize(48, 48);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_icon.paint(&painter, rect());
    }

private:
    QIcon m_icon;
};

} // namespace

class TestThemedIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }
    void everyIconLoads_data();
    void everyIconLoads();
    void followsThePalette();
    void isSharpAtEveryScale();
    void paintsInTheWidgetsOwnPalette();
};

void TestThemedIcon::everyIconLoads_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"clear", "copy", "export", "eye", "eye-off", "fetch", "filter",
                             "import", "info", "keyboard", "quit", "retry", "settings"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestThemedIcon::everyIconLoads()
{
    QFETCH(QString, name);
    const QIcon icon = themedIcon(name);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.name(), name);
    const QPixmap pixmap = icon.pixmap(QSize(24, 24));
    QCOMPARE(pixmap.size(), QSize(24, 24));
    QVERIFY2(inkOf(pixmap).alpha() == 255, "the icon drew nothing solid");
    QVERIFY(themedIcon(QStringLiteral("no-such-icon")).isNull());
}

void TestThemedIcon::followsThePalette()
{
    const QIcon icon = themedIcon(QStringLiteral("fetch"));
    // Light: dark ink. Dark: light ink. The same QIcon, not set again.
    QApplication::setPalette(paletteWithText(QColor(0x10, 0x10, 0x10), Qt::white));
    QCOMPARE(inkOf(icon.pixmap(QSize(32, 32))).rgb(), QColor(0x10, 0x10, 0x10).rgb());
    QApplication::setPalette(paletteWithText(QColor(0xf0, 0xf0, 0xf0), QColor(0x20, 0x20, 0x20)));
    QCOMPARE(inkOf(icon.pixmap(QSize(32, 32))).rgb(), QColor(0xf0, 0xf0, 0xf0).rgb());
    // Disabled takes the palette's disabled text colour.
    QCOMPARE(inkOf(icon.pixmap(QSize(32, 32), QIcon::Disabled)).rgb(),
             QColor(0x80, 0x80, 0x80).rgb());
}

void TestThemedIcon::isSharpAtEveryScale()
{
    const QIcon icon = themedIcon(QStringLiteral("copy"));
    for (const qreal scale : {1.0, 1.5, 2.0, 3.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), scale);
        // Rendered at device pixels, not a 16 px bitmap blown up.
        QCOMPARE(pixmap.size(), QSize(16, 16) * scale);
        QCOMPARE(pixmap.devicePixelRatio(), scale);
    }
}

void TestThemedIcon::paintsInTheWidgetsOwnPalette()
{
    // Painted straight onto a widget, the icon takes that widget's colours.
    IconWidget widget(themedIcon(QStringLiteral("info")));
    widget.setPalette(paletteWithText(QColor(0x00, 0x40, 0xc0), Qt::white));
    widget.setAttribute(Qt::WA_TranslucentBackground); // only the icon's own pixels
    QCOMPARE(inkOf(widget.grab()).rgb(), QColor(0x00, 0x40, 0xc0).rgb());

    // On a pixmap there is no widget: the application's palette applies.
    QPixmap canvas(48, 48);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    themedIcon(QStringLiteral("info")).paint(&painter, QRect(0, 0, 48, 48));
    painter.end();
    QCOMPARE(inkOf(canvas).rgb(),
             QApplication::palette().color(QPalette::Active, QPalette::WindowText).rgb());
}

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
