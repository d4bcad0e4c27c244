// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace TokenDesk {

// Why a fetch failed. The names are part of the outside contract (errorKind).
enum class ErrorKind {
    None,
    Auth,
    NotFound,
    RateLimited,
    Server,
    Network,
    Timeout,
    Tls,
    BadResponse,
    InvalidInput,
};

// The contract's spelling ("auth", "not_found", …); empty for None.
QString errorKindName(ErrorKind kind);
std::optional<ErrorKind> errorKindFromName(QStringView name);

} // namespace TokenDesk
