// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <QFile>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace TokenDesk::Bench {

// Measures how long the event loop goes without running a timer: a tick is
// asked for every 2 ms, so a longer gap is time the loop was blocked.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longestGapMs = std::max(m_longestGapMs, m_clock.restart()); });
    }
    void start()
    {
        m_longestGapMs = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longestGapMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGapMs = 0;
};

// Resident memory now and at its peak, in KiB (0 where the system does not say).
inline qint64 residentKiB()
{
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) / 1024 : 0;
#else
    return 0;
#endif
}

inline qint64 peakResidentKiB()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

} // namespace TokenDesk::Bench
