// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/resultwriter.h"
#include "core/csvcell.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Cli;

namespace {

TokenResult success(const QString &userId, const QString &key, bool active)
{
    TokenResult r = TokenResult::success(key, active);
    r.query = TokenQuery::forUser(userId);
    r.attempts = 1;
    r.elapsedMs = 12;
    return r;
}

TokenResult failure(const QString &userId, ErrorKind kind, const QString &error, int status)
{
    TokenResult r = TokenResult::failure(kind, error, status);
    r.query = TokenQuery::forUser(userId);
    r.attempts = 2;
    r.elapsedMs = 9;
    return r;
}

TokenResult memberSuccess()
{
    TokenResult r = success({}, QStringLiteral("bp_m"), true);
    r.query =
        TokenQuery::forMember(QStringLiteral("agent1@sandbox.example"), QStringLiteral("AGENT"));
    return r;
}

} // namespace

class TestResultWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRecordExact_data();
    void jsonRecordExact();
    void jsonRecordRoundTrips();
    void csvField_data();
    void csvField();
    void statusAndIdentity();
    void terminalSafe();
};

void TestResultWriter::jsonRecordExact_data()
{
    QTest::addColumn<TokenResult>("result");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("active") << success(QStringLiteral("u1"), QStringLiteral("bp_1"), true)
                            << QByteArray(R"({"userId":"u1","ok":true,"key":"bp_1","active":true,)"
                                          R"("httpStatus":200,"error":null,"errorKind":null,)"
                                          R"("attempts":1,"elapsedMs":12})");
    QTest::newRow("inactive") << success(QStringLiteral("u2"), QStringLiteral("bp_2"), false)
                              << QByteArray(
                                     R"({"userId":"u2","ok":true,"key":"bp_2","active":false,)"
                                     R"("httpStatus":200,"error":null,"errorKind":null,)"
                                     R"("attempts":1,"elapsedMs":12})");
    QTest::newRow("not-found")
        << failure(QStringLiteral("u3"), ErrorKind::NotFound, QStringLiteral("No customer."), 404)
        << QByteArray(
               R"({"userId":"u3","ok":false,"key":null,"active":null,"httpStatus":404,)"
               R"("error":"No customer.","errorKind":"not_found","attempts":2,"elapsedMs":9})");
    QTest::newRow("no-http-reply")
        << failure(QStringLiteral("u4"), ErrorKind::Timeout, QStringLiteral("Too slow."), 0)
        << QByteArray(R"({"userId":"u4","ok":false,"key":null,"active":null,"httpStatus":null,)"
                      R"("error":"Too slow.","errorKind":"timeout","attempts":2,"elapsedMs":9})");
    QTest::newRow("escaped")
        << failure(QStringLiteral("q\"b\\s\u00fc\n"), ErrorKind::Server, QStringLiteral("x\ty"),
                   500)
        << QByteArray("{\"userId\":\"q\\\"b\\\\s\xc3\xbc\\n\",\"ok\":false,\"key\":null,"
                      "\"active\":null,\"httpStatus\":500,\"error\":\"x\\ty\","
                      "\"errorKind\":\"server\",\"attempts\":2,\"elapsedMs\":9}");
    // The one JSON rule (core/jsontext): no raw control character reaches a terminal.
    QTest::newRow("controls")
        << failure(QStringLiteral("u5"), ErrorKind::Server,
                   QStringLiteral("a\x1b[2J") + QChar(0x7f) + QChar(0x9b) + QChar(0x2028), 500)
        << QByteArray(R"({"userId":"u5","ok":false,"key":null,"active":null,"httpStatus":500,)"
                      R"("error":"a\u001b[2J\u007f\u009b\u2028","errorKind":"server",)"
                      R"("attempts":2,"elapsedMs":9})");
    QTest::newRow("member")
        << memberSuccess()
        << QByteArray(R"({"email":"agent1@sandbox.example","type":"AGENT","ok":true,"key":"bp_m",)"
                      R"("active":true,"httpStatus":200,"error":null,"errorKind":null,)"
                      R"("attempts":1,"elapsedMs":12})");
}

void TestResultWriter::jsonRecordExact()
{
    QFETCH(TokenResult, result);
    QFETCH(QByteArray, expected);
    QCOMPARE(jsonRecord(result), expected);
}

void TestResultWriter::jsonRecordRoundTrips()
{
    QString nasty = QStringLiteral("\"\\/\b\f\n\r\t ü 😀 ");
    nasty += QChar(0x00);
    nasty += QChar(0x7f);
    nasty += QChar(0x2028);
    const TokenResult r = success(nasty, nasty + QStringLiteral("key"), true);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(jsonRecord(r), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("userId")).toString(), nasty);
    QCOMPARE(doc.object().value(QLatin1String("key")).toString(), nasty + QStringLiteral("key"));
}

void TestResultWriter::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    // No raw control character leaves: line ends and ESC become U+FFFD.
    QTest::newRow("newline") << QStringLiteral("a\nb")
                             << QByteArray("a\xef\xbf\xbd"
                                           "b");
    QTest::newRow("cr") << QStringLiteral("a\rb")
                        << QByteArray("a\xef\xbf\xbd"
                                      "b");
    QTest::newRow("escape") << QStringLiteral("a\x1b[2J") << QByteArray("a\xef\xbf\xbd[2J");
    QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9b) << QByteArray("a\xef\xbf\xbd");
    // Formula cells are defused as the window's export does (defusedCsvCell).
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://evil.invalid\",\"x\")")
                             << QByteArray(R"x("'=HYPERLINK(""http://evil.invalid"",""x"")")x");
    QTest::newRow("at and escape")
        << QStringLiteral("@SUM(1+1)\x1b[2J") << QByteArray("'@SUM(1+1)\xef\xbf\xbd[2J");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QByteArray("'-1");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QByteArray("'\xef\xbf\xbdx");
    QTest::newRow("space") << QStringLiteral(" a b ") << QByteArray(" a b ");
    QTest::newRow("unicode") << QStringLiteral("ü") << QByteArray("\xc3\xbc");
}

void TestResultWriter::csvField()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(Cli::csvField(text), expected);
    // One rule for the CLI and the window's export.
    QCOMPARE(Cli::csvField(text), csvQuoted(defusedCsvCell(text)).toUtf8());
}

void TestResultWriter::statusAndIdentity()
{
    QCOMPARE(statusText(success(QStringLiteral("u1"), QStringLiteral("bp_1"), true)),
             QStringLiteral("Active"));
    QCOMPARE(statusText(success(QStringLiteral("u1"), QStringLiteral("bp_1"), false)),
             QStringLiteral("Inactive"));
    QCOMPARE(statusText(failure(QStringLiteral("u1"), ErrorKind::Timeout, QStringLiteral("x"), 0)),
             QStringLiteral("Failed: timeout"));
    QCOMPARE(displayIdentity(TokenQuery::forUser(QStringLiteral("u1"))), QStringLiteral("u1"));
    QCOMPARE(displayIdentity(memberSuccess().query),
             QStringLiteral("agent1@sandbox.example (AGENT)"));
}

void TestResultWriter::terminalSafe()
{
    QCOMPARE(Cli::terminalSafe(QStringLiteral("a\x1b]0;owned\x07") + QChar(0x9b) +
                               QStringLiteral("b\tc\r\nü")),
             QStringLiteral("a\ufffd]0;owned\ufffd\ufffdb\ufffdc\ufffd\ufffdü"));
}

QTEST_GUILESS_MAIN(TestResultWriter)
#include "tst_resultwriter.moc"
