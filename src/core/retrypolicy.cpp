// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <algorithm>
#include <climits>

namespace TokenDesk {

RetryPolicy::RetryPolicy()
    // One word from the system: jitter only spreads retries apart, and
    // seeding the generator's whole state from it took a share of the
    // window's start.
    : m_jitter(QRandomGenerator::system()->generate())
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

RetryVerdict RetryPolicy::verdict(ErrorKind kind, int httpStatus, bool cancelled, int attempts,
                                  std::optional<std::chrono::seconds> retryAfter) const
{
    RetryVerdict verdict;
    if (!isTransient(kind, httpStatus, cancelled))
        return verdict;
    if (retryAfter && *retryAfter > MaxRetryAfter) {
        verdict.refusedWait =
            tr("The server asked TokenDesk to wait %Ln second(s) before trying again, "
               "longer than the %1 seconds it waits. Try again later.",
               nullptr, static_cast<int>(std::min<qint64>(retryAfter->count(), INT_MAX)))
                .arg(MaxRetryAfter.count());
        return verdict;
    }
    verdict.retry = attempts <= m_maxRetries;
    return verdict;
}

std::chrono::milliseconds RetryPolicy::pauseAfter(int attempts,
                                                  std::optional<std::chrono::seconds> retryAfter)
{
    using std::chrono::milliseconds;
    if (retryAfter)
        return std::min<milliseconds>(*retryAfter, MaxRetryAfter);
    const milliseconds exponential =
        std::min<milliseconds>(MaxDelay, m_baseDelay * (1 << std::clamp(attempts - 1, 0, 10)));
    const auto half = exponential.count() / 2;
    return milliseconds(half + m_jitter.bounded(static_cast<quint64>(half) + 1));
}

} // namespace TokenDesk
