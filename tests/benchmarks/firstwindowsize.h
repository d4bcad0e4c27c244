// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The size of TokenDesk's first window on a fresh start, for the windows that
// startup.sh sets beside it: painting and flushing cost grow with the area,
// so a smaller window would be a floor no real window can reach. That is the
// form's 900x600 (ui/mainwindow.ui), narrowed like WindowState::keepOnScreen()
// does where it does not fit (the offscreen platform's screen is 800x800):
// 720x600 there.

#include <QScreen>
#include <QSize>
#include <QWidget>

namespace TokenDesk {

inline QSize firstWindowSize(const QWidget &window)
{
    QSize size(900, 600);
    const QSize available = window.screen()->availableGeometry().size();
    if (size.width() > available.width() || size.height() > available.height())
        size = size.boundedTo(available * 0.9);
    return size;
}

} // namespace TokenDesk
