// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errorkind.h"
#include "tokenquery.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace TokenDesk {

// The outcome of one token fetch: either a token with its state, or an error
// kind with a sentence a person understands. Errors are values, never thrown.
struct TokenResult
{
    TokenQuery query;
    bool ok = false;
    QString token;
    bool active = false;
    int httpStatus = 0; // 0 when no HTTP reply arrived
    ErrorKind errorKind = ErrorKind::None;
    QString error;
    int attempts = 0;
    qint64 elapsedMs = 0;
    QDateTime fetchedAt;
    std::optional<std::chrono::seconds> retryAfter; // from a 429/503 reply
    bool cancelled = false; // stopped by the user or by a rejected key, not by a fault

    static TokenResult success(const QString &token, bool active, int httpStatus = 200)
    {
        TokenResult r;
        r.ok = true;
        r.token = token;
        r.active = active;
        r.httpStatus = httpStatus;
        return r;
    }

    static TokenResult failure(ErrorKind kind, const QString &message, int httpStatus = 0)
    {
        TokenResult r;
        r.errorKind = kind;
        r.error = message;
        r.httpStatus = httpStatus;
        return r;
    }
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::TokenResult)
