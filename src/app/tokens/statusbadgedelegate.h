// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokentablemodel.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace TokenDesk {

struct BadgeColors
{
    QColor fill;
    QColor text;
    QColor outline;
};

// Colours for a row state that stay readable on the given palette, light or
// dark, over a row painted in the given role (Base, AlternateBase or Highlight).
BadgeColors badgeColors(TokenTableModel::RowState state, const QPalette &palette,
                        QPalette::ColorRole row = QPalette::Base);

// Paints the status column as a rounded badge with its text (never colour alone).
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the badge is drawn inside a cell; tests and hit-testing use it.
    static QRect badgeRect(const QStyleOptionViewItem &option, const QString &text);
};

} // namespace TokenDesk
