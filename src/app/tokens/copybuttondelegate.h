// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace TokenDesk {

// Paints a "Copy" push button in rows that hold a token and reports clicks on
// it. Painted, not a widget per row, so a hundred thousand rows stay cheap.
class CopyButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyButtonDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static QRect buttonRect(const QStyleOptionViewItem &option);

Q_SIGNALS:
    void copyRequested(const QModelIndex &index);

private:
    QPersistentModelIndex m_pressed;
};

} // namespace TokenDesk
