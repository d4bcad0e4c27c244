// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure HTTP/1.1 helpers for the sandbox: parse one request head from a byte
// buffer and serialise a response. No sockets here, so it can be fuzzed and
// unit-tested on plain byte strings.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace TokenDesk::Sandbox {

using HttpHeader = QPair<QByteArray, QByteArray>;

// Heads (request line + headers + blank line) longer than this are refused.
inline constexpr qsizetype MaxHeadSize = 16 * 1024;
// A request body (the sandbox ignores it) may be at most this long.
inline constexpr qsizetype MaxBodySize = 1024 * 1024;

struct HttpRequest
{
    QByteArray method;         // as sent, e.g. "GET" (methods are case-sensitive)
    QByteArray target;         // the raw request target, e.g. "/a/b?x=1"
    QByteArray path;           // target up to '?', not decoded
    QByteArray rawQuery;       // target after the first '?', not decoded
    QByteArray version;        // "HTTP/1.1" or "HTTP/1.0"
    QList<HttpHeader> headers; // names lower-cased, values trimmed, in order
    bool keepAlive = true;
    qsizetype bodyLength = 0; // from Content-Length; the body is skipped

    // The first header with this name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

enum class ParseStatus { NeedMoreData, Complete, Malformed };

struct ParseResult
{
    ParseStatus status = ParseStatus::NeedMoreData;
    qsizetype consumed = 0; // head + body bytes, when Complete
    HttpRequest request;    // valid when Complete
    QByteArray error;       // why, when Malformed
};

// Parses the request at the start of buffer. Leading empty lines are skipped
// (RFC 9112 2.2); bare LF line ends are accepted.
ParseResult parseRequest(QByteArrayView buffer);

// Decodes %XX exactly; an invalid escape stays literal and '+' stays '+'
// (clients encode spaces as %20). The bytes are read as UTF-8.
QString percentDecode(QByteArrayView encoded);

// name=value pairs of a raw query, both decoded; empty pieces are skipped.
QList<QPair<QString, QString>> parseQuery(QByteArrayView rawQuery);

// The first value of name in a raw query; nullopt when absent.
std::optional<QString> queryValue(QByteArrayView rawQuery, QStringView name);

QByteArray reasonPhrase(int status);

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<HttpHeader> headers; // extra headers, e.g. Retry-After
    bool keepAlive = true;
};

// Status line, Content-Type, Content-Length (contentLength, or the body's
// length when negative), extra headers, Connection and the blank line.
QByteArray serializeResponseHead(const HttpResponse &response, qint64 contentLength = -1);
// The head followed by the body.
QByteArray serializeResponse(const HttpResponse &response);

} // namespace TokenDesk::Sandbox
