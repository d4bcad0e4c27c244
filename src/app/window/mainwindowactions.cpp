// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's keyboard side: one table of shortcuts for every command, the
// View and Help menus, the action icons, and the dialogs that describe it all.
#include "app/window/mainwindow.h"

#include "app/customers/customerbrowser.h"
#include "app/dialogs/aboutdialog.h"
#include "app/dialogs/shortcutsdialog.h"
#include "app/style/themedicon.h"
#include "ui_mainwindow.h"

#include <QTabBar>

namespace TokenDesk {

void MainWindow::setUpActions()
{
    // The platform's standard keys where there is one; tst_accessibility
    // checks that no two actions share a key.
    m_ui->fetchAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->importAction->setShortcut(QKeySequence::Open);
    m_ui->exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->copyTokenAction->setShortcut(QKeySequence::Copy);
    m_ui->copyWithUserIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->revealTokensAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_ui->filterAction->setShortcut(QKeySequence::Find);
    m_ui->tokensTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->customersTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_ui->shortcutsAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    // Enter on a row does what a double-click on its token does, but only
    // while the table has the focus: elsewhere Enter fetches.
    m_ui->revealRowAction->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});

    connect(m_ui->fetchAction, &QAction::triggered, this, &MainWindow::fetch);
    // The menu item and the check box are one switch.
    connect(m_ui->revealTokensAction, &QAction::toggled, m_ui->revealTokensCheckBox,
            &QAbstractButton::setChecked);
    connect(m_ui->revealTokensCheckBox, &QAbstractButton::toggled, m_ui->revealTokensAction,
            &QAction::setChecked);
    connect(m_ui->filterAction, &QAction::triggered, this, [this] {
        if (m_ui->viewTabs->currentWidget() == m_browser) {
            m_browser->focusFilter();
            return;
        }
        m_tokens->focusFilter();
    });
    connect(m_ui->tokensTabAction, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(m_tokens); });
    connect(m_ui->customersTabAction, &QAction::triggered, this,
            [this] { m_ui->viewTabs->setCurrentWidget(customerBrowser()); });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    const std::pair<QAction *, QString> icons[] = {
        {m_ui->fetchAction, QStringLiteral("fetch")},
        {m_ui->importAction, QStringLiteral("import")},
        {m_ui->exportAction, QStringLiteral("export")},
        {m_ui->quitAction, QStringLiteral("quit")},
        {m_ui->copyTokenAction, QStringLiteral("copy")},
        {m_ui->clearTableAction, QStringLiteral("clear")},
        {m_ui->settingsAction, QStringLiteral("settings")},
        {m_ui->revealRowAction, QStringLiteral("eye")},
        {m_ui->filterAction, QStringLiteral("filter")},
        {m_ui->shortcutsAction, QStringLiteral("keyboard")},
        {m_ui->aboutAction, QStringLiteral("info")},
    };
    // Not on the Show tokens switch: in a menu an icon would hide its check mark.
    for (const auto &[action, name] : icons)
        action->setIcon(themedIcon(name));

    m_ui->fetchButton->setIcon(themedIcon(QStringLiteral("fetch")));
    retranslateActions();
}

void MainWindow::retranslateActions()
{
    m_ui->viewTabs->setTabText(m_ui->viewTabs->indexOf(m_browser), tr("Customer list"));
    m_ui->viewTabs->tabBar()->setAccessibleName(tr("Views"));
    m_ui->fetchButton->setToolTip(
        tr("Fetch the tokens of the IDs entered above (%1)")
            .arg(m_ui->fetchAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showShortcuts()
{
    auto *dialog = findChild<ShortcutsDialog *>();
    if (!dialog) {
        dialog = new ShortcutsDialog(this);
        dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout()
{
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog) {
        dialog = new AboutDialog(this);
        dialog->setObjectName(QStringLiteral("aboutDialog"));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace TokenDesk
