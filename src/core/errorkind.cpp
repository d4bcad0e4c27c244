// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorkind.h"

#include <array>
#include <utility>

namespace TokenDesk {

namespace {
constexpr std::array<std::pair<ErrorKind, const char *>, 9> kNames{{
    {ErrorKind::Auth, "auth"},
    {ErrorKind::NotFound, "not_found"},
    {ErrorKind::RateLimited, "rate_limited"},
    {ErrorKind::Server, "server"},
    {ErrorKind::Network, "network"},
    {ErrorKind::Timeout, "timeout"},
    {ErrorKind::Tls, "tls"},
    {ErrorKind::BadResponse, "bad_response"},
    {ErrorKind::InvalidInput, "invalid_input"},
}};
} // namespace

QString errorKindName(ErrorKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ErrorKind> errorKindFromName(QStringView name)
{
    for (const auto &[k, n] : kNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

} // namespace TokenDesk
