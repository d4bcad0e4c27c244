// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's look that outlives a session: the layout the user left, and
// what the empty tokens table tells a first-time user.
#include "app/window/mainwindow.h"

#include "app/widgets/emptystateoverlay.h"
#include "app/window/windowstate.h"
#include "ui_mainwindow.h"

#include "core/tokentablemodel.h"

namespace TokenDesk {

void MainWindow::setUpLook()
{
    // The tables get the height that the input panel does not need.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    new EmptyStateOverlay(m_ui->tokensView, [this] { return emptyTableText(); });
    // Last: every view has its model and its default widths by now (but for
    // the customer browser's, built later: customerBrowser() restores those).
    m_windowState = new WindowState(this);
    m_windowState->restore();
}

QString MainWindow::emptyTableText() const
{
    if (m_model->rowCount() > 0)
        return tr("No row matches the filter.");
    return tr("No tokens yet. Enter the agency API key and customer user IDs above, then press "
              "Fetch tokens (%1). You can also import a file of user IDs (%2), or pick "
              "customers on the Customer list tab.")
        .arg(m_ui->fetchAction->shortcut().toString(QKeySequence::NativeText),
             m_ui->importAction->shortcut().toString(QKeySequence::NativeText));
}

} // namespace TokenDesk
