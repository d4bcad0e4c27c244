// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvrecords.h"

#include <QTest>

using namespace TokenDesk;

using Rows = QList<QStringList>;

class TestCsvRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void unclosedQuote_data();
    void unclosedQuote();
    void guessesDelimiter_data();
    void guessesDelimiter();
};

void TestCsvRecords::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    const QChar comma = u',';
    QTest::newRow("empty") << QString() << comma << Rows{} << QList<int>{};
    QTest::newRow("two rows") << QStringLiteral("a,b\nc,d") << comma
                              << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                      {QStringLiteral("c"), QStringLiteral("d")}}
                              << QList<int>{1, 2};
    QTest::newRow("final line end")
        << QStringLiteral("a\n") << comma << Rows{{QStringLiteral("a")}} << QList<int>{1};
    QTest::newRow("crlf") << QStringLiteral("a,b\r\nc\r\n") << comma
                          << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c")}}
                          << QList<int>{1, 2};
    QTest::newRow("lone cr") << QStringLiteral("a\rb\r") << comma
                             << Rows{{QStringLiteral("a")}, {QStringLiteral("b")}}
                             << QList<int>{1, 2};
    QTest::newRow("blank line") << QStringLiteral("a\n\nb") << comma
                                << Rows{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}}
                                << QList<int>{1, 2, 3};
    QTest::newRow("empty fields") << QStringLiteral(",,") << comma
                                  << Rows{{QString(), QString(), QString()}} << QList<int>{1};
    QTest::newRow("quoted comma") << QStringLiteral("\"a,b\",c") << comma
                                  << Rows{{QStringLiteral("a,b"), QStringLiteral("c")}}
                                  << QList<int>{1};
    QTest::newRow("doubled quotes")
        << QStringLiteral("\"say \"\"hi\"\"\",x") << comma
        << Rows{{QStringLiteral("say \"hi\""), QStringLiteral("x")}} << QList<int>{1};
    QTest::newRow("empty quoted") << QStringLiteral("\"\",\"\"") << comma
                                  << Rows{{QString(), QString()}} << QList<int>{1};
    QTest::newRow("line end inside quotes")
        << QStringLiteral("\"a\nb\",c\r\n\"d\r\ne\rf\"\ng") << comma
        << Rows{{QStringLiteral("a\nb"), QStringLiteral("c")},
                {QStringLiteral("d\r\ne\rf")},
                {QStringLiteral("g")}}
        << QList<int>{1, 3, 6};
    QTest::newRow("space before quote")
        << QStringLiteral("  \"a,b\" ,c") << comma
        << Rows{{QStringLiteral("a,b "), QStringLiteral("c")}} << QList<int>{1};
    QTest::newRow("quote inside unquoted field")
        << QStringLiteral("ab\"c,d") << comma
        << Rows{{QStringLiteral("ab\"c"), QStringLiteral("d")}} << QList<int>{1};
    QTest::newRow("text after closing quote") << QStringLiteral("\"ab\"c\"d") << comma
                                              << Rows{{QStringLiteral("abc\"d")}} << QList<int>{1};
    QTest::newRow("semicolon") << QStringLiteral("a;\"b;c\";d,e") << QChar(u';')
                               << Rows{{QStringLiteral("a"), QStringLiteral("b;c"),
                                        QStringLiteral("d,e")}}
                               << QList<int>{1};
    QTest::newRow("tab") << QStringLiteral("a\tb c\n") << QChar(u'\t')
                         << Rows{{QStringLiteral("a"), QStringLiteral("b c")}} << QList<int>{1};
    QTest::newRow("non-ascii") << QStringLiteral("ü,\"日本\"") << comma
                               << Rows{{QStringLiteral("ü"), QStringLiteral("日本")}}
                               << QList<int>{1};
}

void TestCsvRecords::parses()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    const CsvParse parse = parseCsv(text, delimiter);
    QVERIFY(parse.ok());
    QCOMPARE(parse.rows, rows);
    QCOMPARE(parse.lines, lines);
}

void TestCsvRecords::unclosedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("only a quote") << QStringLiteral("\"") << 1;
    QTest::newRow("third line") << QStringLiteral("a\nb\n\"c,d\ne\n") << 3;
    QTest::newRow("after a multi-line field")
        << QStringLiteral("\"a\nb\"\r\n\"x\"\"") << 3; // the doubled quote is a literal one
}

void TestCsvRecords::unclosedQuote()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const CsvParse parse = parseCsv(text, u',');
    QVERIFY(!parse.ok());
    QCOMPARE(parse.unclosedQuoteLine, line);
    QVERIFY(parse.rows.isEmpty());
}

void TestCsvRecords::guessesDelimiter_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b;c\td") << QChar(u',');
    QTest::newRow("semicolon") << QStringLiteral("a;b\tc") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("a\tb") << QChar(u'\t');
    QTest::newRow("one column") << QStringLiteral("userId") << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
}

void TestCsvRecords::guessesDelimiter()
{
    QFETCH(QString, header);
    QFETCH(QChar, delimiter);
    QCOMPARE(guessCsvDelimiter(header), delimiter);
}

QTEST_GUILESS_MAIN(TestCsvRecords)
#include "tst_csvrecords.moc"
