// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errorkind.h"

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace TokenDesk {

// Whether a failed request is tried again, and after how long: one set of
// rules for token fetches and customer list pages alike.
class RetryPolicy final
{
public:
    static constexpr int DefaultMaxRetries = 2;
    static constexpr std::chrono::milliseconds DefaultBaseDelay{500};
    static constexpr std::chrono::milliseconds MaxDelay{30000};
    static constexpr std::chrono::seconds DefaultMaxRetryAfter{120};

    // The jitter is securely seeded unless a seed is given (tests).
    RetryPolicy();
    explicit RetryPolicy(quint32 seed);

    void setMaxRetries(int retries); // extra tries of a transient failure, at least 0
    int maxRetries() const { return m_maxRetries; }
    // The first pause; each later one doubles, up to MaxDelay. Tests shorten it.
    void setBaseDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds baseDelay() const { return m_baseDelay; }
    // The longest Retry-After honoured: a server that asks for more is a failure.
    void setMaxRetryAfter(std::chrono::seconds limit);
    std::chrono::seconds maxRetryAfter() const { return m_maxRetryAfter; }

    // A failure that may pass if the same request is sent again: a broken or
    // stalled connection whatever status its head carried (a body cut short
    // after "200 OK" is as worth a retry as a reset), 429 and 5xx. Not
    // success:false under 200 (the server's answer), nor a rejected key, nor
    // what the user cancelled.
    static bool isTransient(ErrorKind kind, int httpStatus, bool cancelled);
    // Whether to send again after `attempts` tries, the last one failing so.
    bool shouldRetry(ErrorKind kind, int httpStatus, bool cancelled, int attempts) const;
    // A Retry-After longer than the policy honours.
    bool isTooLong(std::chrono::seconds retryAfter) const { return retryAfter > m_maxRetryAfter; }

    // The pause after `attempts` failed tries: the server's Retry-After when it
    // gave one (at most maxRetryAfter()), else exponential with jitter in the
    // upper half, so a crowd of failed requests does not come back in lockstep.
    std::chrono::milliseconds pauseAfter(int attempts,
                                         std::optional<std::chrono::seconds> retryAfter);

private:
    int m_maxRetries = DefaultMaxRetries;
    std::chrono::milliseconds m_baseDelay = DefaultBaseDelay;
    std::chrono::seconds m_maxRetryAfter = DefaultMaxRetryAfter;
    QRandomGenerator m_jitter;
};

} // namespace TokenDesk
