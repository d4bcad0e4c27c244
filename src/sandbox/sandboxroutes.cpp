// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxroutes.h"

#include "sandboxfaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace TokenDesk::Sandbox {

namespace {

// A JSON string literal, quotes and escapes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The envelope in the order the real service writes it.
QByteArray envelope(bool success, const QString &message, const QByteArray &data, int code)
{
    return "{\"success\":" + QByteArray(success ? "true" : "false") +
           ",\"message\":" + jsonString(message) + ",\"data\":" + data +
           ",\"code\":" + QByteArray::number(code) + '}';
}

QByteArray tokenData(const QString &key, bool active)
{
    return "{\"permanentToken\":{\"key\":" + jsonString(key) +
           ",\"active\":" + QByteArray(active ? "true" : "false") + "}}";
}

RouteReply reply(int status, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"))
{
    RouteReply r;
    r.response.status = status;
    r.response.body = body;
    r.response.contentType = contentType;
    return r;
}

RouteReply failure(int status, const QString &message, int code = -1)
{
    return reply(status, envelope(false, message, "null", code < 0 ? status : code));
}

RouteReply tokenReply(const QString &key, bool active)
{
    return reply(200, envelope(true, QString(), tokenData(key, active), 200));
}

RouteReply withRetryAfter(RouteReply r)
{
    r.response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return r;
}

bool isAllDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

SandboxRoutes::SandboxRoutes()
    : m_agencyKey(QString::fromLatin1(DemoAgencyKey))
{}

void SandboxRoutes::reset()
{
    m_flakyCounts.clear();
    m_lastDecodedUserId.clear();
}

RouteReply SandboxRoutes::malformedRequest(const QByteArray &why)
{
    RouteReply r = failure(400, QStringLiteral("Malformed request: ") + QString::fromLatin1(why));
    r.response.keepAlive = false;
    return r;
}

RouteReply SandboxRoutes::handle(const HttpRequest &request)
{
    const bool tokenPath = request.path == "/ext/get-user-token";
    if (!tokenPath && request.path != "/customer/list") {
        if (!m_unknownPathPage)
            return failure(404, QStringLiteral("Not found"));
        // The web server in front of the API answers, as nginx does: a page, not the API's JSON.
        return reply(404,
                     QByteArrayLiteral("<html>\r\n<head><title>404 Not Found</title></head>\r\n"
                                       "<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
                                       "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
                     QByteArrayLiteral("text/html"));
    }
    if (request.method != "GET") {
        RouteReply r = failure(405, QStringLiteral("Only GET is supported"));
        r.response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")});
        return r;
    }
    return tokenPath ? tokenRoute(request) : listRoute(request);
}

bool SandboxRoutes::authorized(const HttpRequest &request) const
{
    return request.header("authorization") == QByteArray("Bearer " + m_agencyKey.toUtf8()) &&
           request.header("authtype") == "Key";
}

RouteReply SandboxRoutes::tokenRoute(const HttpRequest &request)
{
    const std::optional<QString> userId = queryValue(request.rawQuery, u"userId");
    const QString email = queryValue(request.rawQuery, u"email").value_or(QString());
    const QString type = queryValue(request.rawQuery, u"type").value_or(QString());
    if (userId)
        m_lastDecodedUserId = *userId;

    if (userId == QLatin1String(FaultUnauthorized))
        return failure(401, QStringLiteral("Invalid API key"));
    if (!authorized(request))
        return failure(401, QStringLiteral("Invalid API key"));

    if (userId && !userId->isEmpty()) {
        RouteReply special;
        if (specialReply(*userId, &special))
            return special;
        if (m_randomFaultPercent > 0 && m_randomFaults.bounded(100) < m_randomFaultPercent) {
            static const char *const quickFaults[] = {FaultServerError, FaultBadGateway,
                                                      FaultUnavailable, FaultTruncated};
            RouteReply fault;
            specialReply(QLatin1String(quickFaults[m_randomFaults.bounded(4)]), &fault);
            return fault;
        }
        if (const Customer *customer = m_data.findById(*userId))
            return tokenReply(customer->tokenKey, customer->tokenActive);
        return failure(404, QStringLiteral("No customer with this user ID"));
    }
    if (email.isEmpty() || type.isEmpty())
        return failure(400, QStringLiteral("Give a userId, or an email and a type"));
    if (type != QLatin1String("AGENT") && type != QLatin1String("CUSTOM_USER") &&
        type != QLatin1String("CUSTOMER"))
        return failure(400, QStringLiteral("type must be AGENT, CUSTOM_USER or CUSTOMER"));
    QString key;
    bool active = false;
    if (!m_data.findMemberToken(email, type, &key, &active))
        return failure(404, QStringLiteral("No user with this e-mail address and type"));
    return tokenReply(key, active);
}

RouteReply SandboxRoutes::listRoute(const HttpRequest &request)
{
    if (!authorized(request))
        return failure(401, QStringLiteral("Invalid API key"));
    int page = 1;
    if (const std::optional<QString> pageText = queryValue(request.rawQuery, u"page")) {
        bool ok = false;
        page = pageText->toInt(&ok);
        if (!ok || page < 1)
            return failure(400, QStringLiteral("page must be a whole number from 1"));
    }
    if (m_listFailureStatus != 0 && m_listFailuresLeft != 0 && page >= m_listFailureFromPage) {
        if (m_listFailuresLeft > 0)
            --m_listFailuresLeft;
        const RouteReply r = failure(m_listFailureStatus, QStringLiteral("Customer list failure"));
        return m_listFailureStatus == 429 ? withRetryAfter(r) : r;
    }
    QJsonArray items;
    const QList<Customer> customers = m_data.page(page, m_paging);
    for (const Customer &customer : customers)
        items.append(customerToJson(customer));
    return reply(
        200, envelope(true, QString(), QJsonDocument(items).toJson(QJsonDocument::Compact), 200));
}

void SandboxRoutes::setListFailure(int httpStatus, int count, int fromPage)
{
    m_listFailureStatus = httpStatus;
    m_listFailuresLeft = count < 0 ? -1 : count;
    m_listFailureFromPage = fromPage;
}

bool SandboxRoutes::specialReply(const QString &userId, RouteReply *out)
{
    RouteReply &r = *out;
    if (userId.startsWith(QLatin1String(EchoPrefix))) {
        r = tokenReply(QLatin1String(EchoTokenPrefix) + userId, true);
    } else if (userId.startsWith(QLatin1String(FaultFlakyPrefix)) &&
               isAllDigits(QStringView(userId).mid(qstrlen(FaultFlakyPrefix)))) {
        bool ok = false;
        const qint64 failures = QStringView(userId).mid(qstrlen(FaultFlakyPrefix)).toLongLong(&ok);
        const qint64 seen = ++m_flakyCounts[userId];
        if (!ok || seen <= failures)
            r = failure(503, QStringLiteral("Temporarily unavailable (flaky %1 of %2)")
                                 .arg(seen)
                                 .arg(QStringView(userId).mid(qstrlen(FaultFlakyPrefix))));
        else
            r = tokenReply(derivedToken(QStringLiteral("flaky:") + userId), true);
    } else if (userId.startsWith(QLatin1String(FaultThrottledPrefix)) &&
               isAllDigits(QStringView(userId).mid(qstrlen(FaultThrottledPrefix)))) {
        const qint64 limit = QStringView(userId).mid(qstrlen(FaultThrottledPrefix)).toLongLong();
        if (++m_flakyCounts[userId] <= limit)
            r = withRetryAfter(failure(429, QStringLiteral("Too many requests, slow down")));
        else
            r = tokenReply(derivedToken(QStringLiteral("throttled:") + userId), true);
    } else if (userId == QLatin1String(FaultRetryAfterDate)) {
        if (++m_flakyCounts[userId] <= 1) {
            r = failure(429, QStringLiteral("Too many requests, slow down"));
            const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
            r.response.headers.append(
                {QByteArrayLiteral("Retry-After"),
                 QLocale::c()
                     .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                     .toLatin1()});
        } else {
            r = tokenReply(derivedToken(QStringLiteral("date:") + userId), true);
        }
    } else if (userId == QLatin1String(FaultRetryAfterLong)) {
        r = failure(429, QStringLiteral("Too many requests, come back in an hour"));
        r.response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("3600")});
    } else if (userId == QLatin1String(FaultSuccessFalse)) {
        r = reply(200, envelope(false, QStringLiteral("This customer's account is suspended"),
                                "null", 403));
    } else if (userId == QLatin1String(FaultForbidden)) {
        r = failure(403, QStringLiteral("This agency may not read that customer's token"));
    } else if (userId == QLatin1String(FaultRateLimited)) {
        r = withRetryAfter(failure(429, QStringLiteral("Too many requests, slow down")));
    } else if (userId == QLatin1String(FaultServerError)) {
        r = failure(500, QStringLiteral("Internal server error"));
    } else if (userId == QLatin1String(FaultBadGateway)) {
        r = reply(502,
                  "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                  "Gateway</h1></body></html>",
                  "text/html");
    } else if (userId == QLatin1String(FaultUnavailable)) {
        r = withRetryAfter(failure(503, QStringLiteral("Service temporarily unavailable")));
    } else if (userId == QLatin1String(FaultNotJson)) {
        r = reply(200, "<html><body>Service maintenance</body></html>", "text/html");
    } else if (userId == QLatin1String(FaultWrongTypes)) {
        r = reply(200, envelope(true, QString(),
                                "{\"permanentToken\":{\"key\":42,\"active\":\"yes\"}}", 200));
    } else if (userId == QLatin1String(FaultEmptyBody)) {
        r = reply(200, QByteArray());
    } else if (userId == QLatin1String(FaultHang)) {
        r.action = ReplyAction::Hang;
    } else if (userId == QLatin1String(FaultReset)) {
        r.action = ReplyAction::Reset;
    } else if (userId == QLatin1String(FaultTruncated)) {
        r = tokenReply(derivedToken(userId), true);
        r.response.body.truncate(20);
        r.response.keepAlive = false;
        r.announcedLength = 200;
        r.action = ReplyAction::Truncate;
    } else if (userId == QLatin1String(FaultCloseAfterHeaders)) {
        r = reply(200, QByteArray());
        r.response.keepAlive = false;
        r.announcedLength = 100;
        r.action = ReplyAction::CloseAfterHead;
    } else if (userId == QLatin1String(FaultDrip)) {
        r = reply(200, "{\"success\":true,\"data\":{\"permanentToken\":{\"key\":\"bp_drip\","
                       "\"active\":true}}}");
        r.action = ReplyAction::Drip;
    } else if (userId == QLatin1String(FaultHuge)) {
        // A valid token reply padded with a long key to exactly FaultHugeBodySize.
        const QByteArray shell = envelope(true, QString(), tokenData(QString(), true), 200);
        QByteArray key = "bp_";
        key += QByteArray("0123456789abcdef").repeated((FaultHugeBodySize - shell.size()) / 16 + 1);
        key.truncate(FaultHugeBodySize - shell.size());
        r = tokenReply(QString::fromLatin1(key), true);
        r.action = ReplyAction::Stream;
    } else if (userId == QLatin1String(FaultRedirectHttp)) {
        const QString firstId = m_data.customers().isEmpty() ? QStringLiteral("none")
                                                             : m_data.customers().constFirst().id;
        r = failure(302, QStringLiteral("Moved"));
        r.response.headers.append({QByteArrayLiteral("Location"),
                                   "http://127.0.0.2:" + QByteArray::number(m_port) +
                                       "/ext/get-user-token?userId=" + firstId.toLatin1()});
    } else {
        return false;
    }
    return true;
}

} // namespace TokenDesk::Sandbox
