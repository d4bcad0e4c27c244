// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TokenDesk's start as users get it, for startup.sh: the window program of
// src/app/main.cpp (runWindowProgram, the same function), which here reports
// the time of its first paint and quits. The shipped program has no such exit.
#include "firstpaintreport.h"

#include "app/windowprogram.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return TokenDesk::runWindowProgram(app, TokenDesk::reportFirstPaintAndQuit);
}
