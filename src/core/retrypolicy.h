// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errorkind.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>

#include <chrono>
#include <optional>

namespace TokenDesk {

// What becomes of a failed try (RetryPolicy::verdict()).
struct RetryVerdict
{
    bool retry = false;
    // Set when the try is final only because the server asked for a longer
    // wait than TokenDesk honours: the error to report, saying so.
    QString refusedWait;
};

// Whether a failed request is tried again, and after how long: one set of
// rules for token fetches and customer list pages alike.
class RetryPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::RetryPolicy)

public:
    static constexpr int DefaultMaxRetries = 2;
    static constexpr std::chrono::milliseconds DefaultBaseDelay{500};
    static constexpr std::chrono::milliseconds MaxDelay{30000};
    // The longest Retry-After honoured (see verdict()): long enough for a
    // throttled agency, short enough that nobody wonders whether it hangs.
    static constexpr std::chrono::seconds MaxRetryAfter{120};

    // The jitter is seeded from the system's generator unless a seed is given (tests).
    RetryPolicy();
    explicit RetryPolicy(quint32 seed);

    void setMaxRetries(int retries); // extra tries of a transient failure, at least 0
    int maxRetries() const { return m_maxRetries; }
    // The first pause; each later one doubles, up to MaxDelay. Tests shorten it.
    void setBaseDelay(std::chrono::milliseconds delay);
    // A failure that may pass if the same request is sent again: a broken or
    // stalled connection whatever status its head carried (a body cut short
    // after "200 OK" is as worth a retry as a reset), 429 and 5xx. Not
    // success:false under 200 (the server's answer), nor a rejected key, nor
    // what the user cancelled.
    static bool isTransient(ErrorKind kind, int httpStatus, bool cancelled);
    // After `attempts` tries, the last one failing so: a transient failure is
    // sent again, at most maxRetries() times. But when the server asked for a
    // longer wait than MaxRetryAfter, the try is final at once, saying so:
    // a request is never sent again sooner than the server asked, and nobody
    // is kept waiting for longer than the limit either.
    RetryVerdict verdict(ErrorKind kind, int httpStatus, bool cancelled, int attempts,
                         std::optional<std::chrono::seconds> retryAfter) const;

    // The pause after `attempts` failed tries: the server's Retry-After when it
    // gave one (at most MaxRetryAfter), else exponential with jitter in the
    // upper half, so a crowd of failed requests does not come back in lockstep.
    std::chrono::milliseconds pauseAfter(int attempts,
                                         std::optional<std::chrono::seconds> retryAfter);

private:
    int m_maxRetries = DefaultMaxRetries;
    std::chrono::milliseconds m_baseDelay = DefaultBaseDelay;
    QRandomGenerator m_jitter;
};

} // namespace TokenDesk
