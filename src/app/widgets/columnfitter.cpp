// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace TokenDesk {

ColumnFitter::ColumnFitter(QTableView *view, QHash<int, Column> columns)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_columns(std::move(columns))
    , m_later(new QTimer(this))
{
    m_later->setSingleShot(true);
    connect(m_later, &QTimer::timeout, this, &ColumnFitter::fit);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_viewport->installEventFilter(this);
    // Every resize that is not the fitter's own is the user's choice (a drag
    // of the handle, or the saved layout that WindowState brings back).
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting) {
            m_handSized.insert(column);
            fitLater(); // the spare takers follow
        }
    });
    // Double-clicking a handle fits that column to its contents: the user's choice too.
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this, [this](int column) {
        m_handSized.insert(column);
        fitLater();
    });
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::fitLater);
    }
    fitLater();
}

QList<int> ColumnFitter::handSizedColumns() const
{
    QList<int> columns(m_handSized.cbegin(), m_handSized.cend());
    std::sort(columns.begin(), columns.end());
    return columns;
}

void ColumnFitter::setHandSizedColumns(const QList<int> &columns)
{
    m_handSized = QSet<int>(columns.cbegin(), columns.cend());
    fitLater();
}

void ColumnFitter::fitLater()
{
    m_later->start(0);
}

int ColumnFitter::contentWidth(int column) const
{
    // The view measures with the column's delegate (up to its resize precision
    // of rows, so a long list costs no more than a thousand rows).
    // (Public in QAbstractItemView, where QTableView's override is called.)
    const QAbstractItemView *view = m_view;
    const int cells = view->model()->rowCount() > 0 ? view->sizeHintForColumn(column) : 0;
    return std::max(cells, m_view->horizontalHeader()->sectionSizeHint(column));
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int count = header->count();
    if (count == 0)
        return;
    const int average = m_view->fontMetrics().averageCharWidth();
    QList<int> widths(count);
    int used = 0;
    int totalWeight = 0; // of the columns that take the spare width
    for (int column = 0; column < count; ++column) {
        const Column rule = m_columns.value(column);
        if (m_handSized.contains(column) || header->isSectionHidden(column)) {
            widths[column] = header->sectionSize(column);
        } else {
            const int cap = std::max(rule.capChars * average, header->sectionSizeHint(column));
            widths[column] = std::min(contentWidth(column), cap);
            totalWeight += rule.spareWeight;
        }
        if (!header->isSectionHidden(column))
            used += widths.at(column);
    }
    const auto takesSpare = [this, header](int column) {
        return m_columns.value(column).spareWeight > 0 && !m_handSized.contains(column) &&
               !header->isSectionHidden(column);
    };
    const int spare = m_view->viewport()->width() - used;
    if (spare > 0 && totalWeight > 0) {
        // Room left: shared by weight, the rounding to the last one.
        int left = spare;
        int last = -1;
        for (int column = 0; column < count; ++column) {
            if (!takesSpare(column))
                continue;
            const int share = spare * m_columns.value(column).spareWeight / totalWeight;
            widths[column] += share;
            left -= share;
            last = column;
        }
        widths[last] += left;
    } else if (spare < 0) {
        // Short of room: each gives back in proportion to what it has above
        // its floor, so one long name does not cut every e-mail too.
        QList<int> slack(count, 0);
        int totalSlack = 0;
        for (int column = 0; column < count; ++column) {
            if (!takesSpare(column))
                continue;
            const int floor = m_columns.value(column).floorChars * average;
            slack[column] = std::max(0, widths.at(column) - floor);
            totalSlack += slack.at(column);
        }
        const int deficit = std::min(-spare, totalSlack);
        int left = deficit;
        int last = -1;
        for (int column = 0; column < count && totalSlack > 0; ++column) {
            if (slack.at(column) == 0)
                continue;
            const auto cut = static_cast<int>(qint64(deficit) * slack.at(column) / totalSlack);
            widths[column] -= cut;
            left -= cut;
            last = column;
        }
        if (last >= 0) // the rounding, where there is slack left for it
            widths[last] -=
                std::min(left, widths.at(last) - m_columns.value(last).floorChars * average);
    }
    m_fitting = true;
    for (int column = 0; column < count; ++column) {
        if (!m_handSized.contains(column) && header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    }
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport kept from the start: while the view is destroyed, its
    // children still send events, and m_view is no QTableView any more.
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        fitLater(); // the spare width changed
    }
    return QObject::eventFilter(watched, event);
}

} // namespace TokenDesk
