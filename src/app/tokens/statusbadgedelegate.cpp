// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tokens/statusbadgedelegate.h"

#include "app/style/contrast.h"
#include "core/tokenroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace TokenDesk {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int Margin = 4;
// WCAG asks 3:1 of a control's edge; a one-pixel antialiased edge loses some.
constexpr double EdgeRatio = 3.5;
} // namespace

BadgeColors badgeColors(TokenTableModel::RowState state, const QPalette &palette,
                        QPalette::ColorRole row)
{
    using State = TokenTableModel::RowState;
    const bool dark = isDarkPalette(palette);
    const QColor background = palette.color(row);
    const QColor rowText =
        palette.color(row == QPalette::Highlight ? QPalette::HighlightedText : QPalette::Text);
    QColor fill;
    switch (state) {
    // Deep tones under white text on light views, pale tones under dark text on
    // dark views: each pair reads at 4.5:1 or better, and stands out from the row.
    case State::Active:
        fill = dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x32);
        break;
    case State::Inactive:
        fill = dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x5a, 0x00);
        break;
    case State::Failed:
        fill = dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb0, 0x00, 0x20);
        break;
    case State::Queued:
    case State::Fetching:
    case State::Cancelled:
        // Pending and cancelled rows: the view's own text on its own base, so
        // it reads on a selected row too, with an outline in the palette's colours.
        return {palette.color(QPalette::Base), palette.color(QPalette::Text),
                visibleAgainst(background, palette.color(QPalette::Mid), rowText, EdgeRatio)};
    }
    const QColor text = betterContrast(fill, QColor(Qt::white), QColor(0x20, 0x21, 0x24));
    // On a selected row or an unusual palette the fill may blend in; then the
    // outline moves towards the row's text colour until it shows.
    return {fill, text, visibleAgainst(background, fill, rowText, EdgeRatio)};
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
    const QPalette::ColorRole row = (opt.state & QStyle::State_Selected) ? QPalette::Highlight
                                    : (opt.features & QStyleOptionViewItem::Alternate)
                                        ? QPalette::AlternateBase
                                        : QPalette::Base;
    // Chosen at each paint from the view's palette, so a switch to dark mode
    // (a PaletteChange repaints the view) shows at once.
    const BadgeColors colors = badgeColors(state, opt.palette, row);
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
