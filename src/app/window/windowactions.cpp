// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/windowactions.h"

#include "app/dialogs/aboutdialog.h"
#include "app/dialogs/shortcutsdialog.h"
#include "app/dialogs/showdialog.h"
#include "app/style/themedicon.h"
#include "ui_mainwindow.h"

#include <utility>

namespace TokenDesk {

void assignKeysAndIcons(Ui::MainWindow &ui)
{
    ui.fetchAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    ui.importAction->setShortcut(QKeySequence::Open);
    ui.exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ui.quitAction->setShortcut(QKeySequence::Quit);
    ui.copyTokenAction->setShortcut(QKeySequence::Copy);
    ui.copyWithUserIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    ui.settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    ui.revealTokensAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    ui.filterAction->setShortcut(QKeySequence::Find);
    ui.tokensTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    ui.customersTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    ui.shortcutsAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    // Enter on a row does what a double-click on its token does, but only
    // while the table has the focus (the tokens panel sees to that):
    // elsewhere Enter fetches.
    ui.revealRowAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});

    const std::pair<QAction *, QString> icons[] = {
        {ui.fetchAction, QStringLiteral("fetch")},
        {ui.importAction, QStringLiteral("import")},
        {ui.exportAction, QStringLiteral("export")},
        {ui.quitAction, QStringLiteral("quit")},
        {ui.copyTokenAction, QStringLiteral("copy")},
        {ui.clearTableAction, QStringLiteral("clear")},
        {ui.settingsAction, QStringLiteral("settings")},
        {ui.revealRowAction, QStringLiteral("eye")},
        {ui.filterAction, QStringLiteral("filter")},
        {ui.shortcutsAction, QStringLiteral("keyboard")},
        {ui.aboutAction, QStringLiteral("info")},
    };
    // Not on the Show tokens switch: in a menu an icon would hide its check mark.
    for (const auto &[action, name] : icons)
        action->setIcon(themedIcon(name));
    ui.fetchButton->setIcon(themedIcon(QStringLiteral("fetch")));
}

void connectHelpMenu(Ui::MainWindow &ui, QWidget *window)
{
    QObject::connect(ui.shortcutsAction, &QAction::triggered, window, [window] {
        showDialog<ShortcutsDialog>(window, QStringLiteral("shortcutsDialog"),
                                    [window] { return new ShortcutsDialog(window); });
    });
    QObject::connect(ui.aboutAction, &QAction::triggered, window, [window] {
        showDialog<AboutDialog>(window, QStringLiteral("aboutDialog"),
                                [window] { return new AboutDialog(window); });
    });
}

} // namespace TokenDesk
