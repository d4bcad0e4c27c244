// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

namespace TokenDesk {

namespace {

QUrl withPath(const QUrl &base, QStringView endpoint)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + endpoint);
    return url;
}

QByteArray queryPair(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

QUrl withQuery(QUrl url, const QByteArray &encodedQuery)
{
    // StrictMode keeps the percent-encoding exactly as built: nothing is decoded again.
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

} // namespace

QUrl defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.v7.botpenguin.com"));
}

QUrl tokenUrl(const QUrl &base, const TokenQuery &query)
{
    const QByteArray encoded = query.isMember() ? queryPair("email", query.email) + '&' +
                                                      queryPair("type", query.memberType)
                                                : queryPair("userId", query.userId);
    return withQuery(withPath(base, u"/ext/get-user-token"), encoded);
}

QUrl customerListUrl(const QUrl &base, int page)
{
    return withQuery(withPath(base, u"/customer/list"),
                     "page=" + QByteArray::number(page) + "&sort=createdAt");
}

QNetworkRequest partnerRequest(const QUrl &url, const QString &agencyKey)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("authtype"), QByteArrayLiteral("Key"));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + agencyKey.toLatin1());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("TokenDesk/" TOKENDESK_VERSION));
    // The key must never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

} // namespace TokenDesk
