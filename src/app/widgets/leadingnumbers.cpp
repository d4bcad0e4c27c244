// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/leadingnumbers.h"

#include <QAbstractSpinBox>
#include <QEvent>
#include <QObject>

namespace TokenDesk {
namespace {

void alignToLeadingEdge(QAbstractSpinBox *box)
{
    const Qt::Alignment edge =
        box->layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    box->setAlignment(edge | Qt::AlignAbsolute | Qt::AlignVCenter);
}

// Aligns its spin box again when the box's direction changes.
class DirectionWatcher final : public QObject
{
public:
    explicit DirectionWatcher(QAbstractSpinBox *box)
        : QObject(box)
    {
        box->installEventFilter(this);
        alignToLeadingEdge(box);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutDirectionChange)
            alignToLeadingEdge(static_cast<QAbstractSpinBox *>(watched));
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void keepNumbersAtLeadingEdge(QWidget *root)
{
    const auto boxes = root->findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *box : boxes)
        new DirectionWatcher(box); // a child of the box, gone with it
}

} // namespace TokenDesk
