// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ResultStream and QueryStore on plain values: records fed in any order come
// out in input order, each as soon as it can be, as the exact bytes written
// here (headers, quoting, defusing, member columns, the table's Error column
// only when something failed, nothing a terminal would run); the store keeps
// each query once and gives it back unchanged.
#include "cli/querystore.h"
#include "cli/resultstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Cli;

namespace {

TokenResult success(const TokenQuery &query, const QString &key, bool active)
{
    TokenResult r = TokenResult::success(key, active);
    r.query = query;
    r.attempts = 1;
    r.elapsedMs = 12;
    return r;
}

TokenResult failure(const TokenQuery &query, ErrorKind kind, const QString &error, int status)
{
    TokenResult r = TokenResult::failure(kind, error, status);
    r.query = query;
    r.attempts = 2;
    r.elapsedMs = 9;
    return r;
}

TokenQuery user(const QString &id)
{
    return TokenQuery::forUser(id);
}

TokenQuery agent()
{
    return TokenQuery::forMember(QStringLiteral("agent@x.example"), QStringLiteral("AGENT"));
}

TokenResult resultFor(const TokenQuery &query, int i, bool fail)
{
    TokenResult r = fail ? TokenResult::failure(ErrorKind::NotFound,
                                                QStringLiteral("No customer %1.").arg(i), 404)
                         : TokenResult::success(QStringLiteral("bp_token_%1").arg(i), i % 3 != 0);
    r.query = query;
    r.attempts = 1 + i % 2;
    r.elapsedMs = 10 * i + 3;
    return r;
}

// Collects what the stream writes.
struct Sink
{
    QByteArray bytes;
    ResultStream::Writer writer()
    {
        return [this](const QByteArray &more) {
            bytes += more;
            return true;
        };
    }
};

// The bytes a whole run writes: results (one a query of the store, by the
// query's index) given to add() in the order they come in results.
QByteArray streamed(OutputFormat format, const QList<TokenQuery> &queries,
                    const QList<TokenResult> &results,
                    const QList<UserIdInput::Skipped> &skipped = {})
{
    QueryStore store;
    for (const TokenQuery &query : queries)
        store.add(query);
    Sink sink;
    ResultStream stream(sink.writer(), format, store, skipped);
    stream.begin();
    for (const TokenResult &result : results)
        stream.add(queries.indexOf(result.query), result);
    stream.finish(false);
    return sink.bytes;
}

} // namespace

Q_DECLARE_METATYPE(TokenDesk::Cli::OutputFormat)

class TestResultStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputOrderFromAnyOrder_data();
    void inputOrderFromAnyOrder();
    void emptyBatch_data();
    void emptyBatch();
    void jsonlWritesEachAsItFinishes();
    void jsonKeepsTheStrings();
    void csvQuotesAndDefusesAllButTheToken();
    void csvIdentityColumns_data();
    void csvIdentityColumns();
    void tableIsTerminalSafe();
    void writesEachRecordOnceItsTurnComes();
    void interruptedWritesOnlyWhatFinished();
    void aQueryWithoutResultGetsARecord();
    void longTableStreamsWithFixedColumns();
    void storeKeepsEachQueryOnce();
    void storeGrows();
};

