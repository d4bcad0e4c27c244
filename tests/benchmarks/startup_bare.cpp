// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for startup.sh: a bare Qt Widgets window with one label, shown,
// quitting right after its first paint, measured the way TokenDesk is.
#include "firstpaintreport.h"
#include "firstwindowsize.h"

#include "app/widgets/firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt window"), &window));
    window.resize(TokenDesk::firstWindowSize(window));
    new TokenDesk::AfterFirstPaint(&window, TokenDesk::reportFirstPaintAndQuit);
    window.show();
    return QApplication::exec();
}
