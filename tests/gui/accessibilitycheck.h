// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringList>

class QWidget;

// What assistive technology and keyboard users run into, found by walking a
// window. Each function returns one readable line per problem, naming the
// widget by its objectName; an empty list means nothing was found.
namespace AccessibilityCheck {

// Interactive or focusable controls whose accessible name is empty, found
// through the QAccessible tree (what a screen reader reads).
QStringList unnamedControls(QWidget *root);
// Two widgets of one window answering the same Alt+letter: labels with a
// buddy, buttons, check boxes, group boxes, tab titles, menu bar titles.
// Widgets on different pages of one stack are never shown together, so they
// may share a letter. A label showing a mnemonic without a buddy is reported too.
QStringList mnemonicClashes(QWidget *root);
// Two items of one menu, or of one context menu, with the same letter.
QStringList menuMnemonicClashes(QWidget *root);
// Labels of a form layout with no buddy: their text does not name the field.
QStringList formLabelsWithoutBuddy(QWidget *root);
// One key sequence on two actions of the window.
QStringList shortcutClashes(QWidget *root);
// All of the above.
QStringList allProblems(QWidget *root);

// The letter after the mnemonic '&' of a text ("&&" is a plain ampersand),
// in lower case; a null QChar when there is none.
QChar mnemonicOf(const QString &text);
// The text of an action as a list shows it: no mnemonic, no ellipsis.
QString plainText(const QString &text);

} // namespace AccessibilityCheck