void TestResultStream::inputOrderFromAnyOrder_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<bool>("withFailures");
    QTest::addColumn<bool>("withMember");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("json, all fetched")
        << OutputFormat::Json << false << false
        << QByteArray("[\n"
                      R"(  {"userId":"short","ok":true,"key":"bp_0","active":true,)"
                      R"("httpStatus":200,"error":null,"errorKind":null,)"
                      R"("attempts":1,"elapsedMs":12},)"
                      "\n"
                      R"(  {"userId":"a-much-longer-id","ok":true,"key":"bp_1","active":false,)"
                      R"("httpStatus":200,"error":null,"errorKind":null,)"
                      R"("attempts":1,"elapsedMs":12},)"
                      "\n"
                      R"(  {"userId":"u,3","ok":true,"key":"bp_2","active":true,)"
                      R"("httpStatus":200,"error":null,"errorKind":null,)"
                      R"("attempts":1,"elapsedMs":12})"
                      "\n"
                      "]\n");
    QTest::addRow("json, some failed")
        << OutputFormat::Json << true << false
        << QByteArray("[\n"
                      R"(  {"userId":"bad row","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":null,"error":"ids.txt: Line 1.","errorKind":"invalid_input",)"
                      R"("attempts":0,"elapsedMs":0},)"
                      "\n"
                      R"(  {"userId":"short","ok":true,"key":"bp_0","active":true,)"
                      R"("httpStatus":200,"error":null,"errorKind":null,)"
                      R"("attempts":1,"elapsedMs":12},)"
                      "\n"
                      R"(  {"userId":"a-much-longer-id","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":404,"error":"No customer.","errorKind":"not_found",)"
                      R"("attempts":2,"elapsedMs":9},)"
                      "\n"
                      R"(  {"userId":"=1+2","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":null,"error":"ids.txt: Line 4.","errorKind":"invalid_input",)"
                      R"("attempts":0,"elapsedMs":0},)"
                      "\n"
                      R"(  {"userId":"u,3","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":null,"error":"He said \"no\".","errorKind":"network",)"
                      R"("attempts":2,"elapsedMs":9},)"
                      "\n"
                      R"(  {"userId":"last","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":null,"error":"ids.txt: Line 9.","errorKind":"invalid_input",)"
                      R"("attempts":0,"elapsedMs":0})"
                      "\n"
                      "]\n");
    QTest::addRow("json, a team member too")
        << OutputFormat::Json << true << true
        << QByteArray(
               "[\n"
               R"(  {"userId":"bad row","ok":false,"key":null,"active":null,)"
               R"("httpStatus":null,"error":"ids.txt: Line 1.","errorKind":"invalid_input",)"
               R"("attempts":0,"elapsedMs":0},)"
               "\n"
               R"(  {"userId":"short","ok":true,"key":"bp_0","active":true,)"
               R"("httpStatus":200,"error":null,"errorKind":null,)"
               R"("attempts":1,"elapsedMs":12},)"
               "\n"
               R"(  {"userId":"a-much-longer-id","ok":false,"key":null,"active":null,)"
               R"("httpStatus":404,"error":"No customer.","errorKind":"not_found",)"
               R"("attempts":2,"elapsedMs":9},)"
               "\n"
               R"(  {"userId":"=1+2","ok":false,"key":null,"active":null,)"
               R"("httpStatus":null,"error":"ids.txt: Line 4.","errorKind":"invalid_input",)"
               R"("attempts":0,"elapsedMs":0},)"
               "\n"
               R"(  {"userId":"u,3","ok":false,"key":null,"active":null,)"
               R"("httpStatus":null,"error":"He said \"no\".","errorKind":"network",)"
               R"("attempts":2,"elapsedMs":9},)"
               "\n"
               R"(  {"email":"agent@x.example","type":"AGENT","ok":true,"key":"bp_m","active":true,)"
               R"("httpStatus":200,"error":null,"errorKind":null,)"
               R"("attempts":1,"elapsedMs":12},)"
               "\n"
               R"(  {"userId":"last","ok":false,"key":null,"active":null,)"
               R"("httpStatus":null,"error":"ids.txt: Line 9.","errorKind":"invalid_input",)"
               R"("attempts":0,"elapsedMs":0})"
               "\n"
               "]\n");
    QTest::addRow("csv, all fetched")
        << OutputFormat::Csv << false << false
        << QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                      "short,true,bp_0,true,200,,,1,12\n"
                      "a-much-longer-id,true,bp_1,false,200,,,1,12\n"
                      "\"u,3\",true,bp_2,true,200,,,1,12\n");
    QTest::addRow("csv, some failed")
        << OutputFormat::Csv << true << false
        << QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                      "bad row,false,,,,ids.txt: Line 1.,invalid_input,0,0\n"
                      "short,true,bp_0,true,200,,,1,12\n"
                      "a-much-longer-id,false,,,404,No customer.,not_found,2,9\n"
                      "'=1+2,false,,,,ids.txt: Line 4.,invalid_input,0,0\n"
                      "\"u,3\",false,,,,\"He said \"\"no\"\".\",network,2,9\n"
                      "last,false,,,,ids.txt: Line 9.,invalid_input,0,0\n");
    QTest::addRow("csv, a team member too")
        << OutputFormat::Csv << true << true
        << QByteArray(
               "userId,email,type,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
               "bad row,,,false,,,,ids.txt: Line 1.,invalid_input,0,0\n"
               "short,,,true,bp_0,true,200,,,1,12\n"
               "a-much-longer-id,,,false,,,404,No customer.,not_found,2,9\n"
               "'=1+2,,,false,,,,ids.txt: Line 4.,invalid_input,0,0\n"
               "\"u,3\",,,false,,,,\"He said \"\"no\"\".\",network,2,9\n"
               ",agent@x.example,AGENT,true,bp_m,true,200,,,1,12\n"
               "last,,,false,,,,ids.txt: Line 9.,invalid_input,0,0\n");
    QTest::addRow("table, all fetched")
        << OutputFormat::Table << false << false
        << QByteArray("User ID           Status    Token  HTTP  ms\n"
                      "short             Active    bp_0   200   12\n"
                      "a-much-longer-id  Inactive  bp_1   200   12\n"
                      "u,3               Active    bp_2   200   12\n");
    QTest::addRow("table, some failed")
        << OutputFormat::Table << true << false
        << QByteArray(
               "User ID           Status                 Token  HTTP  ms  Error\n"
               "bad row           Failed: invalid_input         -     0   ids.txt: Line 1.\n"
               "short             Active                 bp_0   200   12\n"
               "a-much-longer-id  Failed: not_found             404   9   No customer.\n"
               "=1+2              Failed: invalid_input         -     0   ids.txt: Line 4.\n"
               "u,3               Failed: network               -     9   He said \"no\".\n"
               "last              Failed: invalid_input         -     0   ids.txt: Line 9.\n");
    QTest::addRow("table, a team member too")
        << OutputFormat::Table << true << true
        << QByteArray(
               "User ID                  Status                 Token  HTTP  ms  Error\n"
               "bad row                  Failed: invalid_input         -     0   ids.txt: Line 1.\n"
               "short                    Active                 bp_0   200   12\n"
               "a-much-longer-id         Failed: not_found             404   9   No customer.\n"
               "=1+2                     Failed: invalid_input         -     0   ids.txt: Line 4.\n"
               "u,3                      Failed: network               -     9   He said \"no\".\n"
               "agent@x.example (AGENT)  Active                 bp_m   200   12\n"
               "last                     Failed: invalid_input         -     0   ids.txt: Line "
               "9.\n");
}

