// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tokens/copybuttondelegate.h"

#include "core/tokenroles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace TokenDesk {

namespace {
constexpr int Margin = 2;

bool hasToken(const QModelIndex &index)
{
    return !index.data(RawTokenRole).toString().isEmpty();
}
} // namespace

QRect CopyButtonDelegate::buttonRect(const QStyleOptionViewItem &option)
{
    return option.rect.adjusted(Margin, Margin, -Margin, -Margin);
}

void CopyButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (!hasToken(index))
        return;

    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    button.palette = option.palette;
    button.direction = option.direction;
    button.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize CopyButtonDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    return {metrics.horizontalAdvance(text) + 24 + 2 * Margin, metrics.height() + 10};
}

bool CopyButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const bool onButton = mouse->button() == Qt::LeftButton && hasToken(index) &&
                          buttonRect(option).contains(mouse->position().toPoint());
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressed = onButton ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return false; // let the view select the row as well
    }
    const bool clicked = onButton && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (clicked)
        Q_EMIT copyRequested(index);
    return clicked;
}

} // namespace TokenDesk
