// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadgedelegate.h"

#include "core/tokenroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace TokenDesk {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int Margin = 4;
} // namespace

BadgeColors badgeColors(TokenTableModel::RowState state, const QPalette &palette)
{
    using State = TokenTableModel::RowState;
    const QColor white(Qt::white);
    switch (state) {
    case State::Active:
        return {QColor(0x1b, 0x6e, 0x32), white, QColor(0x1b, 0x6e, 0x32)};
    case State::Inactive:
        return {QColor(0x8a, 0x5a, 0x00), white, QColor(0x8a, 0x5a, 0x00)};
    case State::Failed:
        return {QColor(0xb0, 0x00, 0x20), white, QColor(0xb0, 0x00, 0x20)};
    case State::Queued:
    case State::Fetching:
    case State::Cancelled:
        break;
    }
    // Pending and cancelled rows: an outline in the palette's own colours.
    return {Qt::transparent, palette.color(QPalette::Text), palette.color(QPalette::Mid)};
}

QRect StatusBadgeDelegate::badgeRect(const QStyleOptionViewItem &option, const QString &text)
{
    const QFontMetrics metrics(option.font);
    const QSize size(metrics.horizontalAdvance(text) + 2 * HorizontalPadding,
                     metrics.height() + 2 * VerticalPadding);
    const QRect cell = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QRect aligned = QStyle::alignedRect(option.direction, Qt::AlignLeft | Qt::AlignVCenter,
                                              size.boundedTo(cell.size()), cell);
    return aligned;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = static_cast<TokenTableModel::RowState>(index.data(RowStateRole).toInt());
    const BadgeColors colors = badgeColors(state, opt.palette);
    const QRect rect = badgeRect(opt, text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2.0,
                        rect.height() / 2.0);
    painter->fillPath(path, colors.fill);
    painter->setPen(colors.outline);
    painter->drawPath(path);
    painter->setPen(colors.text);
    painter->setFont(opt.font);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    return {metrics.horizontalAdvance(opt.text) + 2 * (HorizontalPadding + Margin),
            metrics.height() + 2 * VerticalPadding + 4};
}

} // namespace TokenDesk
