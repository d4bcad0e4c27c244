// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <QFile>
#include <sys/resource.h>
#include <unistd.h>
#endif

// glibc 2.33 and later count the bytes in allocated chunks. Not under ASan,
// whose allocator glibc does not see.
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33)) &&          \
    !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#define TOKENDESK_BENCH_HEAP_IN_USE 1
#endif

namespace TokenDesk::Bench {

// TOKENDESK_BENCH_SMOKE=1: tiny sizes and few runs, so CI can see that every
// benchmark still runs and prints its figures; the figures then mean nothing.
inline bool smoke()
{
    return qEnvironmentVariableIntValue("TOKENDESK_BENCH_SMOKE") != 0;
}

// Wall times of several runs of one thing, in milliseconds.
class Samples
{
public:
    // Runs prepare() then, timed, measure(), `runs` times.
    template <typename Prepare, typename Measure>
    static Samples take(int runs, Prepare prepare, Measure measure)
    {
        Samples samples;
        for (int i = 0; i < runs; ++i) {
            prepare();
            QElapsedTimer clock;
            clock.start();
            measure();
            samples.m_ms.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(samples.m_ms.begin(), samples.m_ms.end());
        return samples;
    }

    int count() const { return static_cast<int>(m_ms.size()); }
    double min() const { return m_ms.isEmpty() ? 0 : m_ms.first(); }
    double max() const { return m_ms.isEmpty() ? 0 : m_ms.last(); }
    double median() const
    {
        if (m_ms.isEmpty())
            return 0;
        const qsizetype mid = m_ms.size() / 2;
        return m_ms.size() % 2 ? m_ms.at(mid) : (m_ms.at(mid - 1) + m_ms.at(mid)) / 2;
    }
    QString summary() const
    {
        return QStringLiteral("median %1 ms, min %2, max %3 (%4 runs)")
            .arg(median(), 0, 'f', 2)
            .arg(min(), 0, 'f', 2)
            .arg(max(), 0, 'f', 2)
            .arg(count());
    }

private:
    QList<double> m_ms;
};

// Bytes the program has allocated and not freed, -1 where the C library does
// not say. Unlike the resident set it counts neither freed memory the
// allocator keeps nor pages not yet touched, and counts all that is in use.
inline qint64 heapInUseBytes()
{
#ifdef TOKENDESK_BENCH_HEAP_IN_USE
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd); // heap chunks + mmap'd chunks
#else
    return -1;
#endif
}

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
