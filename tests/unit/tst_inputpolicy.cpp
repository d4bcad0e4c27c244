// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inputpolicy.h"

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
}

void TestInputPolicy::agencyKey()
{
    QFETCH(QString, key);
    QFETCH(bool, accepted);
    QFETCH(QString, normalised);
    const AgencyKeyCheck check = checkAgencyKey(key);
    QCOMPARE(check.ok(), accepted);
    if (accepted)
        QCOMPARE(check.key, normalised);
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
}

void TestInputPolicy::userId()
{
    QFETCH(QString, userId);
    QFETCH(bool, accepted);
    QCOMPARE(userIdProblem(userId).isEmpty(), accepted);
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
