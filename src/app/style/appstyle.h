// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace TokenDesk {

// The style in use (Fusion, Breeze, Windows, macOS...), with one change: the
// standard icons that a window shows from the start, the line edits' clear
// button and the menu bar's overflow arrow, are ThemedIcons instead of the
// PNG files Qt ships. Reading the first PNG makes Qt load every image-format
// plugin (3 to 10 ms here before the first paint); these are drawn only when
// painted, stay sharp at any scale, and take the palette's text colour.
// And one repair: in a right-to-left window, a push button's text sits next
// to its icon (Qt 6.4 flips the text's alignment a second time and pushes it
// to the far edge, cutting it when room is short). Everything else is the
// base style's, as with Qt Creator's ManhattanStyle.
class AppStyle final : public QProxyStyle
{
public:
    // A proxy of the named style (QStyleFactory's key).
    explicit AppStyle(const QString &baseStyleKey);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    // Makes the application's current style an AppStyle (once).
    static void install();
};

} // namespace TokenDesk
