// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenDesk;

namespace {

// Bytes no JSON text from TokenDesk may hold raw: C0, DEL, C1 (C2 80..C2 9F)
// and U+2028/U+2029 (E2 80 A8/A9).
QByteArray firstRawControl(const QByteArray &json)
{
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<uchar>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<uchar>(json.at(i + 1)) : 0;
        const auto third = i + 2 < json.size() ? static_cast<uchar>(json.at(i + 2)) : 0;
        if ((byte < 0x20 && byte != '\n') || byte == 0x7f)
            return json.mid(i, 1);
        if (byte == 0xc2 && next >= 0x80 && next <= 0x9f)
            return json.mid(i, 2);
        if (byte == 0xe2 && next == 0x80 && (third == 0xa8 || third == 0xa9))
            return json.mid(i, 3);
    }
    return {};
}

// Every code unit from 0 to U+FFFF that is not a surrogate, in one string.
QString everyBmpCharacter()
{
    QString text;
    for (uint unit = 1; unit <= 0xffff; ++unit) {
        if (!QChar::isSurrogate(unit))
            text += QChar(static_cast<char16_t>(unit));
    }
    return text;
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonString_data();
    void jsonString();
    void roundTrips_data();
    void roundTrips();
    void noRawControlForAnyCharacter();
    void loneSurrogatesAreEscaped_data();
    void loneSurrogatesAreEscaped();
    void escapeJsonControlsInAWholeDocument();
    void escapeJsonControlsLeavesOtherSequences_data();
    void escapeJsonControlsLeavesOtherSequences();
};

void TestJsonText::jsonString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray(R"("abc")");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray(R"("a\"b")");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray(R"("a\\b")");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << QByteArray(R"("a/b")");
    QTest::newRow("newline-tab") << QStringLiteral("a\nb\tc\r") << QByteArray(R"("a\nb\tc\r")");
    QTest::newRow("C0") << QString(QChar(0x01)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("escape") << QStringLiteral("\x1b[2J") << QByteArray(R"("\u001b[2J")");
    QTest::newRow("DEL") << QString(QChar(0x7f)) << QByteArray(R"("\u007f")");
    QTest::newRow("C1 first") << QString(QChar(0x80)) << QByteArray(R"("\u0080")");
    QTest::newRow("C1 NEL") << QString(QChar(0x85)) << QByteArray(R"("\u0085")");
    QTest::newRow("C1 CSI") << QStringLiteral("\u009b2J") << QByteArray(R"("\u009b2J")");
    QTest::newRow("C1 last") << QString(QChar(0x9f)) << QByteArray(R"("\u009f")");
    QTest::newRow("NBSP kept") << QString(QChar(0xa0)) << QByteArray("\"\xc2\xa0\"");
    QTest::newRow("U+2028") << QStringLiteral("a\u2028b") << QByteArray(R"("a\u2028b")");
    QTest::newRow("U+2029") << QStringLiteral("a\u2029b") << QByteArray(R"("a\u2029b")");
    QTest::newRow("U+2027 kept") << QStringLiteral("\u2027") << QByteArray("\"\xe2\x80\xa7\"");
    QTest::newRow("U+202A kept") << QStringLiteral("\u202a") << QByteArray("\"\xe2\x80\xaa\"");
    QTest::newRow("euro kept") << QStringLiteral("\u20ac") << QByteArray("\"\xe2\x82\xac\"");
    QTest::newRow("unicode") << QStringLiteral("ü€😀")
                             << QByteArray("\"\xc3\xbc\xe2\x82\xac\xf0\x9f\x98\x80\"");
    QTest::newRow("mixed") << QString(QChar(0x7f)) + QChar(0x9b) + QChar(0x85) + QChar(0xa0)
                           << QByteArray("\"\\u007f\\u009b\\u0085\xc2\xa0\"");
}

void TestJsonText::jsonString()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(TokenDesk::jsonString(text), expected);
}

