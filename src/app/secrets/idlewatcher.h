// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;

namespace TokenDesk {

// Says when no keyboard or mouse input has reached the application's windows
// for an interval: an application event filter notes the time of the last
// input, and one timer checks it, so an input costs no timer restart.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject *parent = nullptr); // watches qApp
    ~IdleWatcher() override;

    // 0 = never. Counting starts again from now. The window sets whole
    // minutes; tests set a short interval.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

Q_SIGNALS:
    // Once per idle spell, never sooner than interval() after the last input.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer *m_timer;
    QElapsedTimer m_sinceInput;
    std::chrono::milliseconds m_interval{0};
};

} // namespace TokenDesk
