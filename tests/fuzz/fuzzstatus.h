// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace TokenDesk::Fuzz {

// The HTTP status a reply-parser input stands for: its first byte picks one of
// sixteen statuses (ASCII '0' is 200, so seeds stay readable text), the rest
// is the body. Returns false when there is no first byte.
inline bool splitStatusAndBody(const uint8_t *data, size_t size, int *status, QByteArray *body)
{
    static constexpr int statuses[16] = {200, 201, 204, 301, 400, 401, 403, 404,
                                         408, 429, 500, 502, 503, 504, 0,   999};
    if (size == 0)
        return false;
    *status = statuses[data[0] % 16];
    *body = QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    return true;
}

} // namespace TokenDesk::Fuzz
