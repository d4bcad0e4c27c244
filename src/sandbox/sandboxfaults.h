// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// User IDs that make /ext/get-user-token misbehave in one specific way, for
// tests and for trying the client's error handling by hand. All but
// FaultUnauthorized still need the right agency key. Use them as
// QLatin1String(FaultHang) or QString::fromLatin1(FaultHang).

#include <QStringList>

namespace TokenDesk::Sandbox {

// HTTP 200, "success":false, "code":403, a message.
inline constexpr char FaultSuccessFalse[] = "fault-success-false";
// 403 JSON.
inline constexpr char FaultForbidden[] = "fault-forbidden";
// 401 JSON "Invalid API key", whatever the key.
inline constexpr char FaultUnauthorized[] = "fault-unauthorized";
// 429 JSON with Retry-After: 1.
inline constexpr char FaultRateLimited[] = "fault-rate-limited";
// 500 JSON.
inline constexpr char FaultServerError[] = "fault-server-error";
// 502 with an HTML body.
inline constexpr char FaultBadGateway[] = "fault-bad-gateway";
// 503 JSON with Retry-After: 1.
inline constexpr char FaultUnavailable[] = "fault-unavailable";
// 200 with an HTML body.
inline constexpr char FaultNotJson[] = "fault-not-json";
// 200 JSON whose key is a number and whose active is a string.
inline constexpr char FaultWrongTypes[] = "fault-wrong-types";
// 200 with Content-Length: 0.
inline constexpr char FaultEmptyBody[] = "fault-empty-body";
// Never answers; the socket stays open until the client gives up.
inline constexpr char FaultHang[] = "fault-hang";
// The connection is reset without a reply.
inline constexpr char FaultReset[] = "fault-reset";
// Announces Content-Length: 200, sends 20 bytes, closes.
inline constexpr char FaultTruncated[] = "fault-truncated";
// Sends the head (Content-Length: 100) and closes.
inline constexpr char FaultCloseAfterHeaders[] = "fault-close-after-headers";
// Sends the head, then one byte of a valid body every 500 ms.
inline constexpr char FaultDrip[] = "fault-drip";
// 200 with a valid 3 MiB JSON body (a very long key).
inline constexpr char FaultHuge[] = "fault-huge";
// 302 to http://127.0.0.2:<port>/ext/get-user-token?userId=<first customer>.
inline constexpr char FaultRedirectHttp[] = "fault-redirect-http";

// "fault-flaky-N" (N decimal digits): 503 (no Retry-After) for the first N
// requests with that exact id, then a token. SandboxServer::resetCounters()
// starts the sequences again.
inline constexpr char FaultFlakyPrefix[] = "fault-flaky-";
// 429 with "Retry-After: 1" for the first N requests of that exact ID, then a token.
inline constexpr char FaultThrottledPrefix[] = "fault-throttled-";
// 429 whose Retry-After is an HTTP date two seconds ahead, once, then a token.
inline constexpr char FaultRetryAfterDate[] = "fault-retry-after-date";
// 429 with "Retry-After: 3600": longer than any client should wait.
inline constexpr char FaultRetryAfterLong[] = "fault-retry-after-long";
// "echo:<anything>": a token whose key is "echo-token:" + the decoded user ID.
inline constexpr char EchoPrefix[] = "echo:";
inline constexpr char EchoTokenPrefix[] = "echo-token:";

inline constexpr int FaultHugeBodySize = 3 * 1024 * 1024;
inline constexpr int FaultDripIntervalMs = 500;

// Every fixed fault id above (not the flaky and echo prefixes).
inline QStringList faultUserIds()
{
    QStringList ids;
    for (const char *id : {FaultSuccessFalse, FaultForbidden, FaultUnauthorized, FaultRateLimited,
                           FaultServerError, FaultBadGateway, FaultUnavailable, FaultNotJson,
                           FaultWrongTypes, FaultEmptyBody, FaultHang, FaultReset, FaultTruncated,
                           FaultCloseAfterHeaders, FaultDrip, FaultHuge, FaultRedirectHttp})
        ids.append(QString::fromLatin1(id));
    return ids;
}

} // namespace TokenDesk::Sandbox
