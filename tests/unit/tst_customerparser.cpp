// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;

Q_DECLARE_METATYPE(TokenDesk::ErrorKind)

namespace {
QByteArray page(const QByteArray &data)
{
    return R"({"success":true,"message":"","data":)" + data + R"(,"code":200})";
}
} // namespace

class TestCustomerParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesContractExample();
    void readsEveryField();
    void parsesPages_data();
    void parsesPages();
    void keepsServerMessage();
    void toJsonRoundTrip();
    void toJsonFieldNames();
};

void TestCustomerParser::parsesContractExample()
{
    // Verbatim from CONTRACT.md, placeholders and all: the dates are not
    // dates, so they stay invalid, and nothing else suffers.
    const QByteArray body =
        QString::fromUtf8(R"({"success":true,"message":"","data":[{"_id":"…","name":"…",)"
                          R"("contact":{"email":"…"},"verified":true,"status":"ACTIVE",)"
                          R"("subscriptionType":"v2","createdAt":"…","updatedAt":"…",)"
                          R"("lastLogin":"…"}],"code":200})")
            .toUtf8();
    const CustomerPageResult result = parseCustomerPage(200, body);
    QVERIFY(result.ok);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.skipped, 0);
    QCOMPARE(result.customers.size(), 1);
    const Customer &c = result.customers.first();
    QCOMPARE(c.id, QString(QChar(0x2026)));
    QCOMPARE(c.email, QString(QChar(0x2026)));
    QCOMPARE(c.verified, true);
    QCOMPARE(c.status, QStringLiteral("ACTIVE"));
    QCOMPARE(c.subscriptionType, QStringLiteral("v2"));
    QVERIFY(!c.createdAt.isValid());
    QVERIFY(!c.updatedAt.isValid());
    QVERIFY(!c.lastLogin.isValid());
}

void TestCustomerParser::readsEveryField()
{
    const CustomerPageResult result = parseCustomerPage(200, page(R"([
        {"_id":"65a1f0c2e4b0a1b2c3d4e5f6","name":"Zürich Café & Sons",
         "contact":{"email":"owner@zurich-cafe.example","phone":"+41"},"verified":false,
         "status":"INACTIVE","subscriptionType":"free","createdAt":"2024-05-01T09:30:00.123Z",
         "updatedAt":"2024-05-02T10:00:00Z","lastLogin":"2024-05-03T12:00:00.500+02:00",
         "extra":{"ignored":true}},
        {"_id":"b"}])"));
    QVERIFY(result.ok);
    QCOMPARE(result.customers.size(), 2);
    const Customer &c = result.customers.at(0);
    QCOMPARE(c.id, QStringLiteral("65a1f0c2e4b0a1b2c3d4e5f6"));
    QCOMPARE(c.name, QString::fromUtf8("Zürich Café & Sons"));
    QCOMPARE(c.email, QStringLiteral("owner@zurich-cafe.example"));
    QCOMPARE(c.verified, false);
    QCOMPARE(c.status, QStringLiteral("INACTIVE"));
    QCOMPARE(c.subscriptionType, QStringLiteral("free"));
    QCOMPARE(c.createdAt, QDateTime(QDate(2024, 5, 1), QTime(9, 30, 0, 123), QTimeZone::utc()));
    QCOMPARE(c.updatedAt, QDateTime(QDate(2024, 5, 2), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(c.lastLogin.toUTC(),
             QDateTime(QDate(2024, 5, 3), QTime(10, 0, 0, 500), QTimeZone::utc()));

    // Only the id is required; the rest stays empty, false or invalid.
    const Customer &bare = result.customers.at(1);
    QCOMPARE(bare.id, QStringLiteral("b"));
    QVERIFY(bare.name.isEmpty());
    QVERIFY(bare.email.isEmpty());
    QCOMPARE(bare.verified, false);
    QVERIFY(!bare.createdAt.isValid());
}

void TestCustomerParser::parsesPages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("skipped");

    QTest::newRow("empty page, the end") << 200 << page("[]") << true << ErrorKind::None << 0 << 0;
    QTest::newRow("two customers")
        << 200 << page(R"([{"_id":"a","name":"A"},{"_id":"b","name":"B"}])") << true
        << ErrorKind::None << 2 << 0;
    QTest::newRow("missing fields")
        << 200 << page(R"([{"_id":"a"}])") << true << ErrorKind::None << 1 << 0;
    QTest::newRow("fields of the wrong type count as missing")
        << 200
        << page(R"([{"_id":"a","name":7,"contact":"x","verified":"yes","createdAt":12,)"
                R"("lastLogin":null,"status":["ACTIVE"]}])")
        << true << ErrorKind::None << 1 << 0;
    QTest::newRow("garbled date") << 200 << page(R"([{"_id":"a","createdAt":"yesterday"}])") << true
                                  << ErrorKind::None << 1 << 0;
    QTest::newRow("entry without _id skipped")
        << 200 << page(R"([{"name":"no id"},{"_id":"b"}])") << true << ErrorKind::None << 1 << 1;
    QTest::newRow("numeric _id skipped") << 200 << page(R"([{"_id":42},{"_id":"b"},{"_id":""}])")
                                         << true << ErrorKind::None << 1 << 2;
    QTest::newRow("entries that are not objects skipped")
        << 200 << page(R"([1,"a",null,[],{"_id":"b"}])") << true << ErrorKind::None << 1 << 4;
    QTest::newRow("data is an object")
        << 200 << page(R"({"_id":"a"})") << false << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("data null") << 200 << page("null") << false << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("no data") << 200 << QByteArray(R"({"success":true})") << false
                             << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("success false under 200")
        << 200 << QByteArray(R"({"success":false,"message":"Agency suspended","data":[]})") << false
        << ErrorKind::Server << 0 << 0;
    QTest::newRow("success false, code 401")
        << 200 << QByteArray(R"({"success":false,"message":"Invalid key","code":401})") << false
        << ErrorKind::Auth << 0 << 0;
    QTest::newRow("success false, code 403 refuses the agency")
        << 200 << QByteArray(R"({"success":false,"message":"Not a partner","code":403})") << false
        << ErrorKind::Auth << 0 << 0;
    QTest::newRow("success as string") << 200 << QByteArray(R"({"success":"true","data":[]})")
                                       << false << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("html under 200") << 200 << QByteArray("<html><body>Maintenance</body></html>")
                                    << false << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("html 502") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>") << false
                              << ErrorKind::Server << 0 << 0;
    QTest::newRow("empty body") << 200 << QByteArray() << false << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("json array") << 200 << QByteArray(R"([{"_id":"a"}])") << false
                                << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("truncated") << 200 << QByteArray(R"({"success":true,"data":[{"_id":"a)") << false
                               << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("binary garbage")
        << 200 << QByteArray("\x00\xff\xfe[", 4) << false << ErrorKind::BadResponse << 0 << 0;
    QTest::newRow("401") << 401 << QByteArray(R"({"success":false,"message":"Invalid API key"})")
                         << false << ErrorKind::Auth << 0 << 0;
    QTest::newRow("403") << 403 << QByteArray() << false << ErrorKind::Auth << 0 << 0;
    QTest::newRow("404") << 404 << QByteArray() << false << ErrorKind::NotFound << 0 << 0;
    QTest::newRow("429") << 429 << QByteArray() << false << ErrorKind::RateLimited << 0 << 0;
    QTest::newRow("503") << 503 << page(R"([{"_id":"a"}])") << false << ErrorKind::Server << 0 << 0;
}

void TestCustomerParser::parsesPages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(ErrorKind, kind);
    QFETCH(int, customers);
    QFETCH(int, skipped);
    const CustomerPageResult result = parseCustomerPage(status, body);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.errorKind, kind);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.customers.size(), customers);
    QCOMPARE(result.skipped, skipped);
    // Every failure carries a sentence a person can read.
    QCOMPARE(result.error.isEmpty(), ok);
}

