// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QPoint>

#include <functional>

class QAbstractItemView;
class QMimeData;
class QWidget;

namespace TokenDesk {

// Drags a row's token (from anywhere on the row, its copy button too) into
// another program without the clipboard: the token as text with the
// clipboard's secret hints (ClipboardGuard::secretMimeData), a marker that
// TokenDropGuard refuses inside TokenDesk, and a drag image of the masked
// form only. Works on any view over a TokenTableModel (RawTokenRole).
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    Starter m_starter;
    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
    bool m_dragged = false; // since the press: its release is the drag's
};

// Refuses, in every widget of the application, drops of a TokenDrag: a token
// dragged inside TokenDesk must not land in a field in plain text.
class TokenDropGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDropGuard)

public:
    explicit TokenDropGuard(QObject *parent = nullptr); // watches qApp
    ~TokenDropGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace TokenDesk
