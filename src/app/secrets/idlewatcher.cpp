// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/idlewatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace TokenDesk {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::ShortcutOverride:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_monotonic.start();
    m_monotonicClock = [this] {
        return m_monotonic.elapsed();
    };
    m_wallClock = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    noteInput();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setClocks(Clock monotonic, Clock wall)
{
    m_monotonicClock = std::move(monotonic);
    m_wallClock = std::move(wall);
    restart();
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    restart();
}

void IdleWatcher::restart()
{
    noteInput();
    if (m_interval.count() > 0)
        m_timer->start(std::min<std::chrono::milliseconds>(m_interval, MaxCheckGap));
    else
        m_timer->stop();
}

void IdleWatcher::noteInput()
{
    m_inputAtMonotonic = m_monotonicClock();
    m_inputAtWall = m_wallClock();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here: only note the time.
    if (isInput(event->type())) {
        noteInput();
        // After an idle spell the timer rests until the next input.
        if (!m_timer->isActive() && m_interval.count() > 0)
            m_timer->start(std::min<std::chrono::milliseconds>(m_interval, MaxCheckGap));
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    // The longer of the two: the wall clock runs on while the machine sleeps.
    const std::chrono::milliseconds since(
        std::max(m_monotonicClock() - m_inputAtMonotonic, m_wallClock() - m_inputAtWall));
    if (since < m_interval) {
        // Input came meanwhile; and soon again in any case, as a sleep may come.
        m_timer->start(std::min<std::chrono::milliseconds>(m_interval - since, MaxCheckGap));
        return;
    }
    Q_EMIT idle();
}

} // namespace TokenDesk
