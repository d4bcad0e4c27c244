// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/crampedscrollarea.h"

#include <QEvent>
#include <QScreen>

namespace TokenDesk {

CrampedScrollArea::CrampedScrollArea(QWidget *form, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(form->objectName() + QLatin1String("ScrollArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setWidget(form);
    // No Tab stop of its own: Tab goes from field to field, and the area
    // scrolls to each (QScrollArea::focusNextPrevChild).
    setFocusPolicy(Qt::NoFocus);
    // The window's colour shows through, as it did around the form.
    viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
}

QSize CrampedScrollArea::sizeHint() const
{
    return widget()->sizeHint().expandedTo(widget()->minimumSizeHint());
}

QSize CrampedScrollArea::minimumSizeHint() const
{
    const QSize form = widget()->minimumSizeHint();
    const QScreen *on = screen();
    return on ? form.boundedTo(on->availableSize() * 3 / 4) : form;
}

bool CrampedScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // QScrollArea watches its widget (setWidget() installed this filter).
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace TokenDesk
