// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QVariant>

class QHeaderView;
class QMainWindow;
class QSettings;
class QWidget;

namespace TokenDesk {

// Keeps a main window's layout from one session to the next in QSettings:
// its size and position, its toolbars and docks, every named splitter and
// every named view's columns (widths, order, sort, and which ones a ColumnFitter
// must leave as the user sized them), each keyed by objectName.
// Never anything the user typed, so never a secret.
class WindowState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowState)

public:
    // Saves when the window closes (or the application quits first).
    explicit WindowState(QMainWindow *window);

    // Call once the window's views have their models, before it is shown.
    void restore();
    // The same for views built later, inside part: their columns as they were
    // left, and as the baseline that an unchanged layout is not saved against.
    void restoreLate(QWidget *part);
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString key(const QString &part) const;
    QHash<QString, QVariant> layout() const; // settings key -> value
    void keepOnScreen();
    // The first start's size: a share of the screen it opens on.
    void sizeToScreen();
    // Restores the named views' columns among headers; returns their layout.
    QHash<QString, QVariant> restoreHeaders(const QSettings &settings,
                                            const QList<QHeaderView *> &headers) const;

    QMainWindow *m_window;
    QHash<QString, QVariant> m_saved; // the layout as first shown or last saved
    bool m_shown = false;
};

} // namespace TokenDesk
