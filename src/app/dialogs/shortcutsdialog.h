// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QAction;

namespace Ui {
class ShortcutsDialog;
}

namespace TokenDesk {

// Lists the keyboard shortcuts of a window. The list is read from the
// window's own actions each time the dialog shows or the language changes,
// so it cannot drift from the shortcuts that really work. The keys that are
// not actions (Enter in the user ID field, and so on) follow them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // The dialog is a child of the window whose shortcuts it lists.
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    // The window's actions that have a shortcut, in the order of its menus.
    static QList<QAction *> actionsWithShortcuts(const QWidget *window);
    // An action's text as a list shows it: no mnemonic, no trailing ellipsis.
    static QString plainText(const QString &actionText);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void addRow(const QString &what, const QString &keys);

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QPointer<QWidget> m_window;
};

} // namespace TokenDesk
