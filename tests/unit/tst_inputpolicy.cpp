// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inputpolicy.h"

#include <QRegularExpression>
#include <QTest>

using namespace TokenDesk;

class TestInputPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_data();
    void baseUrl();
    void agencyKey_data();
    void agencyKey();
    void problemsNeverQuoteTheKey();
    void userId_data();
    void userId();
    void userIdProblemsSayWhy();
    void trimmedUserIds_data();
    void trimmedUserIds();
    void memberType_data();
    void memberType();
    void memberEmail_data();
    void memberEmail();
};

void TestInputPolicy::baseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("production") << QStringLiteral("https://api.v7.botpenguin.com") << true;
    QTest::newRow("https with path") << QStringLiteral("https://proxy.example/bp/") << true;
    QTest::newRow("https with port") << QStringLiteral("https://proxy.example:8443") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234") << true;
    QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:99") << true;
    QTest::newRow("padded") << QStringLiteral("  https://h.example  ") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.v7.botpenguin.com") << false;
    QTest::newRow("http private range") << QStringLiteral("http://192.168.1.5") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.evil.example") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://h.example") << false;
    QTest::newRow("no scheme") << QStringLiteral("api.v7.botpenguin.com") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@h.example") << false;
    QTest::newRow("query") << QStringLiteral("https://h.example/?a=b") << false;
    QTest::newRow("fragment") << QStringLiteral("https://h.example/#x") << false;
    QTest::newRow("garbage") << QStringLiteral("https://exa mple") << false;
    QTest::newRow("https port 0") << QStringLiteral("https://127.0.0.1:0") << false;
    QTest::newRow("http localhost port 0") << QStringLiteral("http://localhost:0/ext") << false;
    QTest::newRow("port 1") << QStringLiteral("https://h.example:1") << true;
    QTest::newRow("port 65535") << QStringLiteral("https://h.example:65535") << true;
    QTest::newRow("port 65536") << QStringLiteral("https://h.example:65536") << false;
}

void TestInputPolicy::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const BaseUrlCheck check = checkBaseUrl(url);
    QCOMPARE(check.ok(), accepted);
    QCOMPARE(check.problem.isEmpty(), accepted);
}

void TestInputPolicy::agencyKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << QStringLiteral("abc123") << true << QStringLiteral("abc123");
    QTest::newRow("trimmed") << QStringLiteral("  abc123\n") << true << QStringLiteral("abc123");
    QTest::newRow("latin-1") << QStringLiteral("cl\u00e9") << true << QStringLiteral("cl\u00e9");
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << false << QString();
    QTest::newRow("inner newline") << QStringLiteral("abc\ndef") << false << QString();
    QTest::newRow("carriage return") << QStringLiteral("abc\rdef") << false << QString();
    QTest::newRow("nul") << QString::fromLatin1("ab\0c", 4) << false << QString();
    QTest::newRow("non latin-1") << QStringLiteral("ключ") << false << QString();
    // A pasted header value: the Authorization header adds its own "Bearer ".
    QTest::newRow("Bearer prefix")
        << QStringLiteral("Bearer abc123") << true << QStringLiteral("abc123");
    QTest::newRow("bearer, any case, padded")
        << QStringLiteral("  bEaReR   abc123 ") << true << QStringLiteral("abc123");
    QTest::newRow("Bearer alone") << QStringLiteral("Bearer ") << true << QStringLiteral("Bearer");
    QTest::newRow("Bearer inside")
        << QStringLiteral("abcBearer 1") << true << QStringLiteral("abcBearer 1");
    QTest::newRow("Bearer without space")
        << QStringLiteral("Bearerabc") << true << QStringLiteral("Bearerabc");
    QTest::newRow("4 KiB") << QString(4096, u'k') << true << QString(4096, u'k');
    QTest::newRow("4 KiB and one") << QString(4097, u'k') << false << QString();
    QTest::newRow("100 KB") << QString(100000, u'k') << false << QString();
}

void TestInputPolicy::agencyKey()
{
    QFETCH(QString, key);
    QFETCH(bool, accepted);
    QFETCH(QString, normalised);
    const AgencyKeyCheck check = checkAgencyKey(key);
    QCOMPARE(check.ok(), accepted);
    if (accepted) {
        QCOMPARE(check.key, normalised);
        QCOMPARE(check.droppedBearer, key.trimmed().startsWith(u"bearer ", Qt::CaseInsensitive));
    }
    // Never the key itself, however long.
    QVERIFY(check.problem.size() < 300);
}

