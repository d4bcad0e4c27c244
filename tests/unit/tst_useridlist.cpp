// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/useridlist.h"

#include <QTest>

using namespace TokenDesk;

class TestUserIdList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsField_data();
    void splitsField();
};

void TestUserIdList::splitsField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one") << QStringLiteral("abc") << QStringList{QStringLiteral("abc")};
    QTest::newRow("commas") << QStringLiteral("a,b,,c")
                            << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                           QStringLiteral("c")};
    QTest::newRow("spaces and tabs")
        << QStringLiteral(" a \t b ") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("spreadsheet column")
        << QStringLiteral("a\r\nb\r\nc\r\n")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("mixed") << QStringLiteral("a, b;c\nd")
                           << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("duplicates once, first order")
        << QStringLiteral("b a b c a")
        << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("comment lines") << QStringLiteral("# header\na\n  # note\nb")
                                   << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    // Pasted from a web page: a byte order mark and a zero-width space at the
    // ends go; one inside stays, for the row to say so.
    QTest::newRow("invisible ends") << QStringLiteral("\uFEFFa\u200B, b\u200B")
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("invisible inside")
        << QStringLiteral("a\u200Bb") << QStringList{QStringLiteral("a\u200Bb")};
    QTest::newRow("only invisible")
        << QStringLiteral("\uFEFF, a") << QStringList{QStringLiteral("a")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("only separators") << QStringLiteral(" ,\n; ") << QStringList{};
}

void TestUserIdList::splitsField()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QCOMPARE(splitUserIds(text), ids);
}

QTEST_GUILESS_MAIN(TestUserIdList)
#include "tst_useridlist.moc"
