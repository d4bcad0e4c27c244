// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibilitycheck.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

namespace AccessibilityCheck {

namespace {

QString nameOf(const QObject *object)
{
    if (!object)
        return QStringLiteral("(none)");
    if (!object->objectName().isEmpty())
        return object->objectName();
    // Qt's own inner widgets have no name: say where they are.
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1String(" in ") +
           nameOf(object->parent());
}

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::Dial:
        return true;
    default:
        return false;
    }
}

// A control's insides (a combo box's list, a table's cells, a spin box's
// line edit) are its own business, and the menus are checked on their own.
bool isOpaque(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::MenuBar:
    case QAccessible::PopupMenu:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    if (iface->object())
        return nameOf(iface->object());
    // A tab of a tab bar has no QObject of its own.
    QAccessibleInterface *parent = iface->parent();
    return parent ? QStringLiteral("%1, child %2")
                        .arg(describe(parent))
                        .arg(parent->indexOfChild(iface))
                  : QStringLiteral("(unknown)");
}

// What a screen reader announces as the control's name. On Unix Qt gives a
// combo box's current item as its name, which names nothing: ask the widget.
QString accessibleName(QAccessibleInterface *iface)
{
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    if (iface->role() != QAccessible::ComboBox || !widget)
        return iface->text(QAccessible::Name).trimmed();
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName().trimmed();
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == widget)
            return plainText(label->text());
    }
    return {};
}

void walk(QAccessibleInterface *iface, QStringList &problems, int depth)
{
    if (!iface || depth > 64)
        return;
    const QAccessible::Role role = iface->role();
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    const bool focusable = widget && (widget->focusPolicy() & Qt::TabFocus);
    if ((isControl(role) || focusable) && accessibleName(iface).isEmpty())
        problems.append(QStringLiteral("%1 (role 0x%2) has no accessible name")
                            .arg(describe(iface))
                            .arg(static_cast<int>(role), 0, 16));
    if (isOpaque(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, depth + 1);
}

struct Mnemonic
{
    QChar letter;
    const QWidget *owner;
    QString text;
};

// Widgets on two pages of one QStackedWidget (a tab widget's pages) are
// never visible together, so their mnemonics cannot both fire.
bool onSiblingPages(const QWidget *a, const QWidget *b)
{
    QList<const QWidget *> chainOfA;
    for (const QWidget *w = a; w; w = w->parentWidget())
        chainOfA.append(w);
    const QWidget *belowB = nullptr;
    for (const QWidget *w = b; w; belowB = w, w = w->parentWidget()) {
        const qsizetype at = chainOfA.indexOf(w);
        if (at < 0)
            continue;
        const QWidget *belowA = at > 0 ? chainOfA.at(at - 1) : nullptr;
        return qobject_cast<const QStackedWidget *>(w) && belowA && belowB && belowA != belowB;
    }
    return false;
}

QList<Mnemonic> mnemonicsOf(QWidget *root, QStringList &problems)
{
    QList<Mnemonic> found;
    const auto add = [&found](const QWidget *owner, const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            found.append({letter, owner, plainText(text)});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != root->window())
            continue; // a dialog of the window is a window of its own
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->buddy())
                add(label, label->text());
            else if (!Qt::mightBeRichText(label->text()) && !mnemonicOf(label->text()).isNull())
                problems.append(QStringLiteral("%1 shows a mnemonic in \"%2\" but has no buddy")
                                    .arg(nameOf(label), label->text()));
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(button, button->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(group, group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (const auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            const QList<QAction *> titles = menuBar->actions();
            for (const QAction *title : titles)
                add(menuBar, title->text());
        }
    }
    return found;
}

void checkMenu(const QString &where, const QList<QAction *> &actions, QStringList &problems)
{
    QHash<QChar, const QAction *> seen;
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull())
            continue;
        if (const QAction *other = seen.value(letter))
            problems.append(QStringLiteral("%1: Alt+%2 on both %3 \"%4\" and %5 \"%6\"")
                                .arg(where, letter.toUpper(), nameOf(other),
                                     plainText(other->text()), nameOf(action),
                                     plainText(action->text())));
        else
            seen.insert(letter, action);
    }
}

} // namespace

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a plain ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString plainText(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && ++i >= text.size())
            break;
        plain.append(text.at(i));
    }
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    return plain.trimmed();
}

QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(root), problems, 0);
    return problems;
}

QStringList mnemonicClashes(QWidget *root)
{
    QStringList problems;
    const QList<Mnemonic> found = mnemonicsOf(root, problems);
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (qsizetype j = i + 1; j < found.size(); ++j) {
            const Mnemonic &a = found.at(i);
            const Mnemonic &b = found.at(j);
            if (a.letter == b.letter && !onSiblingPages(a.owner, b.owner))
                problems.append(
                    QStringLiteral("Alt+%1 on both %2 \"%3\" and %4 \"%5\"")
                        .arg(a.letter.toUpper(), nameOf(a.owner), a.text, nameOf(b.owner), b.text));
        }
    }
    return problems;
}

QStringList menuMnemonicClashes(QWidget *root)
{
    QStringList problems;
    const QList<QMenu *> menus = root->findChildren<QMenu *>();
    for (const QMenu *menu : menus)
        checkMenu(QStringLiteral("menu %1").arg(nameOf(menu)), menu->actions(), problems);
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu)
            checkMenu(QStringLiteral("context menu of %1").arg(nameOf(widget)), widget->actions(),
                      problems);
    }
    return problems;
}

QStringList formLabelsWithoutBuddy(QWidget *root)
{
    QStringList problems;
    const QList<QFormLayout *> forms = root->findChildren<QFormLayout *>();
    for (const QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            const auto *label = item ? qobject_cast<const QLabel *>(item->widget()) : nullptr;
            if (label && !label->buddy())
                problems.append(
                    QStringLiteral("%1 labels a field but has no buddy").arg(nameOf(label)));
        }
    }
    return problems;
}

QStringList shortcutClashes(QWidget *root)
{
    QStringList problems;
    QHash<QString, const QAction *> owners;
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> sequences = action->shortcuts();
        for (const QKeySequence &sequence : sequences) {
            if (sequence.isEmpty())
                continue;
            const QString key = sequence.toString(QKeySequence::PortableText);
            if (const QAction *other = owners.value(key); other && other != action)
                problems.append(QStringLiteral("%1 is the shortcut of both %2 and %3")
                                    .arg(key, nameOf(other), nameOf(action)));
            else
                owners.insert(key, action);
        }
    }
    return problems;
}

QStringList allProblems(QWidget *root)
{
    return unnamedControls(root) + mnemonicClashes(root) + menuMnemonicClashes(root) +
           formLabelsWithoutBuddy(root) + shortcutClashes(root);
}

} // namespace AccessibilityCheck
