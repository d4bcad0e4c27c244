// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/tokendrag.h"

#include "app/secrets/clipboardguard.h"

#include "core/tokenroles.h"
#include "core/tokentablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

#include <utility>

namespace TokenDesk {

namespace {
// Its content is no copy of the token: only its presence counts.
const QString DragMarker = QStringLiteral("application/x-tokendesk-token-drag");
// The data of the drag under way (one at a time: QDrag::exec is modal).
QPointer<QMimeData> g_activeDrag;
} // namespace

TokenDrag::TokenDrag(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    m_starter = [this](QMimeData *mime, const QPixmap &image) {
        auto *drag = new QDrag(m_view);
        drag->setMimeData(mime);
        drag->setPixmap(image);
        drag->exec(Qt::CopyAction);
    };
    view->viewport()->installEventFilter(this);
}

void TokenDrag::setStarter(Starter starter)
{
    m_starter = std::move(starter);
}

QMimeData *TokenDrag::mimeData(const QString &token)
{
    QMimeData *mime = ClipboardGuard::secretMimeData(token);
    mime->setData(DragMarker, QByteArrayLiteral("1"));
    return mime;
}

void TokenDrag::forgetActiveDrag()
{
    if (!g_activeDrag)
        return;
    // The target reads the data when dropped (X11, Wayland): nothing left then.
    g_activeDrag->clear();
    QDrag::cancel();
}

bool TokenDrag::isTokenDrag(const QMimeData *mime)
{
    return mime && mime->hasFormat(DragMarker);
}

QPixmap TokenDrag::dragImage(const QString &token, const QWidget *styleFrom)
{
    const QString masked = TokenTableModel::maskedToken(token);
    const QFontMetrics metrics(styleFrom->font());
    const qreal ratio = styleFrom->devicePixelRatioF();
    const QSize size(metrics.horizontalAdvance(masked) + 16, metrics.height() + 8);
    QPixmap image(size * ratio);
    image.setDevicePixelRatio(ratio);
    image.fill(styleFrom->palette().color(QPalette::ToolTipBase));
    QPainter painter(&image);
    painter.setFont(styleFrom->font());
    painter.setPen(styleFrom->palette().color(QPalette::ToolTipText));
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, masked);
    return image;
}

bool TokenDrag::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex at = m_view->indexAt(pos);
        // Only the token and its copy button: a drag elsewhere selects rows.
        const bool tokenCell = at.column() == TokenTableModel::TokenColumn ||
                               at.column() == TokenTableModel::CopyColumn;
        m_pressed = mouse->button() == Qt::LeftButton && tokenCell ? QPersistentModelIndex(at)
                                                                   : QPersistentModelIndex();
        m_pressPos = pos;
        m_dragged = false;
        break;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressed.isValid() || !(mouse->buttons() & Qt::LeftButton) ||
            (mouse->position().toPoint() - m_pressPos).manhattanLength() <
                QApplication::startDragDistance())
            break;
        const QString token = m_pressed.data(RawTokenRole).toString();
        m_pressed = QPersistentModelIndex();
        if (token.isEmpty()) // nothing held (failed, forgotten): the view selects as usual
            break;
        m_dragged = true;
        QMimeData *mime = mimeData(token);
        g_activeDrag = mime;
        m_starter(mime, dragImage(token, m_view));
        g_activeDrag = nullptr;
        return true; // not a selection drag as well
    }
    case QEvent::MouseButtonRelease:
        m_pressed = QPersistentModelIndex();
        // The end of a drag is no click: the copy button must not copy.
        if (std::exchange(m_dragged, false))
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace TokenDesk
