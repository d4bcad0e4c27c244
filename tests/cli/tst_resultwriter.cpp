// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/resultwriter.h"
#include "core/csvcell.h"

#include <QJsonArray>
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
    void jsonlOneLineEach();
    void jsonArray();
    void csvField_data();
    void csvField();
    void csvKeepsTheTokenButDefusesTheRest();
    void csvTable();
    void csvMixedMembers();
    void table();
    void tableIsTerminalSafe();
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

void TestResultWriter::jsonlOneLineEach()
{
    const QList<TokenResult> results{
        success(QStringLiteral("a\nb"), QStringLiteral("bp_1"), true),
        failure(QStringLiteral("c"), ErrorKind::Network, QStringLiteral("line1\nline2"), 0)};
    const QByteArray out = toJsonl(results);
    QVERIFY(out.endsWith('\n'));
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), jsonRecord(results.at(0)));
    QCOMPARE(lines.at(1), jsonRecord(results.at(1)));
}

void TestResultWriter::jsonArray()
{
    QCOMPARE(toJsonArray({}), QByteArray("[]\n"));
    const QList<TokenResult> results{
        success(QStringLiteral("b"), QStringLiteral("bp_b"), true),
        failure(QStringLiteral("a"), ErrorKind::NotFound, QStringLiteral("No."), 404)};
    const QByteArray out = toJsonArray(results);
    QVERIFY(out.contains(jsonRecord(results.at(0)))); // field order is kept
    QJsonParseError error{};
    const QJsonArray array = QJsonDocument::fromJson(out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QLatin1String("userId")).toString(), QStringLiteral("b"));
    QCOMPARE(array.at(1).toObject().value(QLatin1String("errorKind")).toString(),
             QStringLiteral("not_found"));
    QVERIFY(array.at(1).toObject().value(QLatin1String("key")).isNull());
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

void TestResultWriter::csvKeepsTheTokenButDefusesTheRest()
{
    const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
    TokenResult r = success(formula, formula, true);
    const QList<QByteArray> lines = toCsv({r}).split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).startsWith("'=cmd|' /C calc'!A0,true,=cmd|' /C calc'!A0,"),
             lines.at(1).constData());
    const QByteArray failed =
        toCsv({failure(QStringLiteral("u1"), ErrorKind::Server, QStringLiteral("-oops\x1b"), 500)});
    QVERIFY2(failed.contains(",'-oops\xef\xbf\xbd,server,"), failed.constData());
    QVERIFY(!failed.contains('\x1b'));
}

void TestResultWriter::csvTable()
{
    const QList<TokenResult> results{
        success(QStringLiteral("u1"), QStringLiteral("bp_1"), false),
        failure(QStringLiteral("u,2"), ErrorKind::Server, QStringLiteral("He said \"no\"."), 500),
        failure(QStringLiteral("u3"), ErrorKind::Network, QStringLiteral("Down"), 0)};
    QCOMPARE(toCsv(results),
             QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                        "u1,true,bp_1,false,200,,,1,12\n"
                        "\"u,2\",false,,,500,\"He said \"\"no\"\".\",server,2,9\n"
                        "u3,false,,,,Down,network,2,9\n"));
    QCOMPARE(toCsv({}),
             QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"));
}

void TestResultWriter::csvMixedMembers()
{
    QCOMPARE(toCsv({memberSuccess()}),
             QByteArray("email,type,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                        "agent1@sandbox.example,AGENT,true,bp_m,true,200,,,1,12\n"));
    const QByteArray mixed =
        toCsv({success(QStringLiteral("u1"), QStringLiteral("bp_1"), true), memberSuccess()});
    QVERIFY(mixed.startsWith("userId,email,type,ok,"));
    QVERIFY(mixed.contains("\nu1,,,true,bp_1,"));
    QVERIFY(mixed.contains("\n,agent1@sandbox.example,AGENT,true,bp_m,"));
}

void TestResultWriter::table()
{
    const QList<TokenResult> ok{
        success(QStringLiteral("short"), QStringLiteral("bp_1"), true),
        success(QStringLiteral("a-much-longer-id"), QStringLiteral("bp_22"), false)};
    QStringList lines = QString::fromUtf8(toTable(ok)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("User ID")));
    QVERIFY(!lines.at(0).contains(QLatin1String("Error"))); // nothing failed
    const qsizetype statusColumn = lines.at(0).indexOf(QLatin1String("Status"));
    QCOMPARE(lines.at(1).indexOf(QLatin1String("Active")), statusColumn);
    QCOMPARE(lines.at(2).indexOf(QLatin1String("Inactive")), statusColumn);
    QCOMPARE(lines.at(1).indexOf(QLatin1String("bp_1")),
             lines.at(0).indexOf(QLatin1String("Token")));
    for (const QString &line : std::as_const(lines))
        QVERIFY(!line.endsWith(QLatin1Char(' ')));

    const QList<TokenResult> mixed{
        success(QStringLiteral("u1"), QStringLiteral("bp_1"), true),
        failure(QStringLiteral("u2"), ErrorKind::NotFound, QStringLiteral("No customer."), 404),
        failure(QStringLiteral("u3"), ErrorKind::Timeout, QStringLiteral("Too slow."), 0)};
    lines = QString::fromUtf8(toTable(mixed)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).endsWith(QLatin1String("Error")));
    QVERIFY(lines.at(2).contains(QLatin1String("Failed: not_found")));
    QVERIFY(lines.at(2).endsWith(QLatin1String("No customer.")));
    QVERIFY(lines.at(3).contains(QLatin1String(" - "))); // no HTTP reply
    QCOMPARE(statusText(mixed.at(2)), QStringLiteral("Failed: timeout"));
}

void TestResultWriter::tableIsTerminalSafe()
{
    const QString escape = QStringLiteral("\x1b]0;owned\x07");
    const QByteArray out = toTable({failure(QStringLiteral("u1"), ErrorKind::Server, escape, 500)});
    QVERIFY(!out.contains('\x1b'));
    QVERIFY(!out.contains('\x07'));
    QCOMPARE(terminalSafe(QStringLiteral("a\x1b"
                                         "b")),
             QStringLiteral("a\ufffdb"));
}

QTEST_GUILESS_MAIN(TestResultWriter)
#include "tst_resultwriter.moc"
