// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/httpmessage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace TokenDesk::Sandbox;

Q_DECLARE_METATYPE(TokenDesk::Sandbox::ParseStatus)

class TestHttpMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void headLimit();
    void headersAreCaseInsensitive();
    void everyPrefixNeedsMoreData();
    void randomBytesNeverCrash();
    void percentDecode_data();
    void percentDecode();
    void parseQuery();
    void serialize();
    void serializeAnnouncedLength();
    void reasonPhrases_data();
    void reasonPhrases();
};

void TestHttpMessage::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ParseStatus>("status");
    QTest::addColumn<int>("consumed");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("rawQuery");
    QTest::addColumn<bool>("keepAlive");

    const QByteArray get = "GET /ext/get-user-token?userId=a%2Bb HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::newRow("complete") << get << ParseStatus::Complete << int(get.size())
                              << QByteArray("/ext/get-user-token") << QByteArray("userId=a%2Bb")
                              << true;
    QTest::newRow("pipelined: only the first")
        << QByteArray(get + "GET /customer/list HTTP/1.1\r\n") << ParseStatus::Complete
        << int(get.size()) << QByteArray("/ext/get-user-token") << QByteArray("userId=a%2Bb")
        << true;
    QTest::newRow("no query") << QByteArray("GET /customer/list HTTP/1.1\r\n\r\n")
                              << ParseStatus::Complete << 31 << QByteArray("/customer/list")
                              << QByteArray() << true;
    QTest::newRow("empty query") << QByteArray("GET /a? HTTP/1.1\r\n\r\n") << ParseStatus::Complete
                                 << 20 << QByteArray("/a") << QByteArray() << true;
    QTest::newRow("second ? stays in query")
        << QByteArray("GET /a?x=1?2 HTTP/1.1\r\n\r\n") << ParseStatus::Complete << 25
        << QByteArray("/a") << QByteArray("x=1?2") << true;
    QTest::newRow("leading empty lines")
        << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << ParseStatus::Complete << 22
        << QByteArray("/") << QByteArray() << true;
    QTest::newRow("bare LF") << QByteArray("GET /x HTTP/1.1\nHost: a\n\n") << ParseStatus::Complete
                             << 25 << QByteArray("/x") << QByteArray() << true;
    QTest::newRow("empty") << QByteArray() << ParseStatus::NeedMoreData << 0 << QByteArray()
                           << QByteArray() << true;
    QTest::newRow("partial request line") << QByteArray("GET /a HT") << ParseStatus::NeedMoreData
                                          << 0 << QByteArray() << QByteArray() << true;
    QTest::newRow("partial headers")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << ParseStatus::NeedMoreData << 0
        << QByteArray() << QByteArray() << true;
    QTest::newRow("half the blank line")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r") << ParseStatus::NeedMoreData << 0
        << QByteArray() << QByteArray() << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
                               << ParseStatus::Complete << 37 << QByteArray("/") << QByteArray()
                               << false;
    QTest::newRow("1.1 Close in a list")
        << QByteArray("GET / HTTP/1.1\r\nconnection: TE , Close\r\n\r\n") << ParseStatus::Complete
        << 42 << QByteArray("/") << QByteArray() << false;
    QTest::newRow("1.1 keep-alive")
        << QByteArray("GET / HTTP/1.1\r\nConnection: keep-alive\r\n\r\n") << ParseStatus::Complete
        << 42 << QByteArray("/") << QByteArray() << true;
    QTest::newRow("1.0 closes by default")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << ParseStatus::Complete << 18 << QByteArray("/")
        << QByteArray() << false;
    QTest::newRow("1.0 Keep-Alive")
        << QByteArray("GET / HTTP/1.0\r\nCONNECTION: Keep-Alive\r\n\r\n") << ParseStatus::Complete
        << 42 << QByteArray("/") << QByteArray() << true;
    QTest::newRow("body skipped") << QByteArray(
                                         "POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET")
                                  << ParseStatus::Complete << 44 << QByteArray("/x") << QByteArray()
                                  << true;
    QTest::newRow("body incomplete")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel")
        << ParseStatus::NeedMoreData << 0 << QByteArray() << QByteArray() << true;
}

void TestHttpMessage::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(ParseStatus, status);
    QFETCH(int, consumed);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, rawQuery);
    QFETCH(bool, keepAlive);

    const ParseResult result = parseRequest(input);
    QCOMPARE(result.status, status);
    if (status != ParseStatus::Complete)
        return;
    QCOMPARE(result.consumed, consumed);
    QCOMPARE(result.request.path, path);
    QCOMPARE(result.request.rawQuery, rawQuery);
    QCOMPARE(result.request.keepAlive, keepAlive);
    QVERIFY(result.request.method == "GET" || result.request.method == "POST");
}

