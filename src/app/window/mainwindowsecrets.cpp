// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of handling tokens and the key as secrets: masking and
// revealing, copying through the clipboard guard, and exporting to a file.
#include "app/window/mainwindow.h"

#include "app/secrets/clipboardguard.h"
#include "app/settings/appsettings.h"
#include "app/style/themedicon.h"
#include "ui_mainwindow.h"

#include "core/tokenexport.h"
#include "core/tokenfilterproxymodel.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

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
    m_hooks.confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    m_hooks.saveFileName = [this](const QString &title, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, QString(), filter);
    };
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportTokens);
    connect(m_ui->copyWithUserIdAction, &QAction::triggered, this,
            [this] { copySelectedAs(true); });
    // The table's context menu offers the copy actions.
    m_ui->tokensView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->tokensView->addAction(m_ui->copyTokenAction);
    m_ui->tokensView->addAction(m_ui->copyWithUserIdAction);
    m_ui->tokensView->addAction(m_ui->exportAction);

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

void MainWindow::setDialogHooks(DialogHooks hooks)
{
    m_hooks = std::move(hooks);
}

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->tokensView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::exportTokens()
{
    const QList<int> selected = selectedSourceRows();
    const QList<ExportRow> rows =
        selected.isEmpty() ? exportRows(*m_model) : exportRows(*m_model, selected);
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("There is nothing to export yet."), StatusMessageMs);
        return;
    }
    const int count = static_cast<int>(rows.size());
    if (!m_hooks.confirm(tr("Export tokens"),
                         tr("The file will hold %Ln row(s) with their tokens in plain text. Anyone "
                            "who can read the file can use the tokens. Export?",
                            nullptr, count)))
        return;
    const QString path =
        m_hooks.saveFileName(tr("Export tokens"), tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString problem = writeSecretFile(path, json ? toExportJson(rows) : toExportCsv(rows));
    statusBar()->showMessage(
        problem.isEmpty() ? tr("Exported %Ln row(s) to %1, readable by you only.", nullptr, count)
                                .arg(QDir::toNativeSeparators(path))
                          : problem,
        StatusMessageMs);
}

void MainWindow::copySelectedAs(bool withUserId)
{
    const QList<int> rows = selectedSourceRows();
    const QModelIndex current = m_ui->tokensView->currentIndex();
    const int row = !rows.isEmpty()
                        ? rows.constFirst()
                        : (current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    const QList<ExportRow> chosen = row >= 0 ? exportRows(*m_model, {row}) : QList<ExportRow>();
    if (chosen.isEmpty() || chosen.constFirst().token.isEmpty()) {
        statusBar()->showMessage(tr("Select a row with a token to copy."), StatusMessageMs);
        return;
    }
    m_clipboard->copySecret(copyAsText(chosen.constFirst(), withUserId ? CopyFormat::UserIdAndToken
                                                                       : CopyFormat::TokenOnly));
    const QString who = m_model->index(row, TokenTableModel::UserIdColumn).data().toString();
    statusBar()->showMessage(withUserId ? tr("Copied the user ID and token for %1.").arg(who)
                                        : tr("Copied the token for %1.").arg(who),
                             StatusMessageMs);
}

void MainWindow::setUpReveal()
{
    m_revealTimer->setSingleShot(true);
    // A revealed token hides itself again after a while.
    connect(m_revealTimer, &QTimer::timeout, this, [this] {
        m_ui->revealTokensCheckBox->setChecked(false);
        m_model->hideAllTokens();
    });
    connect(m_ui->revealTokensCheckBox, &QCheckBox::toggled, this, [this](bool revealed) {
        m_model->setTokensRevealed(revealed);
        if (revealed)
            restartRevealTimer();
    });
    // Double-clicking a token shows or hides that one token.
    connect(m_ui->tokensView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (index.column() == TokenTableModel::TokenColumn)
                    toggleRowRevealed(m_proxy->mapToSource(index).row());
            });
}

void MainWindow::toggleRowRevealed(int sourceRow)
{
    m_model->setRowRevealed(sourceRow, !m_model->isRowRevealed(sourceRow));
    if (m_model->isRowRevealed(sourceRow))
        restartRevealTimer();
}

void MainWindow::restartRevealTimer()
{
    if (m_settings->revealSeconds() > 0)
        m_revealTimer->start(std::chrono::seconds(m_settings->revealSeconds()));
}

void MainWindow::copySelectedToken()
{
    const QModelIndex current = m_ui->tokensView->currentIndex();
    const QModelIndexList selected = m_ui->tokensView->selectionModel()->selectedRows();
    const QModelIndex chosen =
        current.isValid() ? current : (selected.isEmpty() ? QModelIndex() : selected.constFirst());
    if (!chosen.isValid()) {
        statusBar()->showMessage(tr("Select a row to copy its token."), StatusMessageMs);
        return;
    }
    copyTokenAt(m_proxy->mapToSource(chosen).row());
}

void MainWindow::copyTokenAt(int row)
{
    const QModelIndex index = m_model->index(row, TokenTableModel::UserIdColumn);
    const QString token = index.data(RawTokenRole).toString();
    const QString who = index.data(Qt::DisplayRole).toString();
    if (token.isEmpty()) {
        statusBar()->showMessage(tr("There is no token to copy for %1.").arg(who), StatusMessageMs);
        return;
    }
    m_clipboard->copySecret(token);
    const auto delay = static_cast<int>(m_clipboard->clearDelay().count());
    statusBar()->showMessage(
        delay > 0 ? tr("Copied the token for %1. The clipboard is cleared in %Ln second(s).",
                       nullptr, delay)
                        .arg(who)
                  : tr("Copied the token for %1.").arg(who),
        StatusMessageMs);
}

} // namespace TokenDesk
