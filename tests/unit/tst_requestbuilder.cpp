// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requestbuilder.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace TokenDesk;

namespace {

// What Qt's HTTP layer really sends for a request: the head's bytes as a
// loopback server receives them, up to the blank line.
class WireCapture final : public QObject
{
    Q_OBJECT

public:
    WireCapture()
    {
        m_manager.setProxy(QNetworkProxy::NoProxy); // straight to loopback
        connect(&m_server, &QTcpServer::newConnection, this, &WireCapture::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    // Sends the request and returns its head; empty if none arrived.
    QByteArray headOf(const QNetworkRequest &request)
    {
        m_head.clear();
        std::unique_ptr<QNetworkReply> reply(m_manager.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!QTest::qWaitFor([this] { return !m_head.isEmpty(); }, 10000))
            return {};
        if (!finished.wait(10000)) // a hang guard: the server answers at once
            return {};
        return m_head;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            read(socket);
        }
    }
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_head = buffer.left(end + 2); // each line keeps its CRLF
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QNetworkAccessManager m_manager;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_head;
};

// The head's lines after the request line, name and value as sent.
QList<QByteArray> headerLines(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    lines.removeAll(QByteArray());
    return lines.mid(1);
}

} // namespace

class TestRequestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodesUserId_data();
    void encodesUserId();
    void joinsBasePath_data();
    void joinsBasePath();
    void encodesMemberQuery();
    void customerListUrl();
    void setsExactlyThePartnerHeaders();
    void sendsTheHeadersOnTheWire();

private:
    WireCapture m_wire;
};

void TestRequestBuilder::initTestCase()
{
    QVERIFY(m_wire.listen());
}

void TestRequestBuilder::encodesUserId_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QByteArray>("encodedQuery");

    QTest::newRow("object id") << QStringLiteral("64f1a2b3c4d5e6f708192a3b")
                               << QByteArray("userId=64f1a2b3c4d5e6f708192a3b");
    QTest::newRow("unreserved kept")
        << QStringLiteral("a-b.c_d~e") << QByteArray("userId=a-b.c_d~e");
    QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("userId=a%2Bb");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QByteArray("userId=a%26b");
    QTest::newRow("equals") << QStringLiteral("a=b") << QByteArray("userId=a%3Db");
    QTest::newRow("hash") << QStringLiteral("a#b") << QByteArray("userId=a%23b");
    QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("userId=100%25");
    QTest::newRow("already encoded") << QStringLiteral("a%2Bb") << QByteArray("userId=a%252Bb");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("userId=a%20b");
    QTest::newRow("slash and question")
        << QStringLiteral("a/b?c") << QByteArray("userId=a%2Fb%3Fc");
    QTest::newRow("non-ascii") << QStringLiteral("jos\u00e9") << QByteArray("userId=jos%C3%A9");
    QTest::newRow("emoji") << QStringLiteral("\U0001F427") << QByteArray("userId=%F0%9F%90%A7");
    QTest::newRow("semicolon comma") << QStringLiteral("a;b,c") << QByteArray("userId=a%3Bb%2Cc");
    QTest::newRow("quotes brackets")
        << QStringLiteral("\"[x]'") << QByteArray("userId=%22%5Bx%5D%27");
}

void TestRequestBuilder::encodesUserId()
{
    QFETCH(QString, userId);
    QFETCH(QByteArray, encodedQuery);
    const QUrl base(QStringLiteral("https://api.v7.botpenguin.com"));
    const QUrl url = tokenUrl(base, TokenQuery::forUser(userId));
    QCOMPARE(url.toEncoded(),
             QByteArray("https://api.v7.botpenguin.com/ext/get-user-token?") + encodedQuery);
    QCOMPARE(url.query(QUrl::FullyEncoded).toLatin1(), encodedQuery);
    // The server decodes exactly what was typed.
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded), userId);
    // The request keeps those bytes, and Qt's HTTP layer sends them unchanged
    // (it must not re-encode or normalise what tokenUrl() encoded).
    const QNetworkRequest request = partnerRequest(url, QStringLiteral("k3y"));
    QCOMPARE(request.url().toEncoded(), url.toEncoded());
    const QByteArray head = m_wire.headOf(partnerRequest(
        tokenUrl(m_wire.baseUrl(), TokenQuery::forUser(userId)), QStringLiteral("k3y")));
    QVERIFY2(!head.isEmpty(), "nothing reached the loopback server");
    QCOMPARE(head.left(head.indexOf("\r\n")),
             QByteArray("GET /ext/get-user-token?") + encodedQuery + QByteArray(" HTTP/1.1"));
}