void TestJsonText::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("controls") << QStringLiteral("\x01\x1b[31m\x7f\u0085\u009b\u2028\u2029\"\\");
    QTest::newRow("every BMP character") << everyBmpCharacter();
    QTest::newRow("pairs") << QStringLiteral("😀𝄞");
}

void TestJsonText::roundTrips()
{
    // Escaped, not dropped: a parser gives back exactly the text.
    QFETCH(QString, text);
    const QByteArray json = "[" + TokenDesk::jsonString(text) + "]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), text);
}

void TestJsonText::noRawControlForAnyCharacter()
{
    const QByteArray json = TokenDesk::jsonString(everyBmpCharacter());
    QCOMPARE(firstRawControl(json), QByteArray());
    QVERIFY(json.contains(R"(\u007f\u0080\u0081)"));
    QVERIFY(json.contains(R"(\u009e\u009f)"
                          "\xc2\xa0"));
    QVERIFY(json.contains(R"(\u2028\u2029)"));
}

void TestJsonText::loneSurrogatesAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("high alone") << QString(QChar(0xd83d)) << QByteArray(R"("\ud83d")");
    QTest::newRow("low alone") << QString(QChar(0xde00)) << QByteArray(R"("\ude00")");
    QTest::newRow("high before text")
        << QString(QChar(0xd83d)) + QLatin1Char('a') << QByteArray(R"("\ud83da")");
    QTest::newRow("reversed pair")
        << QString(QChar(0xde00)) + QChar(0xd83d) << QByteArray(R"("\ude00\ud83d")");
}

void TestJsonText::loneSurrogatesAreEscaped()
{
    // A server's JSON may carry "\ud83d" alone, so a name or message can hold a
    // lone surrogate. UTF-8 cannot: it is written as the escape JSON allows
    // for any code unit (RFC 8259, 7), so the output stays valid UTF-8 and a
    // reader gets back exactly the text, rather than U+FFFD in its place.
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray json = TokenDesk::jsonString(text);
    QCOMPARE(json, expected);
    QCOMPARE(QString::fromUtf8(json).toUtf8(), json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), text);
}

void TestJsonText::escapeJsonControlsInAWholeDocument()
{
    // The customer list is written as QJsonDocument objects: names, keys and
    // nested values are escaped alike, and the object still parses the same.
    QJsonObject object;
    object.insert(QStringLiteral("name\u009b"), QStringLiteral("A\u007fB\u2028C\u0085"));
    object.insert(QStringLiteral("nested"), QJsonArray{QStringLiteral("\u2029"), 7, true});
    const QByteArray raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QVERIFY(!firstRawControl(raw).isEmpty()); // the reason this function exists

    const QByteArray escaped = escapeJsonControls(raw);
    QCOMPARE(firstRawControl(escaped), QByteArray());
    QCOMPARE(escaped,
             QByteArray(R"({"name\u009b":"A\u007fB\u2028C\u0085","nested":["\u2029",7,true]})"));
    QCOMPARE(QJsonDocument::fromJson(escaped).object(), object);
}

void TestJsonText::escapeJsonControlsLeavesOtherSequences_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("NBSP and beyond") << QByteArray("\"\xc2\xa0\xc2\xbf\"");
    QTest::newRow("U+2000..U+2027") << QByteArray("\"\xe2\x80\x80\xe2\x80\xa7\"");
    QTest::newRow("U+202A..U+202F") << QByteArray("\"\xe2\x80\xaa\xe2\x80\xaf\"");
    QTest::newRow("U+20A8") << QByteArray("\"\xe2\x82\xa8\"");
    QTest::newRow("C2 at the end") << QByteArray("\xc2");
    QTest::newRow("E2 80 at the end") << QByteArray("\xe2\x80");
    QTest::newRow("emoji") << QByteArray("\"\xf0\x9f\x98\x80\"");
}

void TestJsonText::escapeJsonControlsLeavesOtherSequences()
{
    QFETCH(QByteArray, json);
    QCOMPARE(escapeJsonControls(json), json);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
