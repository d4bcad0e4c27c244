// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Ui {
class MainWindow;
}

namespace TokenDesk {

// The main window's keyboard map and action icons, in one table each: the
// platform's standard keys where there is one. tst_accessibility checks that
// no two actions share a key; the shortcuts dialog lists them from the actions.
void assignKeysAndIcons(Ui::MainWindow &ui);
// The Help menu: its actions open the keyboard shortcuts and About dialogs,
// one of each for the window.
void connectHelpMenu(Ui::MainWindow &ui, QWidget *window);

} // namespace TokenDesk
