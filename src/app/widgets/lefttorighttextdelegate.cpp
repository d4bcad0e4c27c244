// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/lefttorighttextdelegate.h"

namespace TokenDesk {

void LeftToRightTextDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool rightToLeft = option->direction == Qt::RightToLeft;
    option->direction = Qt::LeftToRight;
    option->displayAlignment = Qt::AlignVCenter | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}

} // namespace TokenDesk
