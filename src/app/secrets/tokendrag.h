// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMimeData>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QPoint>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QWidget;

namespace TokenDesk {

// Drags a row's token (from its token cell or its copy button; elsewhere a
// drag selects rows as usual) into another program without the clipboard:
// the token as text with the clipboard's secret hints
// (ClipboardGuard::secretMimeData), a marker that TokenDropGuard refuses
// inside TokenDesk, and a drag image of the masked form only. Works on any
// view over a TokenTableModel (RawTokenRole).
class TokenDrag final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDrag)

public:
    // Hands the drag to the system; tests record it instead of a modal drag.
    using Starter = std::function<void(QMimeData *mime, const QPixmap &image)>;

    explicit TokenDrag(QAbstractItemView *view); // a child of the view
    void setStarter(Starter starter);

    static QMimeData *mimeData(const QString &token);
    // What a drag image shows: TokenTableModel::maskedToken, drawn in font.
    static QPixmap dragImage(const QString &token, const QWidget *styleFrom);
    static bool isTokenDrag(const QMimeData *mime);
    // Tokens are being forgotten: a drag under way loses its data and ends.
    static void forgetActiveDrag();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    Starter m_starter;
    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
    bool m_dragged = false; // since the press: its release is the drag's
};

} // namespace TokenDesk
