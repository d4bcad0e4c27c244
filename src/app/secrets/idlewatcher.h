// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace TokenDesk {

// Says when no keyboard or mouse input has reached the application's windows
// for an interval: an application event filter notes the time of the last
// input, and one timer checks it, so an input costs no timer restart. Time
// asleep counts: the check reads the wall clock as well as the monotonic one
// (which stops during suspend), and runs at least every MaxCheckGap.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    // Milliseconds on some fixed scale.
    using Clock = std::function<qint64()>;
    static constexpr std::chrono::seconds MaxCheckGap{15};

    explicit IdleWatcher(QObject *parent = nullptr); // watches qApp
    ~IdleWatcher() override;

    // 0 = never. Counting starts again from now. The window sets whole
    // minutes; tests set a short interval.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // Counts from now, as if input had just come.
    void restart();
    // A test seam: the monotonic and the wall clock the checks read.
    void setClocks(Clock monotonic, Clock wall);

Q_SIGNALS:
    // Once per idle spell, never sooner than interval() after the last input.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void noteInput();
    void check();

    QTimer *m_timer;
    QElapsedTimer m_monotonic;
    Clock m_monotonicClock;
    Clock m_wallClock;
    qint64 m_inputAtMonotonic = 0;
    qint64 m_inputAtWall = 0;
    std::chrono::milliseconds m_interval{0};
};

} // namespace TokenDesk
