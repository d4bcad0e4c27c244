// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace TokenDesk {

// Names and e-mails read in their own direction, whatever the window's: in
// an Arabic window "Maple Florist Inc." keeps its dot after "Inc" and elides
// at its end ("Golden Gate Realty G…"), and an Arabic name in an English
// window reads right to left. The text still starts at the column's leading
// edge, the right in Arabic.
class OwnDirectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so that a test reads what a cell is drawn with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace TokenDesk
