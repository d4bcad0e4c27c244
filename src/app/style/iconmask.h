// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>

#include <array>
#include <memory>

class QSvgRenderer;

namespace TokenDesk {

// The action icons drawn ahead of time: each SVG's coverage at the sizes a
// window paints at the usual scales (16 px at 100 %, 24 at 150 %, 32 at
// 200 %), kept in resources/icons/masks/<name>.a8, one byte per pixel, the
// sizes in this order, so that the first paint parses and draws no SVG. Other
// sizes are drawn from the SVG. scripts/update-icon-masks.sh writes the
// files, and tst_themedicon fails when one no longer matches its SVG.
inline constexpr std::array<int, 3> iconMaskSides = {16, 24, 32};

// Whether an SVG is drawn in the palette's colour ("currentColor"), so has
// masks; the application's icon keeps its own colours.
bool isThemedIconSource(const QByteArray &svgSource);

// A renderer of an SVG icon's coverage: its "currentColor" made opaque.
std::unique_ptr<QSvgRenderer> coverageRenderer(const QByteArray &svgSource);

// How much of each of side x side pixels the icon's shapes cover (Format_Alpha8).
QImage renderIconCoverage(QSvgRenderer &renderer, int side);

// The coverage of an SVG icon at each of iconMaskSides, in that order: the
// contents of its .a8 file.
QByteArray renderIconMasks(const QByteArray &svgSource);

// The stored coverage of the icon <name> at side pixels (Format_Alpha8), or a
// null image where none is stored.
QImage storedIconMask(const QString &name, int side);

// The icon in a colour: color, its alpha times the coverage.
QImage inkedIconMask(const QImage &mask, const QColor &color);

} // namespace TokenDesk
