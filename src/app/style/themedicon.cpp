// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/themedicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace TokenDesk {

namespace {

// The colour an icon takes: the text colour of the palette, for the mode.
QColor iconColor(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// The SVG is kept as text with "currentColor" in it and parsed again only
// when the colour changes, which is rare (a palette switch).
class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &name)
        : m_name(name)
    {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
        if (file.open(QIODevice::ReadOnly))
            m_source = file.readAll();
    }

    ThemedIconEngine(const ThemedIconEngine &other)
        : QIconEngine(other)
        , m_name(other.m_name)
        , m_source(other.m_source)
    {}
    ThemedIconEngine &operator=(const ThemedIconEngine &) = delete;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        // Painting on a widget: its own palette; otherwise the application's.
        const auto *widget = dynamic_cast<const QWidget *>(painter->device());
        render(painter, rect,
               iconColor(widget ? widget->palette() : QGuiApplication::palette(), mode));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return render(size, mode, 1.0);
    }

    // Drawn at the device's own resolution, so never scaled up from a bitmap.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        return render(size * scale, mode, scale);
#else
        return render(size, mode, scale); // QIcon already passed device pixels before 6.8
#endif
    }

    QString key() const override
    {
        return QStringLiteral("TokenDesk::ThemedIconEngine");
    }
    QIconEngine *clone() const override
    {
        return new ThemedIconEngine(*this);
    }
    QString iconName() override
    {
        return m_name;
    }
    bool isNull() override
    {
        return m_source.isEmpty();
    }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, qreal scale)
    {
        const QSize pixels = actualSize(size, mode, QIcon::Off);
        if (pixels.isEmpty() || m_source.isEmpty())
            return {};
        const QColor color = iconColor(QGuiApplication::palette(), mode);
        const QString key = QLatin1String("tokendesk-icon:") + m_name + QLatin1Char(':') +
                            QString::number(color.rgba(), 16) + QLatin1Char(':') +
                            QString::number(pixels.width());
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(pixels);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            render(&painter, QRect(QPoint(), pixels), color);
            painter.end();
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    void render(QPainter *painter, const QRect &rect, const QColor &color)
    {
        if (!m_renderer || color.rgb() != m_color.rgb()) {
            QByteArray svg = m_source;
            svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
            m_renderer = std::make_unique<QSvgRenderer>(svg);
            m_color = color;
        }
        const int side = std::min(rect.width(), rect.height());
        QRect square(0, 0, side, side);
        square.moveCenter(rect.center());
        painter->save();
        painter->setOpacity(painter->opacity() * color.alphaF()); // SVG colours carry no alpha
        m_renderer->render(painter, square);
        painter->restore();
    }

    QString m_name;
    QByteArray m_source;
    QColor m_color;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedIconEngine(name));
}

} // namespace TokenDesk
