// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The application's style: the main window reaches its first paint without
// loading an image-format plugin, the standard icons it replaces are drawn
// from SVG in the palette's colour and direction, and the rest is the base
// style's, palette included.
#include "iconink.h"
#include "windowfixture.h"

#include "app/style/appstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

using namespace TokenDesk;

namespace {

#ifdef Q_OS_LINUX
// Whether an image-format plugin (Qt's imageformats folder) is mapped into
// this process: Linux's own record of what is loaded, not Qt's.
bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains("/imageformats/");
}
#endif

} // namespace

class TestAppStyle : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        m_baseStyleName = QApplication::style()->name();
        m_palette = QApplication::palette();
        AppStyle::install();
    }

    // First, while nothing else in this process has drawn an image.
    void firstPaintLoadsNoImagePlugin()
    {
#ifdef Q_OS_LINUX
        QVERIFY(!imagePluginLoaded());
        QVERIFY(openWindow());
        m_window->grab(); // paints every visible widget
        QVERIFY2(!imagePluginLoaded(), "the main window loaded an image-format plugin");
        closeWindow();
#else
        QSKIP("Reads /proc/self/maps, which only Linux has");
#endif
    }

    // The check above can fail: Qt's own clear-button icon is a PNG file,
    // and reading it loads the image-format plugins.
    void qtsOwnClearButtonLoadsThePlugins()
    {
#ifdef Q_OS_LINUX
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QLineEdit edit;
        edit.setStyle(fusion.get());
        edit.setClearButtonEnabled(true);
        QVERIFY(imagePluginLoaded());
#else
        QSKIP("Reads /proc/self/maps, which only Linux has");
#endif
    }

    void installKeepsTheStyleAndItsPalette()
    {
        const auto *style = dynamic_cast<AppStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), m_baseStyleName);
        QCOMPARE(QApplication::palette(), m_palette);
        AppStyle::install(); // a second time: the same style
        QCOMPARE(QApplication::style(), style);
    }

    void replacedIconsAreThemed_data()
    {
        QTest::addColumn<int>("icon");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("name");
        QTest::newRow("clear button")
            << int(QStyle::SP_LineEditClearButton) << Qt::LeftToRight << "clear-text";
        QTest::newRow("menu overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton)
                                       << Qt::LeftToRight << "chevrons-right";
        QTest::newRow("menu overflow, right to left")
            << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::RightToLeft
            << "chevrons-left";
        QTest::newRow("vertical overflow")
            << int(QStyle::SP_ToolBarVerticalExtensionButton) << Qt::LeftToRight << "chevrons-down";
    }

    void replacedIconsAreThemed()
    {
        QFETCH(int, icon);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, name);
        QStyleOption option;
        option.direction = direction;
        const QIcon themed =
            QApplication::style()->standardIcon(QStyle::StandardPixmap(icon), &option);
        QCOMPARE(themed.name(), name);
        QVERIFY(inkOf(themed.pixmap(QSize(16, 16))).alpha() > 0);
    }

    // With no option, the widget's direction decides.
    void overflowArrowFollowsTheWidget()
    {
        QWidget widget;
        widget.setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(QApplication::style()
                     ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &widget)
                     .name(),
                 QStringLiteral("chevrons-left"));
    }

    // Compared with a style of the base's kind made apart from AppStyle: the
    // proxy's own baseStyle() draws through the proxy, so it cannot tell.
    void otherIconsAreTheBaseStyles_data()
    {
        QTest::addColumn<int>("icon");
        QTest::newRow("message box warning") << int(QStyle::SP_MessageBoxWarning);
        QTest::newRow("dialog save") << int(QStyle::SP_DialogSaveButton);
        QTest::newRow("arrow back") << int(QStyle::SP_ArrowBack);
    }

    void otherIconsAreTheBaseStyles()
    {
        QFETCH(int, icon);
        const auto pixmap = QStyle::StandardPixmap(icon);
        const std::unique_ptr<QStyle> base(QStyleFactory::create(m_baseStyleName));
        QVERIFY(base);
        QVERIFY(!dynamic_cast<AppStyle *>(base.get()));
        const QIcon expected = base->standardIcon(pixmap);
        QVERIFY(!expected.isNull());
        const QIcon drawn = QApplication::style()->standardIcon(pixmap);
        QCOMPARE(drawn.name(), expected.name());
        QCOMPARE(drawn.pixmap(32).toImage(), expected.pixmap(32).toImage());
    }

    void rightToLeftButtonKeepsItsTextBesideItsIcon_data()
    {
        QTest::addColumn<int>("room"); // beyond the button's own width
        QTest::newRow("its own width") << 0;
        QTest::newRow("wider") << 80;
    }

    void rightToLeftButtonKeepsItsTextBesideItsIcon()
    {
        // In Arabic an icon button's text sits just left of the icon, the
        // two in the middle, as they sit mirrored left to right; never
        // pushed to the far edge and cut there.
        QFETCH(int, room);
        // As the Arabic window has it: the application's direction too.
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore =
            qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
        QPixmap red(16, 16);
        red.fill(Qt::red);
        QPushButton button(QIcon(red), QString::fromUtf8("جلب الرموز (&C)"));
        button.setLayoutDirection(Qt::RightToLeft);
        button.resize(button.sizeHint().width() + room, button.sizeHint().height());
        const QImage image = button.grab().toImage().convertToFormat(QImage::Format_RGB32);
        int iconLeft = image.width(), iconRight = -1, textLeft = image.width(), textRight = -1;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 4; y < image.height() - 4; ++y) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.red() > 200 && pixel.green() < 60 && pixel.blue() < 60) {
                    iconLeft = std::min(iconLeft, x);
                    iconRight = std::max(iconRight, x);
                } else if (x > 3 && x < image.width() - 4 && qGray(pixel.rgb()) < 110) {
                    textLeft = std::min(textLeft, x);
                    textRight = std::max(textRight, x);
                }
            }
        }
        const QString where = QStringLiteral("text %1..%2, icon %3..%4, width %5")
                                  .arg(textLeft)
                                  .arg(textRight)
                                  .arg(iconLeft)
                                  .arg(iconRight)
                                  .arg(image.width());
        QVERIFY2(iconRight >= 0 && textRight >= 0, qPrintable(where));
        QVERIFY2(textRight < iconLeft, qPrintable(where));       // left of the icon
        QVERIFY2(iconLeft - textRight <= 10, qPrintable(where)); // beside it
        // The block in the middle: as much room on either side, give or take.
        QVERIFY2(std::abs(textLeft - (image.width() - 1 - iconRight)) <= 8, qPrintable(where));
    }

    void leftToRightComboBoxInARightToLeftWindow()
    {
        // A path in Arabic: Qt's file dialog's folder box is set left to right
        // (filechooser.cpp), yet Qt's painter takes the application's
        // direction, and "/tmp" came out "tmp/". Drawn as in an English window.
        QComboBox box;
        box.addItem(QStringLiteral("/tmp/x"));
        box.setLayoutDirection(Qt::LeftToRight);
        box.resize(box.sizeHint() + QSize(60, 0));
        const QImage english = box.grab().toImage();
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore =
            qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
        box.setLayoutDirection(Qt::LeftToRight); // kept, whatever the application's
        QCOMPARE(box.layoutDirection(), Qt::LeftToRight);
        QVERIFY(box.grab().toImage() == english);
    }

private:
    QString m_baseStyleName;
    QPalette m_palette;
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