void TestHttpMessage::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n");
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n");
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
    QTest::newRow("four parts") << QByteArray("GET /a b HTTP/1.1\r\n\r\n");
    QTest::newRow("target without slash") << QByteArray("GET a HTTP/1.1\r\n\r\n");
    QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n");
    QTest::newRow("bad method") << QByteArray("GE(T / HTTP/1.1\r\n\r\n");
    QTest::newRow("space in header name") << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n");
    QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n");
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n");
    QTest::newRow("control char") << QByteArray("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n");
    QTest::newRow("NUL in value") << QByteArray(QByteArray("GET / HTTP/1.1\r\nA: b") + '\0' +
                                                "c\r\n\r\n");
    QTest::newRow("stray CR") << QByteArray("GET / HTTP/1.1\r\nA: b\rc\r\n\r\n");
    QTest::newRow("bad Content-Length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n");
    QTest::newRow("negative Content-Length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("huge Content-Length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("conflicting Content-Length")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
    QTest::newRow("chunked") << QByteArray("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("control char in target") << QByteArray("GET /\x7f HTTP/1.1\r\n\r\n");
}

void TestHttpMessage::malformed()
{
    QFETCH(QByteArray, input);
    const ParseResult result = parseRequest(input);
    QCOMPARE(result.status, ParseStatus::Malformed);
    QVERIFY(!result.error.isEmpty());
}

void TestHttpMessage::headLimit()
{
    const QByteArray start = "GET / HTTP/1.1\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    const QByteArray atLimit =
        start + QByteArray(MaxHeadSize - start.size() - end.size(), 'a') + end;
    QCOMPARE(atLimit.size(), MaxHeadSize);
    QCOMPARE(parseRequest(atLimit).status, ParseStatus::Complete);

    const QByteArray overLimit =
        start + QByteArray(MaxHeadSize - start.size() - end.size() + 1, 'a') + end;
    QCOMPARE(parseRequest(overLimit).status, ParseStatus::Malformed);

    // Without a blank line: more data is needed until the cap is passed.
    QCOMPARE(parseRequest(QByteArray(start + QByteArray(1000, 'a'))).status,
             ParseStatus::NeedMoreData);
    QCOMPARE(parseRequest(QByteArray(start + QByteArray(MaxHeadSize, 'a'))).status,
             ParseStatus::Malformed);
    QCOMPARE(parseRequest(QByteArray(MaxHeadSize + 1, '\n')).status, ParseStatus::Malformed);
}

void TestHttpMessage::headersAreCaseInsensitive()
{
    const ParseResult result =
        parseRequest("GET / HTTP/1.1\r\nHOST: a\r\nX-Custom-Header: \t value "
                     " \r\nAuthType: Key\r\nx-dup: 1\r\nX-Dup: 2\r\n\r\n");
    QCOMPARE(result.status, ParseStatus::Complete);
    const HttpRequest &request = result.request;
    QCOMPARE(request.header("host"), QByteArray("a"));
    QCOMPARE(request.header("Host"), QByteArray("a"));
    QCOMPARE(request.header("x-custom-header"), QByteArray("value"));
    QCOMPARE(request.header("X-CUSTOM-HEADER"), QByteArray("value"));
    QCOMPARE(request.header("authtype"), QByteArray("Key")); // values keep their case
    QCOMPARE(request.header("x-dup"), QByteArray("1"));
    QVERIFY(request.hasHeader("AUTHTYPE"));
    QVERIFY(!request.hasHeader("authorization"));
    QVERIFY(request.header("authorization").isNull());
    QCOMPARE(request.headers.size(), 5);
    QCOMPARE(request.headers.at(1).first, QByteArray("x-custom-header"));
}

void TestHttpMessage::everyPrefixNeedsMoreData()
{
    const QByteArray full = "GET /customer/list?page=2 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer k\r\nauthtype: Key\r\n\r\n";
    for (qsizetype n = 0; n < full.size(); ++n)
        QCOMPARE(parseRequest(QByteArrayView(full).first(n)).status, ParseStatus::NeedMoreData);
    const ParseResult result = parseRequest(full);
    QCOMPARE(result.status, ParseStatus::Complete);
    QCOMPARE(result.consumed, full.size());
}

void TestHttpMessage::randomBytesNeverCrash()
{
    // A small deterministic fuzz: mutate a valid request and random noise.
    QRandomGenerator random(20260101);
    const QByteArray valid = "GET /ext/get-user-token?userId=x HTTP/1.1\r\nHost: a\r\n\r\n";
    for (int round = 0; round < 5000; ++round) {
        QByteArray input = valid;
        const int mutations = random.bounded(1, 6);
        for (int m = 0; m < mutations; ++m)
            input[random.bounded(int(input.size()))] = char(random.bounded(256));
        if (round % 2 == 1) {
            input.resize(random.bounded(200));
            for (char &c : input)
                c = char(random.bounded(256));
        }
        const ParseResult result = parseRequest(input);
        if (result.status == ParseStatus::Complete)
            QVERIFY(result.consumed > 0 && result.consumed <= input.size());
        else
            QCOMPARE(result.consumed, 0);
    }
}

void TestHttpMessage::percentDecode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("%2B is plus") << QByteArray("a%2Bb") << QStringLiteral("a+b");
    QTest::newRow("+ stays plus") << QByteArray("a+b") << QStringLiteral("a+b");
    QTest::newRow("%20 is space") << QByteArray("a%20b") << QStringLiteral("a b");
    QTest::newRow("%25 is percent") << QByteArray("100%25") << QStringLiteral("100%");
    QTest::newRow("no double decoding") << QByteArray("%252B") << QStringLiteral("%2B");
    QTest::newRow("UTF-8 u umlaut") << QByteArray("M%C3%BCller") << QString::fromUtf8("Müller");
    QTest::newRow("lower-case hex") << QByteArray("%c3%bc") << QString::fromUtf8("ü");
    QTest::newRow("reserved") << QByteArray("echo%3Aa%26b%3Dc%2F%3F%23")
                              << QStringLiteral("echo:a&b=c/?#");
    QTest::newRow("lone percent") << QByteArray("%") << QStringLiteral("%");
    QTest::newRow("short escape") << QByteArray("a%2") << QStringLiteral("a%2");
    QTest::newRow("bad hex") << QByteArray("%zz%G1") << QStringLiteral("%zz%G1");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestHttpMessage::percentDecode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, decoded);
    QCOMPARE(TokenDesk::Sandbox::percentDecode(encoded), decoded);
}

