// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace TokenDesk {

// Gives lupdate and the runtime the same context, "TokenDesk::InputPolicy".
class InputPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::InputPolicy)
};

namespace {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

BaseUrlCheck checkBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    BaseUrlCheck check{url, {}};
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        check.problem =
            InputPolicy::tr("“%1” is not a valid URL. Use the form https://host.").arg(trimmed);
    } else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        check.problem =
            InputPolicy::tr("The base URL must not contain a user name, a query or a fragment.");
    } else if (url.port() == 0) {
        check.problem = InputPolicy::tr("The base URL's port must be from 1 to 65535, not 0.");
    } else if (url.scheme() == QLatin1String("https")) {
        // accepted
    } else if (url.scheme() == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            check.problem =
                InputPolicy::tr("Plain http:// would send the agency key unencrypted; it is only "
                                "allowed for this computer (localhost). Use https://.");
    } else {
        check.problem = InputPolicy::tr("The base URL must start with https://.");
    }
    return check;
}

AgencyKeyCheck checkAgencyKey(const QString &text)
{
    AgencyKeyCheck check{text.trimmed(), {}};
    // "Authorization: Bearer <key>" is built here; a pasted header value would double it.
    static const QLatin1String bearer("Bearer ");
    if (check.key.startsWith(bearer, Qt::CaseInsensitive)) {
        check.key = check.key.mid(bearer.size()).trimmed();
        check.droppedBearer = true;
    }
    if (check.key.isEmpty()) {
        check.problem = InputPolicy::tr("Enter the agency API key.");
    } else if (hasControlCharacter(check.key)) {
        check.problem = InputPolicy::tr(
            "The agency API key contains a line break or another control character. "
            "Paste the key again.");
    } else if (check.key.size() > MaxAgencyKeyLength) {
        check.problem = InputPolicy::tr("The agency API key is %L1 characters long, more than the "
                                        "%L2 an agency key can be. Paste the key again.")
                            .arg(check.key.size())
                            .arg(MaxAgencyKeyLength);
    } else if (std::any_of(check.key.cbegin(), check.key.cend(),
                           [](QChar c) { return c.unicode() > 0xff; })) {
        check.problem =
            InputPolicy::tr("The agency API key contains characters that cannot be sent in an "
                            "HTTP header. Paste the key again.");
    }
    return check;
}

bool isInvisibleFormatCharacter(QChar c)
{
    return c.category() == QChar::Other_Format;
}

bool hasInvisibleFormatCharacter(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), isInvisibleFormatCharacter);
}

QString trimmedUserId(QStringView text)
{
    const auto trimmable = [](QChar c) {
        return c.isSpace() || isInvisibleFormatCharacter(c);
    };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && trimmable(text[begin]))
        ++begin;
    while (end > begin && trimmable(text[end - 1]))
        --end;
    return text.mid(begin, end - begin).toString();
}

QString userIdProblem(const QString &userId)
{
    if (userId.trimmed().isEmpty())
        return InputPolicy::tr("The user ID is empty.");
    if (userId.size() > MaxUserIdLength)
        return InputPolicy::tr("The user ID is %L1 characters long, more than the %L2 a user ID "
                               "can be.")
            .arg(userId.size())
            .arg(MaxUserIdLength);
    if (hasControlCharacter(userId))
        return InputPolicy::tr("The user ID contains a control character.");
    const auto invisible = std::find_if(userId.cbegin(), userId.cend(), isInvisibleFormatCharacter);
    if (invisible != userId.cend())
        return InputPolicy::tr("The user ID contains an invisible character (U+%1) inside it; "
                               "type the ID again.")
            .arg(QString::number(invisible->unicode(), 16).toUpper().rightJustified(4, u'0'));
    return {};
}

QString memberTypeFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const char *type : {"AGENT", "CUSTOM_USER", "CUSTOMER"}) {
        if (trimmed.compare(QLatin1String(type), Qt::CaseInsensitive) == 0)
            return QLatin1String(type);
    }
    return {};
}

QString memberEmailProblem(const QString &email)
{
    if (email.trimmed().isEmpty())
        return InputPolicy::tr("The e-mail address is empty.");
    if (email.size() > MaxUserIdLength)
        return InputPolicy::tr("The e-mail address is %L1 characters long, more than the %L2 an "
                               "address can be.")
            .arg(email.size())
            .arg(MaxUserIdLength);
    if (hasControlCharacter(email))
        return InputPolicy::tr("The e-mail address contains a control character.");
    if (!email.contains(QLatin1Char('@')))
        return InputPolicy::tr("An e-mail address needs an @.");
    return {};
}

} // namespace TokenDesk
