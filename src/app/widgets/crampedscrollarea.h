// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace TokenDesk {

// A frameless scroll area around a form that scrolls only where the screen is
// too small for the form (1024x768 at 200% leaves 512x384 points): there the
// form is not cut off, and Tab scrolls to the field it reaches. Elsewhere it
// asks for the form's own sizes, so its window opens, and shrinks, as before.
class CrampedScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrampedScrollArea)

public:
    // Takes form (its parent becomes the area's viewport).
    explicit CrampedScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The form's own, but never more than three quarters of the screen, so
    // that the window around it fits with its menus and buttons.
    QSize minimumSizeHint() const override;

protected:
    // The form's sizes change with its words (another language, a field
    // widened): the window around the area hears of it.
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace TokenDesk