void TestRequestBuilder::joinsBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bare host") << QStringLiteral("https://h.example")
                               << QByteArray("https://h.example/ext/get-user-token?userId=x");
    QTest::newRow("trailing slash") << QStringLiteral("https://h.example/")
                                    << QByteArray("https://h.example/ext/get-user-token?userId=x");
    QTest::newRow("path prefix") << QStringLiteral("https://h.example/api/v7/")
                                 << QByteArray(
                                        "https://h.example/api/v7/ext/get-user-token?userId=x");
    QTest::newRow("loopback port")
        << QStringLiteral("http://127.0.0.1:8080")
        << QByteArray("http://127.0.0.1:8080/ext/get-user-token?userId=x");
}

void TestRequestBuilder::joinsBasePath()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, expected);
    QCOMPARE(tokenUrl(QUrl(base), TokenQuery::forUser(QStringLiteral("x"))).toEncoded(), expected);
}

void TestRequestBuilder::encodesMemberQuery()
{
    const QUrl url = tokenUrl(
        QUrl(QStringLiteral("https://h.example")),
        TokenQuery::forMember(QStringLiteral("ana+ops@x.example"), QStringLiteral("CUSTOM_USER")));
    QCOMPARE(url.toEncoded(), QByteArray("https://h.example/ext/get-user-token"
                                         "?email=ana%2Bops%40x.example&type=CUSTOM_USER"));
}

void TestRequestBuilder::customerListUrl()
{
    QCOMPARE(TokenDesk::customerListUrl(QUrl(QStringLiteral("https://h.example/")), 3).toEncoded(),
             QByteArray("https://h.example/customer/list?page=3&sort=createdAt"));
}

void TestRequestBuilder::setsExactlyThePartnerHeaders()
{
    const QNetworkRequest request =
        partnerRequest(QUrl(QStringLiteral("https://h.example/x")), QStringLiteral("k3y-ABC"));
    QCOMPARE(request.rawHeaderList(),
             (QList<QByteArray>{"authtype", "Authorization", "Accept", "User-Agent"}));
    QCOMPARE(request.rawHeader("authtype"), QByteArray("Key"));
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer k3y-ABC"));
    QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
    QVERIFY(request.rawHeader("User-Agent").startsWith("TokenDesk/"));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(defaultBaseUrl(), QUrl(QStringLiteral("https://api.v7.botpenguin.com")));
}

void TestRequestBuilder::sendsTheHeadersOnTheWire()
{
    const QByteArray head = m_wire.headOf(
        partnerRequest(TokenDesk::customerListUrl(m_wire.baseUrl(), 2), QStringLiteral("k3y-ABC")));
    QVERIFY2(!head.isEmpty(), "nothing reached the loopback server");
    QCOMPARE(head.left(head.indexOf("\r\n")),
             QByteArray("GET /customer/list?page=2&sort=createdAt HTTP/1.1"));
    const QList<QByteArray> lines = headerLines(head);
    QVERIFY2(lines.contains("authtype: Key"), head.constData());
    QVERIFY2(lines.contains("Authorization: Bearer k3y-ABC"), head.constData());
    QVERIFY2(lines.contains("Accept: application/json"), head.constData());
    // Each partner header once: no second Authorization from anywhere else.
    const auto count = [&lines](const QByteArray &name) {
        return std::count_if(lines.cbegin(), lines.cend(), [&name](const QByteArray &line) {
            return line.toLower().startsWith(QByteArray(name.toLower() + ':'));
        });
    };
    QCOMPARE(count("authtype"), 1);
    QCOMPARE(count("Authorization"), 1);
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
