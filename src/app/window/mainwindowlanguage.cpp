// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's part in a change of language: the .ui texts, the texts
// set from code, and the models' headers, states and dates.
#include "app/window/mainwindow.h"

#include "app/customers/customerbrowser.h"
#include "app/secrets/clipboardguard.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace TokenDesk {

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const bool demo = !m_ui->demoBannerLabel->isHidden();
    m_ui->retranslateUi(this);
    if (demo)
        setWindowTitle(tr("TokenDesk — demo mode"));
    retranslateActions();
    m_progressBar->setAccessibleName(tr("Fetch progress"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_clipboardCountdown->setAccessibleName(tr("Clipboard countdown"));
    showClipboardCountdown(m_clipboard->secondsLeft());
    m_ui->viewTabs->setTabText(m_ui->viewTabs->indexOf(m_tokens), tr("Fetched tokens"));
}

} // namespace TokenDesk
