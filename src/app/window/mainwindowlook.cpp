// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's look that outlives a session: the layout the user left.
#include "app/window/mainwindow.h"

#include "app/window/windowstate.h"
#include "ui_mainwindow.h"

namespace TokenDesk {

void MainWindow::setUpLook()
{
    // The tables get the height that the input panel does not need.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // Last: every view has its model and its default widths by now (but for
    // the customer browser's, built later: it asks for those when it is).
    m_windowState = new WindowState(this);
    m_windowState->restore();
}

} // namespace TokenDesk
