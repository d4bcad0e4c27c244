// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include "app/widgets/screenroom.h"
#include "core/bidi.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

namespace TokenDesk {

namespace {

QString nativeKeys(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences) {
        if (!sequence.isEmpty())
            keys.append(isolated(sequence.toString(QKeySequence::NativeText)));
    }
    return keys.join(QLatin1String(", "));
}

// Isolated: in Arabic "Ctrl+," stays "Ctrl+,", not ",+Ctrl".
QString nativeKey(QKeyCombination key)
{
    return isolated(QKeySequence(key).toString(QKeySequence::NativeText));
}

void collectFromMenu(const QMenu *menu, QList<QAction *> &actions, QSet<QAction *> &seen)
{
    const QList<QAction *> items = menu->actions();
    for (QAction *action : items) {
        if (action->menu())
            collectFromMenu(action->menu(), actions, seen);
        else if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            actions.append(action);
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_window(window)
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->shortcutsTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    rebuild();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(const QWidget *window)
{
    QList<QAction *> actions;
    QSet<QAction *> seen;
    // The menus first, in the order the user finds them there.
    if (const auto *menuBar = window->findChild<QMenuBar *>()) {
        const QList<QAction *> titles = menuBar->actions();
        for (const QAction *title : titles) {
            if (title->menu())
                collectFromMenu(title->menu(), actions, seen);
        }
    }
    // Then the rest, such as the tokens table's own keys.
    const QList<QAction *> others = window->findChildren<QAction *>();
    for (QAction *action : others) {
        if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            actions.append(action);
        }
    }
    return actions;
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    // A mnemonic some catalogues add after the words, "सहायता (&H)", goes whole.
    static const QRegularExpression addedMnemonic(QStringLiteral("\\s*\\(&[^&]\\)"));
    const QString words = QString(actionText).remove(addedMnemonic);
    QString text;
    text.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        // "&&" stands for one ampersand; a single one marks the mnemonic.
        if (words.at(i) == QLatin1Char('&') && ++i >= words.size())
            break;
        text.append(words.at(i));
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuild();
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild(); // shortcuts may have changed since it last showed
    // The table scrolls: the dialog never needs more than the screen.
    fitToScreen(this, size());
    QDialog::showEvent(event);
}

void ShortcutsDialog::rebuild()
{
    QTableWidget *table = m_ui->shortcutsTable;
    table->setRowCount(0);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    if (m_window) {
        const QList<QAction *> actions = actionsWithShortcuts(m_window);
        for (const QAction *action : actions)
            addRow(plainText(action->text()), nativeKeys(action->shortcuts()));
    }

    // Keys handled by the widgets themselves rather than by actions.
    addRow(tr("Fetch, in the user ID or key field"), nativeKey(Qt::Key_Enter));
    addRow(tr("Start a new line in the user ID field"), nativeKey(Qt::SHIFT | Qt::Key_Enter));
    addRow(tr("Show or hide one token"), tr("Double-click the token"));
    addRow(tr("Fetch the selected customers' tokens"),
           tr("%1 or double-click").arg(nativeKey(Qt::Key_Enter)));
    addRow(tr("Open the context menu of the tokens table"), nativeKey(Qt::Key_Menu));
    addRow(tr("Next or previous tab"), tr("%1 or %2")
                                           .arg(nativeKey(Qt::CTRL | Qt::Key_Tab),
                                                nativeKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)));
    addRow(tr("Next or previous control"),
           tr("%1 or %2").arg(nativeKey(Qt::Key_Tab), nativeKey(Qt::SHIFT | Qt::Key_Tab)));
#ifndef Q_OS_MACOS // macOS has no mnemonics
    addRow(tr("Go to the menu or field of an underlined letter"),
           tr("%1 and the underlined letter").arg(nativeKey(Qt::Key_Alt)));
#endif
}

void ShortcutsDialog::addRow(const QString &what, const QString &keys)
{
    QTableWidget *table = m_ui->shortcutsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    const auto item = [](const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        cell->setToolTip(text); // whole, should the column be too narrow
        return cell;
    };
    table->setItem(row, 0, item(what));
    table->setItem(row, 1, item(keys));
}

} // namespace TokenDesk
