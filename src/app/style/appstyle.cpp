// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/appstyle.h"

#include "app/style/themedicon.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

#include <algorithm>

namespace TokenDesk {

AppStyle::AppStyle(const QString &baseStyleKey)
    : QProxyStyle(baseStyleKey)
{}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (icon) {
    case SP_LineEditClearButton:
        return themedIcon(QStringLiteral("clear-text"));
    case SP_ToolBarHorizontalExtensionButton: {
        // Points the way the hidden items are, as Qt's own icon does.
        const Qt::LayoutDirection direction = option   ? option->direction
                                              : widget ? widget->layoutDirection()
                                                       : QGuiApplication::layoutDirection();
        return themedIcon(direction == Qt::RightToLeft ? QStringLiteral("chevrons-left")
                                                       : QStringLiteral("chevrons-right"));
    }
    case SP_ToolBarVerticalExtensionButton:
        return themedIcon(QStringLiteral("chevrons-down"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    if (element == CE_ComboBoxLabel && painter->layoutDirection() != option->direction) {
        // Qt's painter lays text out in the application's direction, not the
        // widget's: a box set left to right (a path, in Arabic) would show
        // "/tmp" as "tmp/".
        painter->save();
        painter->setLayoutDirection(option->direction);
        QProxyStyle::drawControl(element, option, painter, widget);
        painter->restore();
        return;
    }
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (element != CE_PushButtonLabel || !button || button->direction != Qt::RightToLeft ||
        button->icon.isNull() || button->text.isEmpty()) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // The icon and the text as one block in the middle, the icon on the
    // right, the text just left of it: mirrored, as Qt lays them out left to right.
    const bool enabled = button->state & State_Enabled;
    const QIcon::Mode mode = !enabled                                ? QIcon::Disabled
                             : (button->state & State_HasFocus) != 0 ? QIcon::Active
                                                                     : QIcon::Normal;
    const QIcon::State state = (button->state & State_On) ? QIcon::On : QIcon::Off;
    const int spacing = 4; // as QPushButton::sizeHint() counts it
    const int textWidth = button->fontMetrics.size(Qt::TextShowMnemonic, button->text).width();
    const int blockWidth =
        std::min(button->rect.width(), button->iconSize.width() + spacing + textWidth);
    const int right = button->rect.x() + (button->rect.width() + blockWidth) / 2;
    const QRect iconRect(right - button->iconSize.width(),
                         button->rect.y() + (button->rect.height() - button->iconSize.height()) / 2,
                         button->iconSize.width(), button->iconSize.height());
    button->icon.paint(painter, iconRect, Qt::AlignCenter, mode, state);
    QRect textRect = button->rect;
    textRect.setRight(iconRect.left() - spacing);
    int flags = Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter;
    flags |= styleHint(SH_UnderlineShortcut, button, widget) ? Qt::TextShowMnemonic
                                                             : Qt::TextHideMnemonic;
    drawItemText(painter, textRect, flags, button->palette, enabled, button->text,
                 QPalette::ButtonText);
}

void AppStyle::install()
{
    QStyle *current = QApplication::style();
    if (dynamic_cast<AppStyle *>(current))
        return;
    QApplication::setStyle(new AppStyle(current->name()));
}

} // namespace TokenDesk