void TestHttpMessage::parseQuery()
{
    const auto pairs = TokenDesk::Sandbox::parseQuery("&userId=a%2Bb+c&&email=&type&x=1=2&");
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(pairs.at(0).first, QStringLiteral("userId"));
    QCOMPARE(pairs.at(0).second, QStringLiteral("a+b+c"));
    QCOMPARE(pairs.at(1).second, QString());
    QCOMPARE(pairs.at(2).first, QStringLiteral("type"));
    QCOMPARE(pairs.at(3).second, QStringLiteral("1=2"));

    QCOMPARE(queryValue("a=1&a=2", u"a"), std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(queryValue("a=1", u"b"), std::nullopt);
    QCOMPARE(queryValue("b", u"b"), std::optional<QString>(QString()));
    QCOMPARE(queryValue("us%65rId=x", u"userId"), std::optional<QString>(QStringLiteral("x")));
}

void TestHttpMessage::serialize()
{
    HttpResponse response;
    response.status = 429;
    response.body = "{\"success\":false}";
    response.headers.append(HttpHeader("Retry-After", "1"));
    response.keepAlive = false;
    const QByteArray bytes = serializeResponse(response);
    QVERIFY(bytes.startsWith("HTTP/1.1 429 Too Many Requests\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Length: 17\r\n"));
    QVERIFY(bytes.contains("\r\nRetry-After: 1\r\n"));
    QVERIFY(bytes.contains("\r\nConnection: close\r\n\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n{\"success\":false}"));

    response.status = 200;
    response.keepAlive = true;
    response.contentType = "text/html";
    response.body.clear();
    const QByteArray empty = serializeResponse(response);
    QVERIFY(empty.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(empty.contains("\r\nContent-Type: text/html\r\n"));
    QVERIFY(empty.contains("\r\nContent-Length: 0\r\n"));
    QVERIFY(empty.endsWith("\r\nConnection: keep-alive\r\n\r\n"));
}

void TestHttpMessage::serializeAnnouncedLength()
{
    HttpResponse response;
    response.body = "12345";
    const QByteArray head = serializeResponseHead(response, 200);
    QVERIFY(head.contains("\r\nContent-Length: 200\r\n"));
    QVERIFY(head.endsWith("\r\n\r\n"));
    QVERIFY(!head.contains("12345"));
    QVERIFY(serializeResponseHead(response).contains("\r\nContent-Length: 5\r\n"));
}

void TestHttpMessage::reasonPhrases_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("phrase");
    QTest::newRow("200") << 200 << QByteArray("OK");
    QTest::newRow("302") << 302 << QByteArray("Found");
    QTest::newRow("400") << 400 << QByteArray("Bad Request");
    QTest::newRow("401") << 401 << QByteArray("Unauthorized");
    QTest::newRow("403") << 403 << QByteArray("Forbidden");
    QTest::newRow("404") << 404 << QByteArray("Not Found");
    QTest::newRow("405") << 405 << QByteArray("Method Not Allowed");
    QTest::newRow("500") << 500 << QByteArray("Internal Server Error");
    QTest::newRow("502") << 502 << QByteArray("Bad Gateway");
    QTest::newRow("503") << 503 << QByteArray("Service Unavailable");
}

void TestHttpMessage::reasonPhrases()
{
    QFETCH(int, status);
    QFETCH(QByteArray, phrase);
    QCOMPARE(reasonPhrase(status), phrase);
}

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "tst_httpmessage.moc"
