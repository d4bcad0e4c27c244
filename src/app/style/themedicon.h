// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace TokenDesk {

// A monochrome icon from resources/icons/<name>.svg, drawn in the palette's
// text colour at paint time: sharp at any scale, readable on light and dark
// palettes, and following a change of palette without being set again.
QIcon themedIcon(const QString &name);

} // namespace TokenDesk