void TestResultStream::inputOrderFromAnyOrder()
{
    QFETCH(OutputFormat, format);
    QFETCH(bool, withFailures);
    QFETCH(bool, withMember);
    QFETCH(QByteArray, expected);
    QList<TokenQuery> queries{user(QStringLiteral("short")),
                              user(QStringLiteral("a-much-longer-id")),
                              user(QStringLiteral("u,3"))};
    if (withMember)
        queries.append(agent());
    QList<TokenResult> results{success(queries.at(0), QStringLiteral("bp_0"), true),
                               withFailures ? failure(queries.at(1), ErrorKind::NotFound,
                                                      QStringLiteral("No customer."), 404)
                                            : success(queries.at(1), QStringLiteral("bp_1"), false),
                               withFailures ? failure(queries.at(2), ErrorKind::Network,
                                                      QStringLiteral("He said \"no\"."), 0)
                                            : success(queries.at(2), QStringLiteral("bp_2"), true)};
    if (withMember)
        results.append(success(queries.at(3), QStringLiteral("bp_m"), true));
    // Skipped input rows only where they cannot make a run without failures fail.
    QList<UserIdInput::Skipped> skipped;
    if (withFailures)
        skipped = {{QStringLiteral("bad row"), QStringLiteral("ids.txt: Line 1."), 0},
                   {QStringLiteral("=1+2"), QStringLiteral("ids.txt: Line 4."), 2},
                   {QStringLiteral("last"), QStringLiteral("ids.txt: Line 9."), queries.size()}};
    QueryStore store;
    for (const TokenQuery &query : std::as_const(queries))
        QVERIFY(store.add(query));

    Sink sink;
    ResultStream stream(sink.writer(), format, store, skipped);
    stream.begin();
    for (const qsizetype i : {2, 0, 3, 1}) { // out of order
        if (i < queries.size())
            stream.add(i, results.at(i));
    }
    stream.finish(false);
    QCOMPARE(sink.bytes, expected);
    QCOMPARE(stream.anyFailed(), withFailures);
    QCOMPARE(stream.records(), queries.size());
    QCOMPARE(stream.tokens(), queries.size() - (withFailures ? 2 : 0));
}

