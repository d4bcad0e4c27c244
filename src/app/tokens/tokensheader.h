// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>

namespace TokenDesk {

// QHeaderView sizes itself by measuring every title in bold (Qt 6.4,
// sectionSizeFromContents), so that a highlighted title (bold, when all rows
// are selected) still fits. Before the first paint the view needs only the
// header's height from that, which a family's bold and regular faces usually
// share (DejaVu Sans's do: 18 px either way here); loading the bold face and
// shaping the titles in it would cost about 3 M instructions there. So until
// measureInBold(), right after the first paint, this header measures in its
// own font, as Qt does but for the bold.
class TokensHeader final : public QHeaderView
{
public:
    explicit TokensHeader(QTableView *view)
        : QHeaderView(Qt::Horizontal, view)
    {
        // As QTableView sets up its own header.
        setSectionsClickable(true);
        setHighlightSections(true);
    }

    // From now on measures as Qt does; if that makes the header taller after
    // all (a font whose bold face is), the view lays it out again.
    void measureInBold()
    {
        const int height = sizeHint().height();
        m_bold = true;
        headerDataChanged(orientation(), 0, count() - 1); // drops the cached size hint
        if (sizeHint().height() != height)
            Q_EMIT geometriesChanged();
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        if (m_bold)
            return QHeaderView::sectionSizeFromContents(logicalIndex);
        // The token model's titles are plain text: no size hint, font or icon.
        ensurePolished();
        QStyleOptionHeader option;
        initStyleOption(&option); // with the header's font metrics
        option.section = logicalIndex;
        option.text = model()->headerData(logicalIndex, orientation()).toString();
        QSize size = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
        if (isSortIndicatorShown())
            size.rwidth() +=
                size.height() + style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
        return size;
    }

private:
    bool m_bold = false;
};

} // namespace TokenDesk
