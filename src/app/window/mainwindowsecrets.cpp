// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of the secrets: the agency key field's mask and the
// clipboard guard's countdown.
#include "app/window/mainwindow.h"

#include "app/secrets/clipboardguard.h"
#include "app/style/themedicon.h"
#include "ui_mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace TokenDesk {

void MainWindow::updateKeyTail()
{
    // Masked like the tokens: dots, and the last four characters to tell keys apart.
    const QString key = m_ui->agencyKeyEdit->text().trimmed();
    const bool hidden = m_ui->agencyKeyEdit->echoMode() != QLineEdit::Normal;
    m_ui->agencyKeyTailLabel->setText(hidden && key.size() > 8 ? tr("ends in %1").arg(key.right(4))
                                                               : QString());
}

void MainWindow::setUpKeyVisibilityToggle()
{
    connect(m_ui->agencyKeyEdit, &QLineEdit::textChanged, this, &MainWindow::updateKeyTail);
    m_toggleKeyAction = m_ui->agencyKeyEdit->addAction(themedIcon(QStringLiteral("eye")),
                                                       QLineEdit::TrailingPosition);
    m_toggleKeyAction->setCheckable(true);
    m_toggleKeyAction->setText(tr("Show key"));
    m_toggleKeyAction->setToolTip(tr("Show or hide the agency API key"));
    connect(m_toggleKeyAction, &QAction::toggled, this, [this](bool shown) {
        m_ui->agencyKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_toggleKeyAction->setIcon(
            themedIcon(shown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
        m_toggleKeyAction->setText(shown ? tr("Hide key") : tr("Show key"));
        updateKeyTail();
    });
}

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
