// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparser.h"

#include "networkerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace TokenDesk {

// Gives lupdate and the runtime the same context, "TokenDesk::ReplyParser".
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::ReplyParser)
};

namespace {

// The server's own words, when it sent any.
QString serverMessage(const QJsonObject &object)
{
    return object.value(QLatin1String("message")).toString().trimmed();
}

QString withServerMessage(const QString &sentence, const QString &message)
{
    // Quote the server only when it adds something to our own sentence.
    const auto normalised = [](QString text) {
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text.trimmed().toCaseFolded();
    };
    if (message.isEmpty() || normalised(sentence).contains(normalised(message)))
        return sentence;
    return sentence + QLatin1Char(' ') +
           ReplyParser::tr("The server said: “%1”").arg(quotedPart(message));
}

QString sentenceForStatus(int status, PartnerEndpoint endpoint)
{
    switch (errorKindForStatus(status)) {
    case ErrorKind::Auth:
        return ReplyParser::tr(
                   "The agency API key was rejected (HTTP %1). Check the key and try again.")
            .arg(status);
    case ErrorKind::NotFound:
        if (endpoint == PartnerEndpoint::CustomerList)
            return ReplyParser::tr("The server has no customer list at this address (HTTP %1). "
                                   "Check the base URL.")
                .arg(status);
        return ReplyParser::tr("No customer with this user ID.");
    case ErrorKind::RateLimited:
        return ReplyParser::tr("Too many requests: the server asked TokenDesk to slow down.");
    case ErrorKind::Server:
        return ReplyParser::tr("The BotPenguin server had a problem (HTTP %1). Try again later.")
            .arg(status);
    case ErrorKind::InvalidInput:
        return ReplyParser::tr("The server did not accept this request (HTTP %1).").arg(status);
    default:
        return ReplyParser::tr("Unexpected reply from the server (HTTP %1).").arg(status);
    }
}

ReplyEnvelope failure(ErrorKind kind, const QString &sentence)
{
    ReplyEnvelope envelope;
    envelope.errorKind = kind;
    envelope.error = sentence;
    return envelope;
}

} // namespace

QString wrongAddressSentence(const QUrl &baseUrl)
{
    if (baseUrl.isEmpty())
        return ReplyParser::tr("The server has no partner API at this address (HTTP 404): check "
                               "the base URL.");
    return ReplyParser::tr("The server has no partner API at %1 (HTTP 404): check the base URL.")
        .arg(quotedPart(baseUrl.toDisplayString()));
}

bool isWrongAddress(const TokenResult &result)
{
    return result.httpStatus == 404 && result.errorKind == ErrorKind::BadResponse;
}

ErrorKind errorKindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return ErrorKind::None;
    if (httpStatus == 401 || httpStatus == 403)
        return ErrorKind::Auth;
    if (httpStatus == 404)
        return ErrorKind::NotFound;
    if (httpStatus == 429)
        return ErrorKind::RateLimited;
    if (httpStatus == 400 || httpStatus == 422)
        return ErrorKind::InvalidInput;
    if (httpStatus >= 500 && httpStatus < 600)
        return ErrorKind::Server;
    return ErrorKind::BadResponse;
}

ReplyEnvelope checkReplyEnvelope(int httpStatus, const QByteArray &body, PartnerEndpoint endpoint)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();

    // The API answers a missing customer with its own JSON failure. Any other
    // 404 (a web server's page, a proxy's) means the address holds no partner API.
    if (httpStatus == 404 && endpoint == PartnerEndpoint::Token &&
        object.value(QLatin1String("success")) != QJsonValue(false))
        return failure(ErrorKind::BadResponse, wrongAddressSentence());

    if (errorKindForStatus(httpStatus) != ErrorKind::None)
        return failure(
            errorKindForStatus(httpStatus),
            withServerMessage(sentenceForStatus(httpStatus, endpoint), serverMessage(object)));

    if (body.trimmed().isEmpty())
        return failure(ErrorKind::BadResponse, ReplyParser::tr("The server sent an empty reply."));
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const bool looksLikeHtml = body.trimmed().startsWith('<');
        return failure(ErrorKind::BadResponse,
                       looksLikeHtml
                           ? ReplyParser::tr("The server sent a web page instead of data.")
                           : ReplyParser::tr("The server's reply is not valid JSON."));
    }

    const QJsonValue success = object.value(QLatin1String("success"));
    if (!success.isBool())
        return failure(ErrorKind::BadResponse,
                       ReplyParser::tr("The server's reply has no success flag."));
    if (!success.toBool()) {
        // HTTP 2xx means the request itself got through, so the body's code
        // speaks for this one query. Only 401 (the key itself) counts as auth:
        // a 403 here refuses one customer, not the whole agency; for the list,
        // which is the agency's own, a 403 refuses the agency.
        const int code = object.value(QLatin1String("code")).toInt();
        const ErrorKind codeKind = errorKindForStatus(code);
        const bool keyRefused =
            code == 401 || (code == 403 && endpoint == PartnerEndpoint::CustomerList);
        const bool meaningful = codeKind == ErrorKind::NotFound ||
                                codeKind == ErrorKind::RateLimited ||
                                codeKind == ErrorKind::InvalidInput || keyRefused;
        const QString message = serverMessage(object);
        return failure(meaningful ? codeKind : ErrorKind::Server,
                       message.isEmpty()
                           ? ReplyParser::tr("The server refused the request without saying why.")
                           : quotedPart(message));
    }

    ReplyEnvelope envelope;
    envelope.ok = true;
    envelope.object = object;
    return envelope;
}

TokenResult parseTokenReply(int httpStatus, const QByteArray &body)
{
    const ReplyEnvelope envelope = checkReplyEnvelope(httpStatus, body, PartnerEndpoint::Token);
    if (!envelope.ok)
        return TokenResult::failure(envelope.errorKind, envelope.error, httpStatus);

    const QJsonValue token = envelope.object.value(QLatin1String("data"))
                                 .toObject()
                                 .value(QLatin1String("permanentToken"));
    const QJsonValue key = token.toObject().value(QLatin1String("key"));
    const QJsonValue active = token.toObject().value(QLatin1String("active"));
    // An empty or blank token, or one holding control characters, is no
    // token anyone could use; it would also act on a terminal that shows it.
    const QString text = key.toString();
    const bool usable = !text.trimmed().isEmpty() &&
                        std::none_of(text.cbegin(), text.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (!key.isString() || !usable || !active.isBool())
        return TokenResult::failure(
            ErrorKind::BadResponse,
            ReplyParser::tr("The server's reply does not hold a token in the expected "
                            "form."),
            httpStatus);

    return TokenResult::success(key.toString(), active.toBool(), httpStatus);
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;

    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace TokenDesk
