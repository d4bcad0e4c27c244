// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/httpexchange.h"
#include "core/logging.h"
#include "core/requestbuilder.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

const QString CanaryKey = QStringLiteral("ak_CANARY_5e1d9b3f7a");

QStringList capturedLines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("tokendesk.network"))
        capturedLines.append(message);
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactedRequestLine_data();
    void redactedRequestLine();
    void httpExchangeLogsTheSameLine_data();
    void httpExchangeLogsTheSameLine();
    void cleanup();
};

void TestLogging::redactedRequestLine_data()
{
    const QUrl base(QStringLiteral("https://api.example.com/partner"));
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user ID") << tokenUrl(base, TokenQuery::forUser(QStringLiteral("u1")))
                             << QStringLiteral("GET https://api.example.com/partner/ext/"
                                               "get-user-token?userId=u1 authtype: Key, "
                                               "Authorization: Bearer ***");
    // Exactly the bytes that go out: '+' and non-ASCII stay percent-encoded.
    QTest::newRow("encoded") << tokenUrl(base, TokenQuery::forUser(QStringLiteral("a+b ü")))
                             << QStringLiteral("GET https://api.example.com/partner/ext/"
                                               "get-user-token?userId=a%2Bb%20%C3%BC authtype: "
                                               "Key, Authorization: Bearer ***");
    QTest::newRow("customer page") << customerListUrl(base, 3)
                                   << QStringLiteral("GET https://api.example.com/partner/customer/"
                                                     "list?page=3&sort=createdAt authtype: Key, "
                                                     "Authorization: Bearer ***");
}

void TestLogging::redactedRequestLine()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(TokenDesk::redactedRequestLine(url), expected);
}

void TestLogging::httpExchangeLogsTheSameLine_data()
{
    QTest::addColumn<bool>("customerPage");
    QTest::newRow("token") << false;
    QTest::newRow("customer page") << true;
}

void TestLogging::httpExchangeLogsTheSameLine()
{
    // A loopback server that accepts and never answers: the exchange goes out,
    // and cancel() ends it.
    QFETCH(bool, customerPage);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    const QUrl url = customerPage ? customerListUrl(base, 2)
                                  : tokenUrl(base, TokenQuery::forUser(QStringLiteral("u 7")));

    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.network.debug=true"));
    qInstallMessageHandler(capture);
    QNetworkAccessManager network;
    HttpExchange exchange(partnerRequest(url, CanaryKey), {1 << 20, 60s, 1});
    exchange.start(&network);
    QSignalSpy done(&exchange, &HttpExchange::done);
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 30000);
    exchange.cancel();
    QCOMPARE(done.count(), 1);
    qInstallMessageHandler(nullptr);

    QVERIFY2(!capturedLines.isEmpty(), "nothing logged");
    QCOMPARE(capturedLines.first(), TokenDesk::redactedRequestLine(url));
    for (const QString &line : std::as_const(capturedLines))
        QVERIFY2(!line.contains(CanaryKey), qPrintable(line));
}

void TestLogging::cleanup()
{
    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());
    capturedLines.clear();
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
