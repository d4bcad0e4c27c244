// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace TokenDesk {

// WCAG 2.x relative luminance (0 black … 1 white) of an opaque colour.
double relativeLuminance(const QColor &color);
// WCAG 2.x contrast ratio, 1 (none) … 21 (black on white); order does not matter.
double contrastRatio(const QColor &a, const QColor &b);
// Whether the palette draws light text on dark views (a "dark mode").
bool isDarkPalette(const QPalette &palette);
// Whichever of the two candidates reads better on the background.
QColor betterContrast(const QColor &background, const QColor &first, const QColor &second);
// The preferred colour, moved towards the fallback just enough to stand out
// from the background by the ratio (WCAG asks 3:1 of a control's edge).
QColor visibleAgainst(const QColor &background, const QColor &preferred, const QColor &fallback,
                      double ratio = 3.0);

} // namespace TokenDesk
