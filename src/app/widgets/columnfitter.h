// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QTableView;
class QTimer;

namespace TokenDesk {

// Sizes a table's columns to their contents: each column as wide as its
// title and its widest cell (measured by the view's delegates), within a cap
// in average characters; the columns that take the spare width (a name, an
// e-mail) share what is left of the viewport, or give some back, down to
// their floor, when the others need it. A column the user resized by hand
// keeps that width: WindowState remembers which ones (handSizedColumns) with
// the header's own state.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    struct Column
    {
        int capChars = 40;   // never wider than this many average characters
        int spareWeight = 0; // a share of the spare width; 0 takes none
        int floorChars = 12; // what a spare taker keeps when room is short
    };

    // Every column not listed gets Column{}.
    ColumnFitter(QTableView *view, QHash<int, Column> columns);

    QList<int> handSizedColumns() const;
    void setHandSizedColumns(const QList<int> &columns);
    // Fits again now (otherwise on the next turn of the event loop after a change).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLater();
    int contentWidth(int column) const;

    QTableView *m_view;
    QWidget *m_viewport; // m_view's, for the event filter
    QHash<int, Column> m_columns;
    QSet<int> m_handSized;
    QTimer *m_later;
    bool m_fitting = false; // our own resizes are not the user's
};

} // namespace TokenDesk
