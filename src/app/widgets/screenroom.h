// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScreen>
#include <QSize>
#include <QWidget>

namespace TokenDesk {

// The most a window of TokenDesk takes of a screen: nine tenths of what it
// leaves free, so the window manager's frame and a margin fit around it.
inline QSize roomOn(const QScreen *screen)
{
    return screen->availableSize() * 9 / 10;
}

// A window sized to what it asks for (wanted), as far as its screen has room.
inline void fitToScreen(QWidget *window, const QSize &wanted)
{
    const QScreen *on = window->screen();
    window->resize(on ? wanted.boundedTo(roomOn(on)) : wanted);
}

} // namespace TokenDesk
