// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/networkerror.h"
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
    void wrongAddress_data();
    void wrongAddress();
    void wrongAddressSentenceNamesTheBaseUrl();
    void serverTextIsCut_data();
    void serverTextIsCut();
    void networkDetailIsCut();
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
    QCOMPARE(result.token, QStringLiteral("pk_live_example"));
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
    // A token nobody could use, or one that would act on a terminal.
    const auto token = [](const char *key) -> QByteArray {
        return QByteArray(R"({"success":true,"data":{"permanentToken":{"key":)") + key +
               QByteArray(R"(,"active":true}}})");
    };
    QTest::newRow("blank key") << 200 << token(R"("   ")") << false << ErrorKind::BadResponse;
    QTest::newRow("key of line ends")
        << 200 << token(R"("\r\n\t")") << false << ErrorKind::BadResponse;
    QTest::newRow("key of no-break spaces")
        << 200 << token(R"("\u00a0\u3000")") << false << ErrorKind::BadResponse;
    QTest::newRow("escape in key")
        << 200 << token(R"("bp_\u001b[2J")") << false << ErrorKind::BadResponse;
    QTest::newRow("C1 in key") << 200 << token(R"("bp_\u009b31m")") << false
                               << ErrorKind::BadResponse;
    QTest::newRow("DEL in key") << 200 << token(R"("bp_\u007f")") << false
                                << ErrorKind::BadResponse;
    QTest::newRow("NUL in key") << 200 << token(R"("bp_\u0000x")") << false
                                << ErrorKind::BadResponse;
    QTest::newRow("key with inner space") << 200 << token(R"("bp_a b")") << true << ErrorKind::None;
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
        QVERIFY(result.token.isEmpty());
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

    const TokenResult notFound =
        parseTokenReply(404, R"({"success":false,"message":"No customer with this user ID"})");
    QCOMPARE(notFound.errorKind, ErrorKind::NotFound);
    QCOMPARE(notFound.error, QStringLiteral("No customer with this user ID."));
}

void TestReplyParser::wrongAddress_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    // The API's own failure: a missing customer.
    QTest::newRow("API's JSON failure")
        << QByteArray(R"({"success":false,"message":"No customer with this user ID","code":404})")
        << ErrorKind::NotFound;
    QTest::newRow("API's failure, no message")
        << QByteArray(R"({"success":false})") << ErrorKind::NotFound;
    // Anything else: the address holds no partner API.
    QTest::newRow("nginx page") << QByteArray("<html>\r\n<head><title>404 Not Found</title></head>"
                                              "\r\n<body>\r\n<center><h1>404 Not Found</h1>"
                                              "</center>\r\n<hr><center>nginx</center>\r\n"
                                              "</body>\r\n</html>\r\n")
                                << ErrorKind::BadResponse;
    QTest::newRow("express text") << QByteArray("Cannot GET /ext/ext/get-user-token")
                                  << ErrorKind::BadResponse;
    QTest::newRow("empty") << QByteArray() << ErrorKind::BadResponse;
    QTest::newRow("other JSON") << QByteArray(R"({"error":"Not Found","statusCode":404})")
                                << ErrorKind::BadResponse;
    QTest::newRow("success true") << QByteArray(R"({"success":true})") << ErrorKind::BadResponse;
    QTest::newRow("JSON array") << QByteArray("[false]") << ErrorKind::BadResponse;
}

void TestReplyParser::wrongAddress()
{
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    const TokenResult result = parseTokenReply(404, body);
    QCOMPARE(result.errorKind, kind);
    QCOMPARE(result.httpStatus, 404);
    QCOMPARE(isWrongAddress(result), kind == ErrorKind::BadResponse);
    if (kind == ErrorKind::BadResponse)
        QCOMPARE(result.error, wrongAddressSentence());
    // The customer list keeps its own sentence, which already names the base URL.
    const ReplyEnvelope list = checkReplyEnvelope(404, body, PartnerEndpoint::CustomerList);
    QCOMPARE(list.errorKind, ErrorKind::NotFound);
}

void TestReplyParser::wrongAddressSentenceNamesTheBaseUrl()
{
    const QString sentence =
        wrongAddressSentence(QUrl(QStringLiteral("http://127.0.0.1:8080/ext")));
    QVERIFY2(sentence.contains(QLatin1String("http://127.0.0.1:8080/ext")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("check the base URL")), qPrintable(sentence));
    // A long base URL is quoted in part.
    const QString longPath = QStringLiteral("https://h.example/") + QString(5000, u'p');
    const QString cut = wrongAddressSentence(QUrl(longPath));
    QVERIFY2(cut.size() < 400, qPrintable(cut.left(500)));
    QVERIFY(cut.contains(QChar(0x2026)));
}

void TestReplyParser::serverTextIsCut_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("200 success false") << 200;
    QTest::newRow("400") << 400;
    QTest::newRow("500") << 500;
    QTest::newRow("401") << 401;
}

void TestReplyParser::serverTextIsCut()
{
    QFETCH(int, status);
    const QString message =
        QStringLiteral("start ") + QString(20000, u'x') + QStringLiteral(" end");
    const QByteArray body = R"({"success":false,"message":")" + message.toUtf8() + R"("})";
    const TokenResult result = parseTokenReply(status, body);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("start")), qPrintable(result.error.left(300)));
    QVERIFY2(!result.error.contains(QLatin1String(" end")), qPrintable(result.error.right(300)));
    // ~200 characters of the server's text, with our own sentence around it.
    QVERIFY2(result.error.size() <= 200 + 150, qPrintable(QString::number(result.error.size())));
    QVERIFY(result.error.contains(QChar(0x2026)));
}

void TestReplyParser::networkDetailIsCut()
{
    // Qt's description names the whole URL: a 20,000-character ID made it 20 KB.
    const QString url =
        QStringLiteral("https://h.example/ext/get-user-token?userId=") + QString(20000, u'i');
    const TokenResult result = failureForNetworkError(
        QNetworkReply::ProtocolFailure, QStringLiteral("Error transferring %1").arg(url));
    QCOMPARE(result.errorKind, ErrorKind::BadResponse);
    QVERIFY2(result.error.size() <= 200 + 100, qPrintable(QString::number(result.error.size())));
    QVERIFY(result.error.contains(QLatin1String("Error transferring https://h.example/")));
    QVERIFY(result.error.contains(QChar(0x2026)));
    // Short details stay whole.
    QCOMPARE(quotedPart(QStringLiteral("short")), QStringLiteral("short"));
    QCOMPARE(quotedPart(QString(200, u'a')), QString(200, u'a'));
    QCOMPARE(quotedPart(QString(201, u'a')).size(), 200);
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
