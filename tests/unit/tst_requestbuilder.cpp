// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requestbuilder.h"

#include <QTest>
#include <QUrlQuery>

using namespace TokenDesk;

class TestRequestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesUserId_data();
    void encodesUserId();
    void joinsBasePath_data();
    void joinsBasePath();
    void encodesMemberQuery();
    void customerListUrl();
    void setsExactlyThePartnerHeaders();
};

void TestRequestBuilder::encodesUserId_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QByteArray>("encodedQuery");

    QTest::newRow("object id") << QStringLiteral("64f1a2b3c4d5e6f708192a3b")
                               << QByteArray("userId=64f1a2b3c4d5e6f708192a3b");
    QTest::newRow("unreserved kept")
        << QStringLiteral("a-b.c_d~e") << QByteArray("userId=a-b.c_d~e");
    QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("userId=a%2Bb");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QByteArray("userId=a%26b");
    QTest::newRow("equals") << QStringLiteral("a=b") << QByteArray("userId=a%3Db");
    QTest::newRow("hash") << QStringLiteral("a#b") << QByteArray("userId=a%23b");
    QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("userId=100%25");
    QTest::newRow("already encoded") << QStringLiteral("a%2Bb") << QByteArray("userId=a%252Bb");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("userId=a%20b");
    QTest::newRow("slash and question")
        << QStringLiteral("a/b?c") << QByteArray("userId=a%2Fb%3Fc");
    QTest::newRow("non-ascii") << QStringLiteral("jos\u00e9") << QByteArray("userId=jos%C3%A9");
    QTest::newRow("emoji") << QStringLiteral("\U0001F427") << QByteArray("userId=%F0%9F%90%A7");
    QTest::newRow("semicolon comma") << QStringLiteral("a;b,c") << QByteArray("userId=a%3Bb%2Cc");
    QTest::newRow("quotes brackets")
        << QStringLiteral("\"[x]'") << QByteArray("userId=%22%5Bx%5D%27");
}

void TestRequestBuilder::encodesUserId()
{
    QFETCH(QString, userId);
    QFETCH(QByteArray, encodedQuery);
    const QUrl base(QStringLiteral("https://api.v7.botpenguin.com"));
    const QUrl url = tokenUrl(base, TokenQuery::forUser(userId));
    QCOMPARE(url.toEncoded(),
             QByteArray("https://api.v7.botpenguin.com/ext/get-user-token?") + encodedQuery);
    // The server decodes exactly what was typed.
    const QString decoded =
        QUrlQuery(url).queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    QCOMPARE(decoded, userId);
    QCOMPARE(QUrl::fromPercentEncoding(encodedQuery.mid(7)), userId);
}

void TestRequestBuilder::joinsBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bare host") << QStringLiteral("https://h.example")
                               << QByteArray("https://h.example/ext/get-user-token?userId=x");
    QTest::newRow("trailing slash") << QStringLiteral("https://h.example/")
                                    << QByteArray("https://h.example/ext/get-user-token?userId=x");
    QTest::newRow("path prefix") << QStringLiteral("https://h.example/api/v7/")
                                 << QByteArray(
                                        "https://h.example/api/v7/ext/get-user-token?userId=x");
    QTest::newRow("loopback port")
        << QStringLiteral("http://127.0.0.1:8080")
        << QByteArray("http://127.0.0.1:8080/ext/get-user-token?userId=x");
}

void TestRequestBuilder::joinsBasePath()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, expected);
    QCOMPARE(tokenUrl(QUrl(base), TokenQuery::forUser(QStringLiteral("x"))).toEncoded(), expected);
}

void TestRequestBuilder::encodesMemberQuery()
{
    const QUrl url = tokenUrl(
        QUrl(QStringLiteral("https://h.example")),
        TokenQuery::forMember(QStringLiteral("ana+ops@x.example"), QStringLiteral("CUSTOM_USER")));
    QCOMPARE(url.toEncoded(), QByteArray("https://h.example/ext/get-user-token"
                                         "?email=ana%2Bops%40x.example&type=CUSTOM_USER"));
}

void TestRequestBuilder::customerListUrl()
{
    QCOMPARE(TokenDesk::customerListUrl(QUrl(QStringLiteral("https://h.example/")), 3).toEncoded(),
             QByteArray("https://h.example/customer/list?page=3&sort=createdAt"));
}

void TestRequestBuilder::setsExactlyThePartnerHeaders()
{
    const QNetworkRequest request =
        partnerRequest(QUrl(QStringLiteral("https://h.example/x")), QStringLiteral("k3y-ABC"));
    QCOMPARE(request.rawHeader("authtype"), QByteArray("Key"));
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer k3y-ABC"));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(defaultBaseUrl(), QUrl(QStringLiteral("https://api.v7.botpenguin.com")));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