void TestResultStream::emptyBatch_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("jsonl") << OutputFormat::Jsonl << QByteArray();
    QTest::newRow("json") << OutputFormat::Json << QByteArray("[]\n");
    QTest::newRow("csv")
        << OutputFormat::Csv
        << QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n");
    QTest::newRow("table") << OutputFormat::Table
                           << QByteArray("User ID  Status  Token  HTTP  ms\n");
}

void TestResultStream::emptyBatch()
{
    QFETCH(OutputFormat, format);
    QFETCH(QByteArray, expected);
    QCOMPARE(streamed(format, {}, {}), expected);
}

void TestResultStream::jsonlWritesEachAsItFinishes()
{
    // Skipped rows first, then each record as it comes; a line end inside a
    // value stays escaped, so every record is one line.
    const QList<TokenQuery> queries{user(QStringLiteral("a\nb")), user(QStringLiteral("c"))};
    const QByteArray out =
        streamed(OutputFormat::Jsonl, queries,
                 {failure(queries.at(1), ErrorKind::Network, QStringLiteral("line1\nline2"), 0),
                  success(queries.at(0), QStringLiteral("bp_1"), true)},
                 {{QStringLiteral("bad"), QStringLiteral("ids.txt: Line 2."), 1}});
    QCOMPARE(out, QByteArray(
                      R"({"userId":"bad","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":null,"error":"ids.txt: Line 2.","errorKind":"invalid_input",)"
                      R"("attempts":0,"elapsedMs":0})"
                      "\n"
                      R"({"userId":"c","ok":false,"key":null,"active":null,)"
                      R"("httpStatus":null,"error":"line1\nline2","errorKind":"network",)"
                      R"("attempts":2,"elapsedMs":9})"
                      "\n"
                      R"({"userId":"a\nb","ok":true,"key":"bp_1","active":true,)"
                      R"("httpStatus":200,"error":null,"errorKind":null,)"
                      R"("attempts":1,"elapsedMs":12})"
                      "\n"));
}

void TestResultStream::jsonKeepsTheStrings()
{
    // Every string comes back from a JSON parser as it went in.
    QString nasty = QStringLiteral("\"\\/\b\f\n\r\t ü 😀 ");
    nasty += QChar(0x00);
    nasty += QChar(0x7f);
    nasty += QChar(0x2028);
    const QList<TokenQuery> queries{user(nasty)};
    const QByteArray out = streamed(OutputFormat::Json, queries,
                                    {success(queries.at(0), nasty + QStringLiteral("key"), true)});
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject record = doc.array().at(0).toObject();
    QCOMPARE(record.value(QLatin1String("userId")).toString(), nasty);
    QCOMPARE(record.value(QLatin1String("key")).toString(), nasty + QStringLiteral("key"));
}

void TestResultStream::csvQuotesAndDefusesAllButTheToken()
{
    const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
    const QList<TokenQuery> queries{user(formula), user(QStringLiteral("u,2")),
                                    user(QStringLiteral("u3"))};
    const QByteArray out =
        streamed(OutputFormat::Csv, queries,
                 {failure(queries.at(2), ErrorKind::Server, QStringLiteral("-oops\x1b[2J"), 500),
                  failure(queries.at(1), ErrorKind::Server, QStringLiteral("He said \"no\"."), 500),
                  success(queries.at(0), formula, true)},
                 {{QStringLiteral("@SUM(1+1)\r"), QStringLiteral("ids.txt: Line 3."), 2}});
    QCOMPARE(out, QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                             "'=cmd|' /C calc'!A0,true,=cmd|' /C calc'!A0,true,200,,,1,12\n"
                             "\"u,2\",false,,,500,\"He said \"\"no\"\".\",server,2,9\n"
                             "'@SUM(1+1)\xef\xbf\xbd"
                             ",false,,,,ids.txt: Line 3.,invalid_input,0,0\n"
                             "u3,false,,,500,'-oops\xef\xbf\xbd"
                             "[2J,server,2,9\n"));
}

