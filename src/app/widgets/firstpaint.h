// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>

#include <functional>
#include <utility>

namespace TokenDesk {

// Runs a function once, right after a window's first paint has been flushed:
// for work that need not delay the first sight of the window. Header-only, so
// the bare Qt program of the startup benchmark uses it too.
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QObject *window, std::function<void()> function)
        : QObject(window)
        , m_function(std::move(function))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the rest of the window is painted and flushed first.
            QTimer::singleShot(0, this, [this] {
                m_function();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_function;
};

} // namespace TokenDesk