void TestCustomerParser::keepsServerMessage()
{
    QCOMPARE(parseCustomerPage(200, R"({"success":false,"message":"Agency suspended"})").error,
             QStringLiteral("Agency suspended"));
    const QString rejected =
        parseCustomerPage(401, R"({"success":false,"message":"Invalid API key"})").error;
    QVERIFY2(rejected.contains(QLatin1String("Invalid API key")), qPrintable(rejected));
    QVERIFY2(rejected.contains(QLatin1String("401")), qPrintable(rejected));
    // A 404 of the list means a wrong address, not a missing customer.
    const QString notFound = parseCustomerPage(404, {}).error;
    QVERIFY2(notFound.contains(QLatin1String("base URL")), qPrintable(notFound));
}

void TestCustomerParser::toJsonRoundTrip()
{
    Customer c;
    c.id = QStringLiteral("65a1f0c2e4b0a1b2c3d4e5f6");
    c.name = QString::fromUtf8("Café \"Quoted\", Ltd");
    c.email = QStringLiteral("a@b.example");
    c.verified = true;
    c.status = QStringLiteral("ACTIVE");
    c.subscriptionType = QStringLiteral("v2");
    c.createdAt = QDateTime(QDate(2023, 1, 9), QTime(8, 30, 0, 7), QTimeZone::utc());
    c.updatedAt = QDateTime(QDate(2023, 2, 1), QTime(0, 0), QTimeZone::utc());
    // lastLogin unknown
    const QJsonObject json = customerToJson(c);
    const QByteArray body = page(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact));
    const CustomerPageResult result = parseCustomerPage(200, body);
    QVERIFY(result.ok);
    QCOMPARE(result.customers.size(), 1);
    const Customer &back = result.customers.first();
    QCOMPARE(back.id, c.id);
    QCOMPARE(back.name, c.name);
    QCOMPARE(back.email, c.email);
    QCOMPARE(back.verified, c.verified);
    QCOMPARE(back.status, c.status);
    QCOMPARE(back.subscriptionType, c.subscriptionType);
    QCOMPARE(back.createdAt, c.createdAt);
    QCOMPARE(back.updatedAt, c.updatedAt);
    QVERIFY(!back.lastLogin.isValid());
}

void TestCustomerParser::toJsonFieldNames()
{
    Customer c;
    c.id = QStringLiteral("x");
    c.email = QStringLiteral("e@x.example");
    // A local time comes out as UTC, with milliseconds and a Z.
    c.createdAt = QDateTime(QDate(2024, 5, 1), QTime(11, 30), QTimeZone(7200));
    const QJsonObject json = customerToJson(c);
    QStringList keys = json.keys();
    keys.sort();
    QStringList expected{QStringLiteral("_id"),       QStringLiteral("name"),
                         QStringLiteral("contact"),   QStringLiteral("verified"),
                         QStringLiteral("status"),    QStringLiteral("subscriptionType"),
                         QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                         QStringLiteral("lastLogin")};
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(json.value(QLatin1String("contact")).toObject().value(QLatin1String("email")),
             QJsonValue(QStringLiteral("e@x.example")));
    QCOMPARE(json.value(QLatin1String("createdAt")).toString(),
             QStringLiteral("2024-05-01T09:30:00.000Z"));
    QVERIFY(json.value(QLatin1String("updatedAt")).isNull());
    QCOMPARE(json.value(QLatin1String("verified")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestCustomerParser)
#include "tst_customerparser.moc"
