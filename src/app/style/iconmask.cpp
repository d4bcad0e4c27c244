// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/iconmask.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace TokenDesk {

namespace {

int offsetOf(int side)
{
    int offset = 0;
    for (const int stored : iconMaskSides) {
        if (stored == side)
            return offset;
        offset += stored * stored;
    }
    return -1;
}

} // namespace

bool isThemedIconSource(const QByteArray &svgSource)
{
    return svgSource.contains("currentColor");
}

std::unique_ptr<QSvgRenderer> coverageRenderer(const QByteArray &svgSource)
{
    QByteArray opaque = svgSource;
    opaque.replace("currentColor", "#000000");
    return std::make_unique<QSvgRenderer>(opaque);
}

QImage renderIconCoverage(QSvgRenderer &renderer, int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, side, side));
    painter.end();
    return image.convertToFormat(QImage::Format_Alpha8);
}

QByteArray renderIconMasks(const QByteArray &svgSource)
{
    const std::unique_ptr<QSvgRenderer> renderer = coverageRenderer(svgSource);
    QByteArray masks;
    for (const int side : iconMaskSides) {
        const QImage coverage = renderIconCoverage(*renderer, side);
        for (int y = 0; y < side; ++y)
            masks.append(reinterpret_cast<const char *>(coverage.constScanLine(y)), side);
    }
    return masks;
}

QImage storedIconMask(const QString &name, int side)
{
    const int offset = offsetOf(side);
    if (offset < 0)
        return {};
    QFile file(QStringLiteral(":/icons/masks/%1.a8").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray masks = file.readAll();
    if (masks.size() < offset + side * side)
        return {};
    return QImage(reinterpret_cast<const uchar *>(masks.constData()) + offset, side, side, side,
                  QImage::Format_Alpha8)
        .copy(); // its own pixels: masks goes out of scope
}

QImage inkedIconMask(const QImage &mask, const QColor &color)
{
    QImage inked(mask.size(), QImage::Format_ARGB32_Premultiplied);
    const QRgb rgb = color.rgb();
    const int alpha = color.alpha();
    for (int y = 0; y < mask.height(); ++y) {
        const uchar *coverage = mask.constScanLine(y);
        auto *pixel = reinterpret_cast<QRgb *>(inked.scanLine(y));
        for (int x = 0; x < mask.width(); ++x) {
            const int a = (coverage[x] * alpha + 127) / 255;
            pixel[x] = qPremultiply(qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), a));
        }
    }
    return inked;
}

} // namespace TokenDesk
