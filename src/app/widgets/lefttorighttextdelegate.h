// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace TokenDesk {

// Tokens and user IDs read left to right in every language: in an Arabic
// window a masked "••••••••06ab" would otherwise show its tail first. The
// text still starts at the column's leading edge, the right in Arabic.
class LeftToRightTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace TokenDesk
