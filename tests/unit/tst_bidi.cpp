// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Values embedded in the window's sentences keep their own direction: each
// URL, e-mail and quoted value between U+2068 and U+2069, nothing else touched.
#include "core/bidi.h"

#include <QTest>

using namespace TokenDesk;

namespace {

// ⁨ and ⁩ written as [ and ] in the expectations, to keep them readable.
QString marked(QString text)
{
    return text.replace(QChar(0x2068), QLatin1Char('[')).replace(QChar(0x2069), QLatin1Char(']'));
}

} // namespace

class TestBidi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolatesEmbeddedValues_data();
    void isolatesEmbeddedValues();
    void isIdempotent();
};

void TestBidi::isolatesEmbeddedValues_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("No customer with this user ID.")
                           << QStringLiteral("No customer with this user ID.");
    QTest::newRow("URL at the end, the full stop left out")
        << QStringLiteral("The server has no partner API at https://api.example.com/v2. Check it.")
        << QStringLiteral(
               "The server has no partner API at [https://api.example.com/v2]. Check it.");
    QTest::newRow("URL in parentheses")
        << QStringLiteral("Cannot connect (Connection refused: http://127.0.0.1:9/x?a=1)")
        << QStringLiteral("Cannot connect (Connection refused: [http://127.0.0.1:9/x?a=1])");
    QTest::newRow("quoted value")
        << QStringLiteral("“api.v7 bot” is not a valid URL. Use the form https://host.")
        << QStringLiteral("“[api.v7 bot]” is not a valid URL. Use the form [https://host].");
    QTest::newRow("e-mail") << QStringLiteral("Line 3: owner@maple-florist.example has no type.")
                            << QStringLiteral("Line 3: [owner@maple-florist.example] has no type.");
    QTest::newRow("Arabic sentence")
        << QStringLiteral("الخادم ليس لديه واجهة على https://api.example.com.")
        << QStringLiteral("الخادم ليس لديه واجهة على [https://api.example.com].");
    QTest::newRow("no scheme, no domain") << QStringLiteral("a@b, 3.5 s, api.example.com")
                                          << QStringLiteral("a@b, 3.5 s, api.example.com");
}

void TestBidi::isolatesEmbeddedValues()
{
    QFETCH(QString, sentence);
    QFETCH(QString, expected);
    QCOMPARE(marked(isolateEmbeddedValues(sentence)), expected);
}

void TestBidi::isIdempotent()
{
    // The window's own sentences isolate their values already; a second pass
    // (the status bar's) adds nothing.
    const QString once = isolateEmbeddedValues(
        QStringLiteral("Exported to ") + isolated(QStringLiteral("/tmp/a.csv")) +
        QStringLiteral(" from https://x.example and “quoted” by a@b.example."));
    QCOMPARE(isolateEmbeddedValues(once), once);
    QCOMPARE(
        marked(once),
        QStringLiteral(
            "Exported to [/tmp/a.csv] from [https://x.example] and “[quoted]” by [a@b.example]."));
}

QTEST_GUILESS_MAIN(TestBidi)
#include "tst_bidi.moc"
