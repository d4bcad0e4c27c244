// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The action icons: drawn from SVG in the palette's text colour, at the
// device's own resolution, and in the new colour after a palette change; at
// the usual sizes from masks drawn ahead of time, which match their SVGs.
#include "iconink.h"

#include "app/style/iconmask.h"
#include "app/style/themedicon.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTest>
#include <QWidget>

#include <algorithm>
#include <cstdlib>

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

// The largest difference between two byte strings of one length, byte by byte.
int largestByteDifference(const QByteArray &a, const QByteArray &b)
{
    int largest = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        largest = std::max(largest, std::abs(uchar(a.at(i)) - uchar(b.at(i))));
    return largest;
}

// An image's channels as bytes.
QByteArray bytesOf(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    return QByteArray(reinterpret_cast<const char *>(argb.constBits()), argb.sizeInBytes());
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
    void masksMatchTheirSvgs();
    void usualSizesAreDrawnFromTheirMasks();
    void maskedAndSvgDrawingsLookAlike();
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

// Every icon drawn in "currentColor" has its masks, and they are what its SVG
// draws now: an icon changed without scripts/update-icon-masks.sh fails here.
void TestThemedIcon::masksMatchTheirSvgs()
{
    int checked = 0;
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString &file : icons.entryList({QStringLiteral("*.svg")}, QDir::Files)) {
        QFile svg(icons.filePath(file));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray source = svg.readAll();
        if (!isThemedIconSource(source))
            continue;
        const QString name = file.chopped(4);
        QFile stored(QStringLiteral(":/icons/masks/%1.a8").arg(name));
        QVERIFY2(stored.open(QIODevice::ReadOnly),
                 qPrintable(name + QStringLiteral(" has no masks: add it to themed_icons in "
                                                  "src/app/CMakeLists.txt and run "
                                                  "scripts/update-icon-masks.sh")));
        const QByteArray masks = stored.readAll();
        const QByteArray drawn = renderIconMasks(source);
        QCOMPARE(masks.size(), drawn.size());
        // Another Qt may round an edge differently.
        const int largestDifference = largestByteDifference(masks, drawn);
        QVERIFY2(largestDifference <= 8,
                 qPrintable(QStringLiteral("%1's masks differ from its SVG by up to %2 of 255: "
                                           "run scripts/update-icon-masks.sh")
                                .arg(name)
                                .arg(largestDifference)));
        ++checked;
    }
    QCOMPARE(checked, 17);
}

void TestThemedIcon::usualSizesAreDrawnFromTheirMasks()
{
    QApplication::setPalette(paletteWithText(QColor(0x20, 0x40, 0x60), Qt::white));
    const QIcon icon = themedIcon(QStringLiteral("fetch"));
    for (const int side : iconMaskSides) {
        const QImage mask = storedIconMask(QStringLiteral("fetch"), side);
        QCOMPARE(mask.size(), QSize(side, side));
        QCOMPARE(icon.pixmap(QSize(side, side))
                     .toImage()
                     .convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 inkedIconMask(mask, QColor(0x20, 0x40, 0x60)));
    }
    // Disabled: the disabled colour, through the same mask.
    QCOMPARE(inkOf(icon.pixmap(QSize(16, 16), QIcon::Disabled)).rgb(),
             QColor(0x80, 0x80, 0x80).rgb());
    QVERIFY(storedIconMask(QStringLiteral("fetch"), 20).isNull()); // drawn from the SVG
    QVERIFY(storedIconMask(QStringLiteral("no-such-icon"), 16).isNull());
}

// The mask in a colour is the SVG drawn in that colour, up to rounding; a
// translucent colour covers the icon as a whole, not twice where its strokes
// cross.
void TestThemedIcon::maskedAndSvgDrawingsLookAlike()
{
    const QColor color(0xc0, 0x30, 0x10);
    QFile svg(QStringLiteral(":/icons/copy.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QByteArray source = svg.readAll();
    source.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(source);
    for (const int side : iconMaskSides) {
        QImage drawn(side, side, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        renderer.render(&painter, QRectF(0, 0, side, side));
        painter.end();
        const QImage mask = storedIconMask(QStringLiteral("copy"), side);
        const QImage inked = inkedIconMask(mask, color);
        const int largestDifference = largestByteDifference(bytesOf(drawn), bytesOf(inked));
        QVERIFY2(largestDifference <= 2, qPrintable(QString::number(largestDifference)));

        const QImage translucent = inkedIconMask(mask, QColor(0xc0, 0x30, 0x10, 0x80));
        QCOMPARE(inkOf(QPixmap::fromImage(translucent)).alpha(), 0x80);
    }
    // Drawn from the SVG at a size with no mask, the same holds.
    const QIcon icon = themedIcon(QStringLiteral("copy"));
    QApplication::setPalette(paletteWithText(QColor(0xc0, 0x30, 0x10, 0x80), Qt::white));
    QCOMPARE(inkOf(icon.pixmap(QSize(40, 40))).alpha(), 0x80);
}

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
