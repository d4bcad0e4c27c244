// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/owndirectiondelegate.h"

namespace TokenDesk {

void OwnDirectionDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool rightToLeftWindow = option->direction == Qt::RightToLeft;
    // The first strong letter decides, as for a paragraph of its own.
    option->direction = option->text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    // Absolute: the text's direction must not mirror the window's leading edge.
    option->displayAlignment =
        Qt::AlignVCenter | Qt::AlignAbsolute | (rightToLeftWindow ? Qt::AlignRight : Qt::AlignLeft);
    option->textElideMode = Qt::ElideRight; // the logical end, in either direction
}

} // namespace TokenDesk
