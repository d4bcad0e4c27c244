// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

#include <algorithm>

namespace TokenDesk {

// The size of the window's first start on a screen with this much room: 70%
// of its width and 75% of its height, at least 960x640 and at most 1500x1000,
// and never more than 94% of it, so that a small screen keeps a margin. The
// form's own 900x600 suits a laptop; a large screen shows the customer list's
// columns whole. Header-only: the startup benchmark's floor windows take the
// same size, since painting and flushing grow with the area.
inline QSize firstWindowSize(const QSize &available)
{
    const QSize wanted(std::clamp(available.width() * 7 / 10, 960, 1500),
                       std::clamp(available.height() * 3 / 4, 640, 1000));
    return wanted.boundedTo(available * 0.94);
}

} // namespace TokenDesk
