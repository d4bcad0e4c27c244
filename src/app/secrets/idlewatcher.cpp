// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

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
    m_sinceInput.start();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    m_sinceInput.restart();
    if (m_interval.count() > 0)
        m_timer->start(m_interval);
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here: only note the time.
    if (isInput(event->type())) {
        m_sinceInput.restart();
        // After an idle spell the timer rests until the next input.
        if (!m_timer->isActive() && m_interval.count() > 0)
            m_timer->start(m_interval);
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    const std::chrono::milliseconds since(m_sinceInput.elapsed());
    if (since < m_interval) {
        m_timer->start(m_interval - since); // input came meanwhile
        return;
    }
    Q_EMIT idle();
}

} // namespace TokenDesk
