// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/tokendropguard.h"

#include "app/secrets/tokendrag.h"

#include <QCoreApplication>
#include <QDropEvent>

namespace TokenDesk {

TokenDropGuard::TokenDropGuard(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

TokenDropGuard::~TokenDropGuard()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool TokenDropGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (TokenDrag::isTokenDrag(drop->mimeData())) {
            drop->setDropAction(Qt::IgnoreAction);
            drop->ignore();
            return true; // no widget of TokenDesk sees it
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace TokenDesk