void TestResultStream::csvIdentityColumns_data()
{
    QTest::addColumn<bool>("withUser");
    QTest::addColumn<bool>("withMember");
    QTest::addColumn<bool>("withSkipped");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("users")
        << true << false << false
        << QByteArray("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                      "u1,true,bp_1,true,200,,,1,12\n");
    QTest::newRow("members")
        << false << true << false
        << QByteArray("email,type,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
                      "agent@x.example,AGENT,true,bp_m,true,200,,,1,12\n");
    QTest::newRow("mixed")
        << true << true << false
        << QByteArray(
               "userId,email,type,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
               ",agent@x.example,AGENT,true,bp_m,true,200,,,1,12\n"
               "u1,,,true,bp_1,true,200,,,1,12\n");
    QTest::newRow("members and a skipped row")
        << false << true << true
        << QByteArray(
               "userId,email,type,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n"
               ",agent@x.example,AGENT,true,bp_m,true,200,,,1,12\n"
               "not an ID,,,false,,,,ids.txt: Line 2.,invalid_input,0,0\n");
}

void TestResultStream::csvIdentityColumns()
{
    QFETCH(bool, withUser);
    QFETCH(bool, withMember);
    QFETCH(bool, withSkipped);
    QFETCH(QByteArray, expected);
    QList<TokenQuery> queries;
    QList<TokenResult> results;
    if (withMember) {
        queries.append(agent());
        results.append(success(agent(), QStringLiteral("bp_m"), true));
    }
    if (withUser) {
        queries.append(user(QStringLiteral("u1")));
        results.prepend(success(queries.constLast(), QStringLiteral("bp_1"), true));
    }
    QList<UserIdInput::Skipped> skipped;
    if (withSkipped)
        skipped.append({QStringLiteral("not an ID"), QStringLiteral("ids.txt: Line 2."), 1});
    const QByteArray out = streamed(OutputFormat::Csv, queries, results, skipped);
    QCOMPARE(out, expected);
}

void TestResultStream::tableIsTerminalSafe()
{
    // Escape sequences in what the server sent, and in a token, never reach
    // the terminal: each control character is U+FFFD.
    const QList<TokenQuery> queries{user(QStringLiteral("u1\x1b[31m")), user(QStringLiteral("u2"))};
    const QByteArray out = streamed(
        OutputFormat::Table, queries,
        {failure(queries.at(1), ErrorKind::Server, QStringLiteral("\x1b]0;owned\x07"), 500),
         success(queries.at(0),
                 QStringLiteral("bp\x9b"
                                "1"),
                 true)});
    QCOMPARE(out, QByteArray("User ID  Status          Token  HTTP  ms  Error\n"
                             "u1\xef\xbf\xbd"
                             "[31m  Active          bp\xef\xbf\xbd"
                             "1   200   12\n"
                             "u2       Failed: server         500   9   \xef\xbf\xbd"
                             "]0;owned\xef\xbf\xbd\n"));
    QVERIFY(!out.contains('\x1b'));
    QVERIFY(!out.contains('\x07'));
}

void TestResultStream::writesEachRecordOnceItsTurnComes()
{
    QueryStore store;
    for (int i = 0; i < 4; ++i)
        store.add(user(QStringLiteral("u%1").arg(i)));
    Sink sink;
    ResultStream stream(sink.writer(), OutputFormat::Csv, store, {});
    stream.begin();
    const QByteArray header("userId,ok,key,active,httpStatus,error,errorKind,attempts,elapsedMs\n");
    QCOMPARE(sink.bytes, header);
    QCOMPARE(stream.sendLimit(), ResultStream::MaxAhead);

    stream.add(2, resultFor(store.at(2), 2, false)); // waits for 0 and 1
    stream.add(1, resultFor(store.at(1), 1, false));
    QCOMPARE(sink.bytes, header);
    stream.add(0, resultFor(store.at(0), 0, false)); // 0, 1 and 2 can go
    QCOMPARE(sink.bytes, header + "u0,true,bp_token_0,false,200,,,1,3\n"
                                  "u1,true,bp_token_1,true,200,,,2,13\n"
                                  "u2,true,bp_token_2,true,200,,,1,23\n");
    QCOMPARE(stream.sendLimit(), 3 + ResultStream::MaxAhead);
    stream.add(0, resultFor(store.at(0), 0, true)); // once only
    QCOMPARE(stream.records(), 3);

    // jsonl waits for nothing: no limit on what may be sent.
    Sink lines;
    ResultStream jsonl(lines.writer(), OutputFormat::Jsonl, store, {});
    jsonl.begin();
    QCOMPARE(lines.bytes, QByteArray());
    jsonl.add(3, resultFor(store.at(3), 3, false));
    QCOMPARE(lines.bytes,
             QByteArray(R"({"userId":"u3","ok":true,"key":"bp_token_3","active":false,)"
                        R"("httpStatus":200,"error":null,"errorKind":null,"attempts":2,)"
                        R"("elapsedMs":33})"
                        "\n"));
    QCOMPARE(jsonl.sendLimit(), store.size());
}

void TestResultStream::interruptedWritesOnlyWhatFinished()
{
    QueryStore store;
    for (int i = 0; i < 4; ++i)
        store.add(user(QStringLiteral("u%1").arg(i)));
    Sink sink;
    ResultStream stream(sink.writer(), OutputFormat::Json, store, {});
    stream.begin();
    stream.add(2, resultFor(store.at(2), 2, false));
    stream.add(0, resultFor(store.at(0), 0, false));
    stream.finish(true);
    QCOMPARE(sink.bytes,
             QByteArray("[\n"
                        R"(  {"userId":"u0","ok":true,"key":"bp_token_0","active":false,)"
                        R"("httpStatus":200,"error":null,"errorKind":null,"attempts":1,)"
                        R"("elapsedMs":3},)"
                        "\n"
                        R"(  {"userId":"u2","ok":true,"key":"bp_token_2","active":true,)"
                        R"("httpStatus":200,"error":null,"errorKind":null,"attempts":1,)"
                        R"("elapsedMs":23})"
                        "\n]\n"));
    QCOMPARE(stream.records(), 2);
    QCOMPARE(stream.tokens(), 2);
    QVERIFY(stream.hasRecord(2));
    QVERIFY(!stream.hasRecord(1));
    QVERIFY(!stream.hasRecord(3));
}

void TestResultStream::aQueryWithoutResultGetsARecord()
{
    QueryStore store;
    store.add(user(QStringLiteral("u0")));
    store.add(user(QStringLiteral("u1")));
    for (const OutputFormat format : {OutputFormat::Jsonl, OutputFormat::Csv}) {
        Sink sink;
        ResultStream stream(sink.writer(), format, store, {});
        stream.begin();
        stream.add(0, resultFor(store.at(0), 0, false));
        QVERIFY(!stream.anyFailed());
        stream.finish(false);
        QVERIFY(stream.anyFailed());
        QVERIFY2(sink.bytes.contains("No result was reported for this user ID."),
                 sink.bytes.constData());
        QVERIFY2(sink.bytes.contains("u1"), sink.bytes.constData());
    }
}

void TestResultStream::longTableStreamsWithFixedColumns()
{
    const qsizetype count = ResultStream::TableBlockRows + 3;
    QueryStore store;
    for (qsizetype i = 0; i < count; ++i)
        store.add(TokenQuery::forUser(QStringLiteral("id-%1").arg(i)));
    // Longer than any in the first block: set the first column's width.
    store.add(TokenQuery::forUser(QStringLiteral("a-very-much-longer-user-id-at-the-end")));
    Sink sink;
    ResultStream stream(sink.writer(), OutputFormat::Table, store, {});
    stream.begin();
    for (qsizetype i = 0; i < ResultStream::TableBlockRows; ++i)
        stream.add(i, resultFor(store.at(i), static_cast<int>(i), false));
    QCOMPARE(sink.bytes, QByteArray()); // a short table is laid out at its end
    stream.add(count - 3, resultFor(store.at(count - 3), 1, false));
    QVERIFY(!sink.bytes.isEmpty()); // the layout is fixed: written as they come
    TokenResult wide = resultFor(store.at(count - 2), 2, false);
    wide.token = QString(80, QLatin1Char('t'));
    stream.add(count - 2, wide);
    stream.add(count - 1, resultFor(store.at(count - 1), 3, false));
    stream.add(count, resultFor(store.at(count), 4, true));
    stream.finish(false);

    const QStringList lines =
        QString::fromUtf8(sink.bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), store.size() + 1);
    // Every column in place from the first row on, the Error column included,
    // though nothing in the first block failed; the wide token pushes only its line.
    QVERIFY(lines.at(0).endsWith(QLatin1String("Error")));
    const qsizetype statusColumn = lines.at(0).indexOf(QLatin1String("Status"));
    QVERIFY(statusColumn > QStringLiteral("a-very-much-longer-user-id-at-the-end").size());
    const qsizetype httpColumn = lines.at(0).indexOf(QLatin1String("HTTP"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).indexOf(QLatin1String("Active")) == statusColumn ||
                     lines.at(i).indexOf(QLatin1String("Inactive")) == statusColumn ||
                     lines.at(i).indexOf(QLatin1String("Failed: ")) == statusColumn,
                 qPrintable(lines.at(i)));
        if (i != count - 1) { // the wide token's own line
            const QString http = lines.at(i).mid(httpColumn, 3);
            QVERIFY2(http == QLatin1String("200") || http == QLatin1String("404"),
                     qPrintable(lines.at(i)));
        }
        QVERIFY(!lines.at(i).endsWith(QLatin1Char(' ')));
    }
    QVERIFY(lines.constLast().endsWith(QLatin1String("No customer 4.")));
}

