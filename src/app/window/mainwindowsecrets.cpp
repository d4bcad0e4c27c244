// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard guard's countdown in the status bar.
#include "app/window/mainwindow.h"

#include "app/secrets/clipboardguard.h"
#include "ui_mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace TokenDesk {

void MainWindow::setUpSecretsActions()
{
    m_clipboardCountdown = new QLabel(this);
    m_clipboardCountdown->setAccessibleName(tr("Clipboard countdown"));
    statusBar()->addPermanentWidget(m_clipboardCountdown);
    connect(m_clipboard, &ClipboardGuard::secondsLeftChanged, this,
            &MainWindow::showClipboardCountdown);
}

void MainWindow::showClipboardCountdown(int seconds)
{
    m_clipboardCountdown->setText(seconds > 0 ? tr("Clipboard clears in %Ln s", nullptr, seconds)
                                              : QString());
}

} // namespace TokenDesk
