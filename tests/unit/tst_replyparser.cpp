// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/replyparser.h"

#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TokenDesk::ErrorKind)

class TestReplyParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDocumentationExample();
    void parsesReplies_data();
    void parsesReplies();
    void keepsServerMessage();
    void statusKinds_data();
    void statusKinds();
    void errorKindNames();
    void retryAfter_data();
    void retryAfter();
};

void TestReplyParser::parsesDocumentationExample()
{
    // Verbatim from the partner documentation's example reply.
    const QByteArray body =
        R"({"success":true,"message":"","data":{"permanentToken":{"key":"pk_live_example","active":true}},"code":200})";
    const TokenResult result = parseTokenReply(200, body);
    QVERIFY(result.ok);
    QCOMPARE(result.key, QStringLiteral("pk_live_example"));
    QCOMPARE(result.active, true);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.errorKind, ErrorKind::None);
    QVERIFY(result.error.isEmpty());
}

void TestReplyParser::parsesReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("inactive token")
        << 200
        << QByteArray(R"({"success":true,"data":{"permanentToken":{"key":"k","active":false}}})")
        << true << ErrorKind::None;
    QTest::newRow("extra fields ignored")
        << 200
        << QByteArray(
               R"({"success":true,"x":[1],"data":{"permanentToken":{"key":"k","active":true,"y":1}}})")
        << true << ErrorKind::None;
    QTest::newRow("success false under 200")
        << 200 << QByteArray(R"({"success":false,"message":"Customer suspended","data":null})")
        << false << ErrorKind::Server;
    QTest::newRow("success false, code 404")
        << 200 << QByteArray(R"({"success":false,"message":"no such user","code":404})") << false
        << ErrorKind::NotFound;
    QTest::newRow("success false, code 401 is the key")
        << 200 << QByteArray(R"({"success":false,"message":"Invalid key","code":401})") << false
        << ErrorKind::Auth;
    QTest::newRow("success false, code 403 is one customer")
        << 200 << QByteArray(R"({"success":false,"message":"suspended","code":403})") << false
        << ErrorKind::Server;
    QTest::newRow("401") << 401 << QByteArray(R"({"success":false,"message":"Invalid API key"})")
                         << false << ErrorKind::Auth;
    QTest::newRow("403 empty body") << 403 << QByteArray() << false << ErrorKind::Auth;
    QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"message":"Not found"})") << false
                         << ErrorKind::NotFound;
    QTest::newRow("429") << 429 << QByteArray("slow down") << false << ErrorKind::RateLimited;
    QTest::newRow("500") << 500 << QByteArray(R"({"success":false})") << false << ErrorKind::Server;
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << false
                              << ErrorKind::Server;
    QTest::newRow("503") << 503 << QByteArray() << false << ErrorKind::Server;
    QTest::newRow("400") << 400 << QByteArray() << false << ErrorKind::InvalidInput;
    QTest::newRow("418") << 418 << QByteArray() << false << ErrorKind::BadResponse;
    QTest::newRow("not json") << 200 << QByteArray("<html>maintenance</html>") << false
                              << ErrorKind::BadResponse;
    QTest::newRow("truncated json")
        << 200 << QByteArray(R"({"success":true,"data":{"perm)") << false << ErrorKind::BadResponse;
    QTest::newRow("empty body") << 200 << QByteArray() << false << ErrorKind::BadResponse;
    QTest::newRow("json array") << 200 << QByteArray("[1,2]") << false << ErrorKind::BadResponse;
    QTest::newRow("no success flag")
        << 200 << QByteArray(R"({"data":{"permanentToken":{"key":"k","active":true}}})") << false
        << ErrorKind::BadResponse;
    QTest::newRow("success as string")
        << 200
        << QByteArray(R"({"success":"true","data":{"permanentToken":{"key":"k","active":true}}})")
        << false << ErrorKind::BadResponse;
    QTest::newRow("key is a number")
        << 200
        << QByteArray(R"({"success":true,"data":{"permanentToken":{"key":42,"active":true}}})")
        << false << ErrorKind::BadResponse;
    QTest::newRow("active is a string")
        << 200
        << QByteArray(R"({"success":true,"data":{"permanentToken":{"key":"k","active":"yes"}}})")
        << false << ErrorKind::BadResponse;
    QTest::newRow("empty key")
        << 200
        << QByteArray(R"({"success":true,"data":{"permanentToken":{"key":"","active":true}}})")
        << false << ErrorKind::BadResponse;
    QTest::newRow("data null") << 200 << QByteArray(R"({"success":true,"data":null})") << false
                               << ErrorKind::BadResponse;
    QTest::newRow("binary garbage")
        << 200 << QByteArray("\x00\xff\xfe{", 4) << false << ErrorKind::BadResponse;
}