void TestResultStream::storeKeepsEachQueryOnce()
{
    QueryStore store;
    QVERIFY(store.isEmpty());
    QVERIFY(store.add(TokenQuery::forUser(QStringLiteral("u1"))));
    QVERIFY(!store.add(TokenQuery::forUser(QStringLiteral("u1"))));
    // The address may hold a slash; the type never does.
    const TokenQuery member =
        TokenQuery::forMember(QStringLiteral("a/b@x.example"), QStringLiteral("CUSTOM_USER"));
    QVERIFY(store.add(member));
    QVERIFY(!store.add(member));
    QVERIFY(store.add(TokenQuery::forUser(QStringLiteral("ü€😀"))));
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.at(0), TokenQuery::forUser(QStringLiteral("u1")));
    QCOMPARE(store.at(1), member);
    QVERIFY(store.at(1).isMember());
    QCOMPARE(store.at(2).userId, QStringLiteral("ü€😀"));
    QVERIFY(store.hasUsers());
    QVERIFY(store.hasMembers());
    QCOMPARE(store.longestIdentity(), QStringLiteral("a/b@x.example (CUSTOM_USER)").size());
}

void TestResultStream::storeGrows()
{
    QueryStore store;
    for (int i = 0; i < 20000; ++i)
        QVERIFY(store.add(TokenQuery::forUser(QStringLiteral("id-%1").arg(i))));
    for (int i = 0; i < 20000; i += 7)
        QVERIFY(!store.add(TokenQuery::forUser(QStringLiteral("id-%1").arg(i))));
    QCOMPARE(store.size(), 20000);
    for (int i = 0; i < 20000; i += 13)
        QCOMPARE(store.at(i).userId, QStringLiteral("id-%1").arg(i));
    QVERIFY(!store.hasMembers());
}

QTEST_GUILESS_MAIN(TestResultStream)
#include "tst_resultstream.moc"
