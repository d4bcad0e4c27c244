// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <chrono>
#include <optional>

namespace TokenDesk {

// Pure functions that turn what the server sent into a TokenResult. No QObject,
// no network: they are unit-tested and fuzzed on plain byte arrays.

// The token endpoint's reply. A 2xx status with "success":false is a failure,
// and the server's message is kept for the user.
TokenResult parseTokenReply(int httpStatus, const QByteArray &body);

// Which endpoint a reply answers: a few sentences and kinds depend on it.
enum class PartnerEndpoint { Token, CustomerList };

// What every partner reply shares: an HTTP status, a JSON object and a success
// flag that is true. When ok, object is the reply for the endpoint's own parser.
struct ReplyEnvelope
{
    bool ok = false;
    QJsonObject object;
    ErrorKind errorKind = ErrorKind::None;
    QString error; // a sentence for people, quoting the server where it helps
};
ReplyEnvelope checkReplyEnvelope(int httpStatus, const QByteArray &body, PartnerEndpoint endpoint);

// A token request answered 404 with something other than the API's own JSON
// failure (a web server's page, a proxy's): the base URL holds no partner API.
// That is bad_response, not not_found: no customer is missing, the reply is
// simply not the API's. parseTokenReply() gives it with the status 404.
bool isWrongAddress(const TokenResult &result);
// The sentence for it, naming the base URL when it is given.
QString wrongAddressSentence(const QUrl &baseUrl = {});

// The error kind that an HTTP status means on its own.
ErrorKind errorKindForStatus(int httpStatus);

// Retry-After in either form: delay-seconds or an HTTP date (relative to now).
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace TokenDesk
