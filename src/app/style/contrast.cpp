// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/contrast.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace TokenDesk {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette &palette)
{
    // Text against its view background, not the window: a style may keep a
    // light window frame around dark views, and the badges sit in the views.
    return relativeLuminance(palette.color(QPalette::Text)) >
           relativeLuminance(palette.color(QPalette::Base));
}

QColor betterContrast(const QColor &background, const QColor &first, const QColor &second)
{
    return contrastRatio(background, first) >= contrastRatio(background, second) ? first : second;
}

QColor visibleAgainst(const QColor &background, const QColor &preferred, const QColor &fallback,
                      double ratio)
{
    constexpr int Steps = 8;
    const QColor from = preferred.toRgb();
    const QColor to = fallback.toRgb();
    for (int step = 0; step < Steps; ++step) {
        const double t = static_cast<double>(step) / Steps;
        const QColor mixed =
            QColor::fromRgbF(static_cast<float>(from.redF() + t * (to.redF() - from.redF())),
                             static_cast<float>(from.greenF() + t * (to.greenF() - from.greenF())),
                             static_cast<float>(from.blueF() + t * (to.blueF() - from.blueF())));
        if (contrastRatio(mixed, background) >= ratio)
            return mixed;
    }
    return to;
}

} // namespace TokenDesk
