// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ResultStream and QueryStore on plain values: records that arrive in any
// order come out byte for byte as the whole-list writers (toCsv, toJsonArray,
// toTable) would write them, each as soon as it can be; the store keeps
// each query once and gives it back unchanged.
#include "cli/querystore.h"
#include "cli/resultstream.h"
#include "cli/resultwriter.h"

#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Cli;

namespace {

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

} // namespace

Q_DECLARE_METATYPE(TokenDesk::Cli::OutputFormat)

class TestResultStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsTheWholeList_data();
    void sameBytesAsTheWholeList();
    void writesEachRecordOnceItsTurnComes();
    void interruptedWritesOnlyWhatFinished();
    void aQueryWithoutResultGetsARecord();
    void longTableStreamsWithFixedColumns();
    void storeKeepsEachQueryOnce();
    void storeGrows();
};

void TestResultStream::sameBytesAsTheWholeList_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<bool>("withFailures");
    QTest::addColumn<bool>("withMember");
    for (const auto &[name, format] :
         {std::pair{"json", OutputFormat::Json}, std::pair{"csv", OutputFormat::Csv},
          std::pair{"table", OutputFormat::Table}}) {
        QTest::addRow("%s, all fetched", name) << format << false << false;
        QTest::addRow("%s, some failed", name) << format << true << false;
        QTest::addRow("%s, a team member too", name) << format << true << true;
    }
}

void TestResultStream::sameBytesAsTheWholeList()
{
    QFETCH(OutputFormat, format);
    QFETCH(bool, withFailures);
    QFETCH(bool, withMember);
    QueryStore store;
    for (int i = 0; i < 7; ++i)
        QVERIFY(store.add(
            TokenQuery::forUser(QStringLiteral("user-%1").arg(i, i + 1, 10, QLatin1Char('x')))));
    if (withMember)
        QVERIFY(store.add(
            TokenQuery::forMember(QStringLiteral("agent@x.example"), QStringLiteral("AGENT"))));
    // Skipped rows only where they cannot make a run without failures fail.
    QList<UserIdInput::Skipped> skipped;
    if (withFailures)
        skipped = {{QStringLiteral("bad row 1"), QStringLiteral("ids.txt: Line 1."), 0},
                   {QStringLiteral("bad row 2"), QStringLiteral("ids.txt: Line 6."), 4},
                   {QStringLiteral("bad row 3"), QStringLiteral("ids.txt: Line 9."), store.size()}};

    QList<TokenResult> results;
    for (qsizetype i = 0; i < store.size(); ++i)
        results.append(resultFor(store.at(i), static_cast<int>(i), withFailures && i % 4 == 1));
    // What the whole-list writers make of the records in input order.
    QList<TokenResult> ordered;
    for (qsizetype i = 0, next = 0; i <= store.size(); ++i) {
        for (; next < skipped.size() && skipped.at(next).position <= i; ++next)
            ordered.append(ResultStream::skippedRecord(skipped.at(next)));
        if (i < store.size())
            ordered.append(results.at(i));
    }
    const QByteArray expected = format == OutputFormat::Json  ? toJsonArray(ordered)
                                : format == OutputFormat::Csv ? toCsv(ordered)
                                                              : toTable(ordered);

    Sink sink;
    ResultStream stream(sink.writer(), format, store, skipped);
    stream.begin();
    for (const qsizetype i : {3, 0, 6, 1, 2, 7, 5, 4}) { // out of order
        if (i < store.size())
            stream.add(i, results.at(i));
    }
    stream.finish(false);
    QCOMPARE(sink.bytes, expected);
    QCOMPARE(stream.anyFailed(), withFailures);
}

void TestResultStream::writesEachRecordOnceItsTurnComes()
{
    QueryStore store;
    for (int i = 0; i < 4; ++i)
        store.add(TokenQuery::forUser(QStringLiteral("u%1").arg(i)));
    Sink sink;
    ResultStream stream(sink.writer(), OutputFormat::Csv, store, {});
    stream.begin();
    const QByteArray header = csvHeader(true, false);
    QCOMPARE(sink.bytes, header);
    QCOMPARE(stream.sendLimit(), ResultStream::MaxAhead);

    stream.add(2, resultFor(store.at(2), 2, false)); // waits for 0 and 1
    stream.add(1, resultFor(store.at(1), 1, false));
    QCOMPARE(sink.bytes, header);
    stream.add(0, resultFor(store.at(0), 0, false)); // 0, 1 and 2 can go
    QCOMPARE(sink.bytes, header + csvRow(resultFor(store.at(0), 0, false), true, false) +
                             csvRow(resultFor(store.at(1), 1, false), true, false) +
                             csvRow(resultFor(store.at(2), 2, false), true, false));
    QCOMPARE(stream.sendLimit(), 3 + ResultStream::MaxAhead);
    stream.add(0, resultFor(store.at(0), 0, true)); // once only
    QCOMPARE(stream.records(), 3);

    // jsonl waits for nothing: no limit on what may be sent.
    Sink lines;
    ResultStream jsonl(lines.writer(), OutputFormat::Jsonl, store, {});
    jsonl.begin();
    jsonl.add(3, resultFor(store.at(3), 3, false));
    QCOMPARE(lines.bytes, jsonRecord(resultFor(store.at(3), 3, false)) + '\n');
    QCOMPARE(jsonl.sendLimit(), store.size());
}

void TestResultStream::interruptedWritesOnlyWhatFinished()
{
    QueryStore store;
    for (int i = 0; i < 4; ++i)
        store.add(TokenQuery::forUser(QStringLiteral("u%1").arg(i)));
    Sink sink;
    ResultStream stream(sink.writer(), OutputFormat::Json, store, {});
    stream.begin();
    stream.add(2, resultFor(store.at(2), 2, false));
    stream.add(0, resultFor(store.at(0), 0, false));
    stream.finish(true);
    QCOMPARE(sink.bytes,
             toJsonArray({resultFor(store.at(0), 0, false), resultFor(store.at(2), 2, false)}));
    QCOMPARE(stream.records(), 2);
    QCOMPARE(stream.tokens(), 2);
    QVERIFY(stream.hasRecord(2));
    QVERIFY(!stream.hasRecord(1));
    QVERIFY(!stream.hasRecord(3));
}

void TestResultStream::aQueryWithoutResultGetsARecord()
{
    QueryStore store;
    store.add(TokenQuery::forUser(QStringLiteral("u0")));
    store.add(TokenQuery::forUser(QStringLiteral("u1")));
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
    QCOMPARE(store.longestIdentity(), displayIdentity(member).size());
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
