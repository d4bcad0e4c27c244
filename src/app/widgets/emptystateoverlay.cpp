// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/emptystateoverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

namespace TokenDesk {

namespace {
constexpr int Margin = 24;
}

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_viewport(view->viewport())
    , m_model(view->model())
    , m_text(std::move(text))
    , m_ownDescription(view->accessibleDescription())
{
    setObjectName(view->objectName() + QStringLiteral("EmptyLabel"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Clicks and the context menu belong to the view underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    // Drawn in the placeholder colour of the palette it inherits from the
    // view, like an empty line edit's hint; so it follows dark mode too.
    setForegroundRole(QPalette::PlaceholderText);
    m_viewport->installEventFilter(this);
    // Scrolling an empty but wide table moves the viewport's children: put it back.
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &EmptyStateOverlay::fitToViewport);
    if (m_model) {
        const auto update = &EmptyStateOverlay::refresh;
        connect(m_model, &QAbstractItemModel::rowsInserted, this, update);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, update);
        connect(m_model, &QAbstractItemModel::modelReset, this, update);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, update);
    }
    refresh();
}

void EmptyStateOverlay::refresh()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    if (empty) {
        // Asked each time, so it may depend on why the view is empty (a filter).
        // A screen reader announces the view with it: the label itself, inside
        // the viewport, is not among a table's accessible children.
        setText(m_text());
        setAccessibleName(text());
        m_view->setAccessibleDescription(text());
        fitToViewport();
    } else if (m_view->accessibleDescription() == text()) {
        m_view->setAccessibleDescription(m_ownDescription);
    }
    setVisible(empty);
}

void EmptyStateOverlay::fitToViewport()
{
    setGeometry(m_viewport->rect().adjusted(Margin, Margin, -Margin, -Margin));
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    // Compares pointers only: the viewport also has events while the view is
    // being destroyed, when the view can no longer be asked anything.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fitToViewport();
    return QLabel::eventFilter(watched, event);
}

void EmptyStateOverlay::changeEvent(QEvent *event)
{
    // Every widget gets the LanguageChange: word the text again.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace TokenDesk
