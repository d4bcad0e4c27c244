// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <algorithm>

namespace TokenDesk {

RetryPolicy::RetryPolicy()
    : m_jitter(QRandomGenerator::securelySeeded())
{}

RetryPolicy::RetryPolicy(quint32 seed)
    : m_jitter(seed)
{}

void RetryPolicy::setMaxRetries(int retries)
{
    m_maxRetries = std::max(0, retries);
}

void RetryPolicy::setBaseDelay(std::chrono::milliseconds delay)
{
    m_baseDelay = std::max(delay, std::chrono::milliseconds(1));
}

void RetryPolicy::setMaxRetryAfter(std::chrono::seconds limit)
{
    m_maxRetryAfter = std::max(limit, std::chrono::seconds(0));
}

bool RetryPolicy::isTransient(ErrorKind kind, int httpStatus, bool cancelled)
{
    if (cancelled)
        return false;
    switch (kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return true;
    case ErrorKind::RateLimited:
    case ErrorKind::Server:
        return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(ErrorKind kind, int httpStatus, bool cancelled, int attempts) const
{
    return isTransient(kind, httpStatus, cancelled) && attempts <= m_maxRetries;
}

std::chrono::milliseconds RetryPolicy::pauseAfter(int attempts,
                                                  std::optional<std::chrono::seconds> retryAfter)
{
    using std::chrono::milliseconds;
    if (retryAfter)
        return std::min<milliseconds>(*retryAfter, m_maxRetryAfter);
    const milliseconds exponential =
        std::min<milliseconds>(MaxDelay, m_baseDelay * (1 << std::clamp(attempts - 1, 0, 10)));
    const auto half = exponential.count() / 2;
    return milliseconds(half + m_jitter.bounded(static_cast<quint64>(half) + 1));
}

} // namespace TokenDesk
