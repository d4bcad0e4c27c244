// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;

namespace TokenDesk {

// Says what to do while an item view has no rows: a wrapped, centred line in
// the palette's placeholder colour over the empty viewport, gone with the
// first row. The text comes from a function, asked again on a change of
// language, so the owner never has to re-set it. While shown, the text is
// also the view's accessible description, for screen readers.
class EmptyStateOverlay final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateOverlay)

public:
    // The view must already have its model.
    EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> text);

    // Shows or hides it, asking for the text again: the model calls it, and
    // the owner may when what the text mentions (a shortcut) changed.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitToViewport();

    QAbstractItemView *m_view;
    QWidget *m_viewport; // the parent
    QPointer<QAbstractItemModel> m_model;
    std::function<QString()> m_text;
    QString m_ownDescription; // the view's description when it has rows
};

} // namespace TokenDesk
