// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include <algorithm>
#include <cstring>

namespace TokenDesk::Sandbox {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// Visible ASCII only: no spaces or control characters in a request target.
bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

// Field values may hold HTAB, SP, visible ASCII and obs-text, but no other CTL.
bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

ParseResult malformed(const char *why)
{
    ParseResult result;
    result.status = ParseStatus::Malformed;
    result.error = QByteArray(why);
    return result;
}

// Whether a comma-separated Connection value lists token (case-insensitive).
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    qsizetype from = 0;
    while (from <= value.size()) {
        qsizetype comma = value.indexOf(',', from);
        if (comma < 0)
            comma = value.size();
        if (trimmedOws(value.sliced(from, comma - from)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        from = comma + 1;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const HttpHeader &h) {
        return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

ParseResult parseRequest(QByteArrayView buffer)
{
    // Split the head into lines, stopping at the first empty one.
    qsizetype start = 0;
    while (start < buffer.size() && (buffer[start] == '\r' || buffer[start] == '\n'))
        ++start;
    if (start > MaxHeadSize)
        return malformed("too many empty lines before the request");

    QList<QByteArrayView> lines;
    qsizetype pos = start;
    for (;;) {
        const qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0) {
            if (buffer.size() - start > MaxHeadSize)
                return malformed("request head too large");
            return {};
        }
        QByteArrayView line = buffer.sliced(pos, newline - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = newline + 1;
        if (pos - start > MaxHeadSize)
            return malformed("request head too large");
        if (line.isEmpty())
            break;
        if (line.contains('\r'))
            return malformed("stray carriage return");
        lines.append(line);
    }
    if (lines.isEmpty())
        return {};

    ParseResult result;
    HttpRequest &request = result.request;

    // Request line: method SP target SP version, single spaces only.
    const QByteArrayView requestLine = lines.front();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return malformed("request line is not 'METHOD TARGET VERSION'");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return malformed("invalid method");
    if (target.isEmpty() || target.front() != '/' ||
        !std::all_of(target.begin(), target.end(), isTargetChar))
        return malformed("invalid request target");
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return malformed("unsupported HTTP version");
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    request.version = version.toByteArray();
    const qsizetype question = target.indexOf('?');
    request.path = (question < 0 ? target : target.first(question)).toByteArray();
    request.rawQuery = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();

    bool closeListed = false;
    bool keepAliveListed = false;
    qint64 contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.front() == ' ' || line.front() == '\t')
            return malformed("obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed("invalid header name");
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!std::all_of(value.begin(), value.end(), isFieldValueChar))
            return malformed("control character in a header value");
        const QByteArray name = line.first(colon).toByteArray().toLower();

        if (name == "content-length") {
            bool ok = !value.isEmpty() && std::all_of(value.begin(), value.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
            const qint64 length = ok && value.size() <= 9 ? value.toLongLong(&ok) : -1;
            if (!ok || length < 0 || length > MaxBodySize)
                return malformed("invalid Content-Length");
            if (contentLength >= 0 && contentLength != length)
                return malformed("conflicting Content-Length headers");
            contentLength = length;
        } else if (name == "transfer-encoding") {
            return malformed("request bodies with Transfer-Encoding are not supported");
        } else if (name == "connection") {
            closeListed = closeListed || listsToken(value, "close");
            keepAliveListed = keepAliveListed || listsToken(value, "keep-alive");
        }
        request.headers.append({name, value.toByteArray()});
    }

    // HTTP/1.1 persists unless told to close; HTTP/1.0 only if asked to.
    request.keepAlive = !closeListed && (request.version == "HTTP/1.1" || keepAliveListed);
    request.bodyLength = contentLength < 0 ? 0 : contentLength;
    if (buffer.size() - pos < request.bodyLength)
        return {};
    result.status = ParseStatus::Complete;
    result.consumed = pos + request.bodyLength;
    return result;
}

QString percentDecode(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%' && i + 2 < encoded.size()) {
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high >= 0 && low >= 0) {
                bytes.append(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        bytes.append(c);
    }
    return QString::fromUtf8(bytes);
}

QList<QPair<QString, QString>> parseQuery(QByteArrayView rawQuery)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype from = 0;
    while (from < rawQuery.size()) {
        qsizetype amp = rawQuery.indexOf('&', from);
        if (amp < 0)
            amp = rawQuery.size();
        const QByteArrayView piece = rawQuery.sliced(from, amp - from);
        from = amp + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0)
            pairs.append({percentDecode(piece), QString()});
        else
            pairs.append({percentDecode(piece.first(eq)), percentDecode(piece.sliced(eq + 1))});
    }
    return pairs;
}

std::optional<QString> queryValue(QByteArrayView rawQuery, QStringView name)
{
    const auto pairs = parseQuery(rawQuery);
    for (const auto &pair : pairs) {
        if (pair.first == name)
            return pair.second;
    }
    return std::nullopt;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray serializeResponseHead(const HttpResponse &response, qint64 contentLength)
{
    if (contentLength < 0)
        contentLength = response.body.size();
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
            reasonPhrase(response.status) + "\r\n";
    head += "Server: TokenDesk-Sandbox\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const HttpHeader &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += response.keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                               : QByteArrayLiteral("Connection: close\r\n\r\n");
    return head;
}

QByteArray serializeResponse(const HttpResponse &response)
{
    return serializeResponseHead(response) + response.body;
}

} // namespace TokenDesk::Sandbox
