// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/themedicon.h"

#include "app/style/iconmask.h"

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

// Every drawing is the icon's coverage at the size asked (stored at the usual
// sizes, else drawn from the SVG, parsed once) inked in the colour of the
// moment: one path for every size and colour, a translucent colour applied
// to the icon as a whole, and a palette switch needs no new parse.
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
        const QColor color =
            iconColor(widget ? widget->palette() : QGuiApplication::palette(), mode);
        const int side = std::min(rect.width(), rect.height());
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pixmap = inked(qRound(side * scale), color);
        if (pixmap.isNull())
            return;
        pixmap.setDevicePixelRatio(scale);
        QRect square(0, 0, side, side);
        square.moveCenter(rect.center());
        painter->drawPixmap(square, pixmap);
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
        QPixmap pixmap = inked(pixels.width(), iconColor(QGuiApplication::palette(), mode));
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    // The icon side x side device pixels large in color, from the pixmap cache.
    QPixmap inked(int side, const QColor &color)
    {
        if (side <= 0 || m_source.isEmpty())
            return {};
        const QString key = QLatin1String("tokendesk-icon:") + m_name + QLatin1Char(':') +
                            QString::number(color.rgba(), 16) + QLatin1Char(':') +
                            QString::number(side);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap::fromImage(inkedIconMask(coverage(side), color));
            QPixmapCache::insert(key, pixmap);
        }
        return pixmap;
    }

    QImage coverage(int side)
    {
        // At the usual sizes, drawn ahead of time (iconmask.h).
        const QImage stored = storedIconMask(m_name, side);
        if (!stored.isNull())
            return stored;
        if (!m_renderer)
            m_renderer = coverageRenderer(m_source);
        return renderIconCoverage(*m_renderer, side);
    }

    QString m_name;
    QByteArray m_source;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedIconEngine(name));
}

} // namespace TokenDesk
