// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for startup.sh: a bare Qt Widgets window with one label, shown,
// quitting right after its first paint, measured the way TokenDesk is.
#include "firstpaintreport.h"

#include "app/widgets/firstpaint.h"
#include "app/window/firstwindowsize.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt window"), &window));
    // As large as TokenDesk's first window on a fresh start, because painting
    // and flushing grow with the window's area: a label-sized window would be
    // a floor no real window can reach.
    window.resize(TokenDesk::firstWindowSize(window.screen()->availableGeometry().size()));
    new TokenDesk::AfterFirstPaint(&window, TokenDesk::reportFirstPaintAndQuit);
    window.show();
    return QApplication::exec();
}
