// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/style/appstyle.h"

#include "app/style/themedicon.h"

#include <QApplication>
#include <QStyleOption>

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

void AppStyle::install()
{
    QStyle *current = QApplication::style();
    if (dynamic_cast<AppStyle *>(current))
        return;
    QApplication::setStyle(new AppStyle(current->name()));
}

} // namespace TokenDesk