void TestReplyParser::parsesReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(ErrorKind, kind);
    const TokenResult result = parseTokenReply(status, body);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.errorKind, kind);
    QCOMPARE(result.httpStatus, status);
    // Every failure carries a sentence a person can read.
    QCOMPARE(result.error.isEmpty(), ok);
    if (!ok)
        QVERIFY(result.key.isEmpty());
}

void TestReplyParser::keepsServerMessage()
{
    const TokenResult under200 =
        parseTokenReply(200, R"({"success":false,"message":"Customer suspended"})");
    QCOMPARE(under200.error, QStringLiteral("Customer suspended"));

    const TokenResult rejected =
        parseTokenReply(401, R"({"success":false,"message":"Invalid API key"})");
    QVERIFY2(rejected.error.contains(QLatin1String("Invalid API key")), qPrintable(rejected.error));
    QVERIFY2(rejected.error.contains(QLatin1String("401")), qPrintable(rejected.error));

    const TokenResult notFound = parseTokenReply(404, {});
    QCOMPARE(notFound.error, QStringLiteral("No customer with this user ID."));
}

void TestReplyParser::statusKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("200") << 200 << ErrorKind::None;
    QTest::newRow("204") << 204 << ErrorKind::None;
    QTest::newRow("401") << 401 << ErrorKind::Auth;
    QTest::newRow("403") << 403 << ErrorKind::Auth;
    QTest::newRow("404") << 404 << ErrorKind::NotFound;
    QTest::newRow("422") << 422 << ErrorKind::InvalidInput;
    QTest::newRow("429") << 429 << ErrorKind::RateLimited;
    QTest::newRow("500") << 500 << ErrorKind::Server;
    QTest::newRow("599") << 599 << ErrorKind::Server;
    QTest::newRow("302") << 302 << ErrorKind::BadResponse;
}

void TestReplyParser::statusKinds()
{
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    QCOMPARE(errorKindForStatus(status), kind);
}

void TestReplyParser::errorKindNames()
{
    const QStringList contract{
        QStringLiteral("auth"),   QStringLiteral("not_found"),    QStringLiteral("rate_limited"),
        QStringLiteral("server"), QStringLiteral("network"),      QStringLiteral("timeout"),
        QStringLiteral("tls"),    QStringLiteral("bad_response"), QStringLiteral("invalid_input")};
    for (const QString &name : contract) {
        const auto kind = errorKindFromName(name);
        QVERIFY2(kind.has_value(), qPrintable(name));
        QCOMPARE(errorKindName(*kind), name);
    }
    QVERIFY(errorKindName(ErrorKind::None).isEmpty());
    QVERIFY(!errorKindFromName(u"bogus").has_value());
}

void TestReplyParser::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); // -1: not understood
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("padded") << QByteArray(" 7 ") << 7;
    QTest::newRow("http date") << QByteArray("Sun, 29 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestReplyParser::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0, 0), QTimeZone::utc());
    const auto parsed = parseRetryAfter(value, now);
    if (seconds < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->count(), seconds);
    }
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