void TestInputPolicy::problemsNeverQuoteTheKey()
{
    const QString canary = QStringLiteral("CANARY-key-7f3e\nsecond-line");
    const AgencyKeyCheck check = checkAgencyKey(canary);
    QVERIFY(!check.ok());
    QVERIFY(!check.problem.contains(QLatin1String("CANARY")));
}

void TestInputPolicy::userId_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("object id") << QStringLiteral("64f1a2b3c4d5e6f708192a3b") << true;
    QTest::newRow("tricky but printable") << QStringLiteral("a+b&c=d#e%f g/ü") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("escape") << QStringLiteral("a\x1b[2Jb") << false;
    QTest::newRow("1,000 characters") << QString(1000, u'a') << true;
    QTest::newRow("1,001 characters") << QString(1001, u'a') << false;
    QTest::newRow("20,000 characters") << QString(20000, u'a') << false;
    QTest::newRow("zero width space inside") << QStringLiteral("abc\u200Bdef") << false;
    QTest::newRow("BOM inside") << QStringLiteral("abc\uFEFFdef") << false;
    QTest::newRow("left-to-right mark at the end") << QStringLiteral("abc\u200E") << false;
    QTest::newRow("soft hyphen inside") << QStringLiteral("ab\u00ADc") << false;
}

void TestInputPolicy::userId()
{
    QFETCH(QString, userId);
    QFETCH(bool, accepted);
    const QString problem = userIdProblem(userId);
    QCOMPARE(problem.isEmpty(), accepted);
    QVERIFY(problem.size() < 300); // never the ID itself
}

void TestInputPolicy::userIdProblemsSayWhy()
{
    QVERIFY2(
        userIdProblem(QString(1001, u'a')).contains(QRegularExpression(QStringLiteral("1,?000"))),
        qPrintable(userIdProblem(QString(1001, u'a'))));
    const QString invisible = userIdProblem(QStringLiteral("abc\u200Bdef"));
    QVERIFY2(invisible.contains(QLatin1String("U+200B")), qPrintable(invisible));
    QVERIFY2(invisible.contains(QLatin1String("invisible")), qPrintable(invisible));
}

void TestInputPolicy::trimmedUserIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("trimmed");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("spaces") << QStringLiteral("  abc\t") << QStringLiteral("abc");
    QTest::newRow("BOM first") << QStringLiteral("\uFEFFabc") << QStringLiteral("abc");
    QTest::newRow("zero width space last") << QStringLiteral("abc\u200B") << QStringLiteral("abc");
    QTest::newRow("mixed at both ends")
        << QStringLiteral(" \u200E\uFEFF abc \u200B\u2060 ") << QStringLiteral("abc");
    QTest::newRow("inside kept") << QStringLiteral("\u200Ba\u200Bb\u200B")
                                 << QStringLiteral("a\u200Bb");
    QTest::newRow("only invisible") << QStringLiteral("\u200B\uFEFF") << QString();
}

void TestInputPolicy::trimmedUserIds()
{
    QFETCH(QString, text);
    QFETCH(QString, trimmed);
    QCOMPARE(trimmedUserId(text), trimmed);
    // What trimming leaves is acceptable unless something is inside.
    if (!trimmed.isEmpty() && !trimmed.contains(QChar(0x200B)))
        QCOMPARE(userIdProblem(trimmedUserId(text)), QString());
}

void TestInputPolicy::memberType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type"); // empty: refused
    QTest::newRow("AGENT") << QStringLiteral("AGENT") << QStringLiteral("AGENT");
    QTest::newRow("agent") << QStringLiteral("agent") << QStringLiteral("AGENT");
    QTest::newRow("Custom_User padded")
        << QStringLiteral(" Custom_User ") << QStringLiteral("CUSTOM_USER");
    QTest::newRow("customer") << QStringLiteral("customer") << QStringLiteral("CUSTOMER");
    QTest::newRow("custom user with a space") << QStringLiteral("custom user") << QString();
    QTest::newRow("customers") << QStringLiteral("CUSTOMERS") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestInputPolicy::memberType()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QCOMPARE(memberTypeFromText(text), type);
}

void TestInputPolicy::memberEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("agent1@sandbox.example") << true;
    QTest::newRow("plus and unicode") << QStringLiteral("ü+tag@例え.example") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("  ") << false;
    QTest::newRow("no at") << QStringLiteral("agent1") << false;
    QTest::newRow("newline") << QStringLiteral("a@b\nc") << false;
}

void TestInputPolicy::memberEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, accepted);
    QCOMPARE(memberEmailProblem(email).isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestInputPolicy)
#include "tst_inputpolicy.moc"
