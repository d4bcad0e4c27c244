// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace TokenDesk::Sandbox;
using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 10000;

// One reply as read off the wire by RawClient.
struct RawReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool complete = false; // the whole announced body arrived

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A plain socket client, so that tests see exactly what goes over the wire.
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    QTcpSocket &socket() { return m_socket; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // Waits for one complete reply, or for the server to close.
    RawReply read(int timeout = Timeout)
    {
        // A timeout shows as an incomplete reply, which the caller checks.
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [this] {
                pull();
                return m_socket.state() == QAbstractSocket::UnconnectedState ||
                       parse(false).complete;
            },
            timeout);
        pull();
        return parse(true);
    }
    QByteArray pending()
    {
        pull();
        return m_buffer;
    }

private:
    void pull() { m_buffer += m_socket.readAll(); }

    RawReply parse(bool consume)
    {
        RawReply reply;
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return reply;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        reply.status = lines.front().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = reply.header("Content-Length").toLongLong();
        reply.body = m_buffer.mid(end + 4, length);
        reply.complete = reply.body.size() == length;
        if (consume)
            m_buffer.remove(0, end + 4 + reply.body.size());
        return reply;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray requestFor(const QByteArray &target, const QString &key = SandboxServer::demoKey(),
                      const QByteArray &extra = QByteArray())
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
           key.toUtf8() + "\r\nauthtype: Key\r\n" + extra + "\r\n";
}

QByteArray tokenTarget(const QString &userId)
{
    return "/ext/get-user-token?userId=" + QUrl::toPercentEncoding(userId);
}

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listening();
    void customerToken();
    void auth_data();
    void auth();
    void customAgencyKey();
    void tokenErrors_data();
    void tokenErrors();
    void teamMembers_data();
    void teamMembers();
    void customerList();
    void customerListPaging();
    void generatedData();
    void echoDecodesExactly();
    void faults_data();
    void faults();
    void faultsNeedTheKey();
    void hang();
    void reset();
    void truncated();
    void closeAfterHeaders();
    void drip();
    void huge();
    void flaky();
    void keepAliveSequential();
    void pipelined();
    void connectionClose();
    void malformedRequest();
    void methodAndPath();
    void parallelRequestsAndCounters();
    void destroyWithOpenConnections();

private:
    RawReply fetch(const QByteArray &request);
    QNetworkReply *nam(const QString &target, const QString &key = SandboxServer::demoKey());

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestSandboxServer::initTestCase()
{
    // A proxy from the environment must not get between the test and loopback.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
}

void TestSandboxServer::cleanup()
{
    m_server.reset();
    m_nam.clearConnectionCache();
}

RawReply TestSandboxServer::fetch(const QByteArray &request)
{
    RawClient client(m_server->port());
    client.send(request);
    return client.read();
}

QNetworkReply *TestSandboxServer::nam(const QString &target, const QString &key)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + target));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setRawHeader("authtype", "Key");
    QNetworkReply *reply = m_nam.get(request);
    reply->setParent(this);
    return reply;
}

void TestSandboxServer::listening()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
    QVERIFY(!m_server->listen()); // already listening
    QCOMPARE(SandboxServer::demoKey(), QStringLiteral("demo-agency-key-0000"));
}

void TestSandboxServer::customerToken()
{
    const QList<Customer> customers = m_server->customers();
    QCOMPARE(customers.size(), DefaultCustomerCount);

    QNetworkReply *reply = nam(QString::fromLatin1(tokenTarget(customers.at(0).id)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json"));
    QCOMPARE(
        reply->readAll(),
        QByteArray("{\"success\":true,\"message\":\"\",\"data\":{\"permanentToken\":{\"key\":\"" +
                   customers.at(0).tokenKey.toLatin1() + "\",\"active\":true}},\"code\":200}"));
    QCOMPARE(m_server->lastDecodedUserId(), customers.at(0).id);

    // Every fifth customer's token is inactive.
    const RawReply inactive = fetch(requestFor(tokenTarget(customers.at(4).id)));
    QCOMPARE(inactive.status, 200);
    const QJsonObject token = inactive.json()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("permanentToken"))
                                  .toObject();
    QCOMPARE(token.value(QLatin1String("key")).toString(), customers.at(4).tokenKey);
    QCOMPARE(token.value(QLatin1String("active")), QJsonValue(false));
}

void TestSandboxServer::auth_data()
{
    const QByteArray target = "/ext/get-user-token?userId=x";
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("no headers") << QByteArray("GET " + target + " HTTP/1.1\r\n\r\n");
    QTest::newRow("wrong key") << requestFor(target, QStringLiteral("wrong"));
    QTest::newRow("empty key") << requestFor(target, QString());
    QTest::newRow("no authtype") << QByteArray(
        "GET " + target + " HTTP/1.1\r\nAuthorization: Bearer demo-agency-key-0000\r\n\r\n");
    QTest::newRow("authtype key") << QByteArray(
        "GET " + target +
        " HTTP/1.1\r\nAuthorization: Bearer demo-agency-key-0000\r\nauthtype: key\r\n\r\n");
    QTest::newRow("bearer lower-case") << QByteArray(
        "GET " + target +
        " HTTP/1.1\r\nAuthorization: bearer demo-agency-key-0000\r\nauthtype: Key\r\n\r\n");
    QTest::newRow("list, wrong key") << requestFor("/customer/list", QStringLiteral("wrong"));
}

void TestSandboxServer::auth()
{
    QFETCH(QByteArray, request);
    const RawReply reply = fetch(request);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QLatin1String("success")), QJsonValue(false));
    QCOMPARE(reply.json().value(QLatin1String("message")).toString(),
             QStringLiteral("Invalid API key"));
    QCOMPARE(reply.json().value(QLatin1String("code")).toInt(), 401);
    QVERIFY(reply.json().value(QLatin1String("data")).isNull());
}

void TestSandboxServer::customAgencyKey()
{
    m_server->setAgencyKey(QStringLiteral("my key"));
    const QByteArray target = tokenTarget(m_server->sampleUserIds(1).at(0));
    QCOMPARE(fetch(requestFor(target)).status, 401);
    QCOMPARE(fetch(requestFor(target, QStringLiteral("my key"))).status, 200);
}

void TestSandboxServer::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QByteArray("/ext/get-user-token?userId=000000000000000000000000")
                                << 404 << QStringLiteral("No customer with this user ID");
    QTest::newRow("no parameters") << QByteArray("/ext/get-user-token") << 400 << QString();
    QTest::newRow("empty userId") << QByteArray("/ext/get-user-token?userId=") << 400 << QString();
    QTest::newRow("email without type")
        << QByteArray("/ext/get-user-token?email=agent1%40sandbox.example") << 400 << QString();
    QTest::newRow("bad type")
        << QByteArray("/ext/get-user-token?email=agent1%40sandbox.example&type=ADMIN") << 400
        << QString();
}

void TestSandboxServer::tokenErrors()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, message);
    const RawReply reply = fetch(requestFor(target));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("success")), QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("code")).toInt(), status);
    QVERIFY(json.value(QLatin1String("data")).isNull());
    QVERIFY(!json.value(QLatin1String("message")).toString().isEmpty());
    if (!message.isEmpty())
        QCOMPARE(json.value(QLatin1String("message")).toString(), message);
}

void TestSandboxServer::teamMembers_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("active");
    QTest::newRow("agent1") << QString::fromLatin1(TeamAgentEmail1) << QStringLiteral("AGENT")
                            << 200 << true;
    QTest::newRow("agent2 inactive")
        << QString::fromLatin1(TeamAgentEmail2) << QStringLiteral("AGENT") << 200 << false;
    QTest::newRow("custom1") << QString::fromLatin1(TeamCustomUserEmail1)
                             << QStringLiteral("CUSTOM_USER") << 200 << true;
    QTest::newRow("custom2") << QString::fromLatin1(TeamCustomUserEmail2)
                             << QStringLiteral("CUSTOM_USER") << 200 << false;
    QTest::newRow("agent1 upper-case")
        << QStringLiteral("AGENT1@Sandbox.Example") << QStringLiteral("AGENT") << 200 << true;
    QTest::newRow("agent1 as custom user")
        << QString::fromLatin1(TeamAgentEmail1) << QStringLiteral("CUSTOM_USER") << 404 << false;
    QTest::newRow("unknown") << QStringLiteral("nobody@sandbox.example") << QStringLiteral("AGENT")
                             << 404 << false;
}

void TestSandboxServer::teamMembers()
{
    QFETCH(QString, email);
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(bool, active);
    const RawReply reply =
        fetch(requestFor("/ext/get-user-token?email=" + QUrl::toPercentEncoding(email) +
                         "&type=" + type.toLatin1()));
    QCOMPARE(reply.status, status);
    if (status != 200)
        return;
    const QJsonObject token = reply.json()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("permanentToken"))
                                  .toObject();
    QVERIFY(token.value(QLatin1String("key")).toString().startsWith(QLatin1String("bp_")));
    QCOMPARE(token.value(QLatin1String("active")).toBool(), active);
}

void TestSandboxServer::customerList()
{
    const QList<Customer> customers = m_server->customers();
    // Customers' contact e-mails work with type=CUSTOMER.
    for (int i : {0, 4, 39}) {
        const RawReply reply =
            fetch(requestFor("/ext/get-user-token?email=" +
                             QUrl::toPercentEncoding(customers.at(i).email) + "&type=CUSTOMER"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains(customers.at(i).tokenKey.toLatin1()));
    }

    QNetworkReply *reply = nam(QStringLiteral("/customer/list?page=1&sort=createdAt"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(json.value(QLatin1String("success")), QJsonValue(true));
    QCOMPARE(json.value(QLatin1String("code")).toInt(), 200);
    const QJsonArray page = json.value(QLatin1String("data")).toArray();
    QCOMPARE(page.size(), 20);
    const QJsonObject first = page.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("_id")).toString(), customers.at(0).id);
    QCOMPARE(first.value(QLatin1String("name")).toString(), customers.at(0).name);
    QCOMPARE(
        first.value(QLatin1String("contact")).toObject().value(QLatin1String("email")).toString(),
        customers.at(0).email);
    for (const char *field :
         {"verified", "status", "subscriptionType", "createdAt", "updatedAt", "lastLogin"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QVERIFY(!first.contains(QLatin1String("permanentToken"))); // the list does not leak tokens
}

void TestSandboxServer::customerListPaging()
{
    const auto pageOf = [this](const QByteArray &query) {
        return fetch(requestFor("/customer/list" + query));
    };
    QCOMPARE(pageOf("").json().value(QLatin1String("data")).toArray().size(), 20);
    QCOMPARE(pageOf("?page=2&sort=createdAt").json().value(QLatin1String("data")).toArray().size(),
             20);
    const RawReply past = pageOf("?page=3&sort=createdAt");
    QCOMPARE(past.status, 200);
    QCOMPARE(past.json().value(QLatin1String("data")), QJsonValue(QJsonArray()));
    QCOMPARE(pageOf("?page=0").status, 400);
    QCOMPARE(pageOf("?page=-1").status, 400);
    QCOMPARE(pageOf("?page=abc").status, 400);

    m_server->setPageSize(7);
    QSet<QString> seen;
    int page = 1;
    for (;; ++page) {
        const QJsonArray items = pageOf("?page=" + QByteArray::number(page))
                                     .json()
                                     .value(QLatin1String("data"))
                                     .toArray();
        if (items.isEmpty())
            break;
        QVERIFY(items.size() <= 7);
        for (const QJsonValue &item : items)
            seen.insert(item.toObject().value(QLatin1String("_id")).toString());
    }
    QCOMPARE(page, 7); // 40 customers: six pages, the seventh is empty
    QCOMPARE(seen.size(), DefaultCustomerCount);
}

void TestSandboxServer::generatedData()
{
    const QRegularExpression id(QStringLiteral("^[0-9a-f]{24}$"));
    const QRegularExpression key(QStringLiteral("^bp_[0-9a-f]{32}$"));
    const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    const QList<Customer> customers = m_server->customers();
    QSet<QString> ids;
    QSet<QString> emails;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        QVERIFY2(id.match(c.id).hasMatch(), qPrintable(c.id));
        QVERIFY2(key.match(c.tokenKey).hasMatch(), qPrintable(c.tokenKey));
        QCOMPARE(c.tokenActive, i % 5 != 4);
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.email.contains(u'@'));
        QVERIFY(c.status == QLatin1String("ACTIVE") || c.status == QLatin1String("INACTIVE"));
        const QJsonObject json = customerToJson(c);
        for (const char *field : {"createdAt", "updatedAt", "lastLogin"}) {
            const QString stamp = json.value(QLatin1String(field)).toString();
            QVERIFY2(iso.match(stamp).hasMatch(), qPrintable(stamp));
        }
        QVERIFY(c.updatedAt >= c.createdAt && c.lastLogin >= c.updatedAt);
        if (i > 0)
            QVERIFY(c.createdAt > customers.at(i - 1).createdAt);
        ids.insert(c.id);
        emails.insert(c.email);
    }
    QCOMPARE(ids.size(), customers.size());
    QCOMPARE(emails.size(), customers.size());

    // Deterministic: another server generates the same data.
    SandboxServer other;
    QCOMPARE(other.customers().at(7).id, customers.at(7).id);
    QCOMPARE(other.customers().at(7).tokenKey, customers.at(7).tokenKey);
    QCOMPARE(other.sampleUserIds(3),
             (QStringList{customers.at(0).id, customers.at(1).id, customers.at(2).id}));
    other.setCustomerCount(5);
    QCOMPARE(other.customers().size(), 5);
    QCOMPARE(other.customers().at(4).id, customers.at(4).id);
    QCOMPARE(other.sampleUserIds(10).size(), 5);
}

void TestSandboxServer::echoDecodesExactly()
{
    const QString userId = QString::fromUtf8("echo:a+b c%25&x=1/ü?#");
    const RawReply reply = fetch(requestFor(tokenTarget(userId)));
    QCOMPARE(reply.status, 200);
    const QJsonObject token = reply.json()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("permanentToken"))
                                  .toObject();
    QCOMPARE(token.value(QLatin1String("key")).toString(), QLatin1String("echo-token:") + userId);
    QCOMPARE(m_server->lastDecodedUserId(), userId);

    // A raw '+' is a plus, not a space.
    QCOMPARE(fetch(requestFor("/ext/get-user-token?userId=echo:a+b"))
                 .json()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("permanentToken"))
                 .toObject()
                 .value(QLatin1String("key"))
                 .toString(),
             QStringLiteral("echo-token:echo:a+b"));
    QCOMPARE(m_server->lastDecodedUserId(), QStringLiteral("echo:a+b"));
}

void TestSandboxServer::faults_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body"); // exact when it starts with '=', else contained
    QTest::addColumn<QByteArray>("retryAfter");

    const auto row = [](const char *id, int status, const char *type, const char *body,
                        const char *retry = "") {
        QTest::newRow(id) << QString::fromLatin1(id) << status << QByteArray(type)
                          << QByteArray(body) << QByteArray(retry);
    };
    row(FaultSuccessFalse, 200, "application/json",
        "={\"success\":false,\"message\":\"This customer's account is suspended\",\"data\":null,"
        "\"code\":403}");
    row(FaultForbidden, 403, "application/json",
        "\"message\":\"This agency may not read that customer's token\"");
    row(FaultUnauthorized, 401, "application/json", "\"message\":\"Invalid API key\"");
    row(FaultRateLimited, 429, "application/json", "\"success\":false", "1");
    row(FaultServerError, 500, "application/json", "\"code\":500");
    row(FaultBadGateway, 502, "text/html", "<html>");
    row(FaultUnavailable, 503, "application/json", "\"code\":503", "1");
    row(FaultNotJson, 200, "text/html", "=<html><body>Service maintenance</body></html>");
    row(FaultWrongTypes, 200, "application/json",
        "={\"success\":true,\"message\":\"\",\"data\":{\"permanentToken\":{\"key\":42,\"active\":"
        "\"yes\"}},\"code\":200}");
    row(FaultEmptyBody, 200, "application/json", "=");
    row(FaultRedirectHttp, 302, "application/json", "\"success\":false");
}

void TestSandboxServer::faults()
{
    QFETCH(QString, userId);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);

    // fault-unauthorized answers 401 even with the right key.
    const RawReply reply = fetch(requestFor(tokenTarget(userId)));
    QVERIFY(reply.complete);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), contentType);
    if (body.startsWith('='))
        QCOMPARE(reply.body, body.mid(1));
    else
        QVERIFY2(reply.body.contains(body), reply.body.constData());
    QCOMPARE(reply.header("Retry-After"), retryAfter.isEmpty() ? QByteArray() : retryAfter);
    if (contentType == "application/json" && !reply.body.isEmpty())
        QCOMPARE(reply.json().value(QLatin1String("code")).toInt(),
                 userId == QLatin1String(FaultSuccessFalse) ? 403 : status);
    if (userId == QLatin1String(FaultRedirectHttp))
        QCOMPARE(reply.header("Location"),
                 "http://127.0.0.2:" + QByteArray::number(m_server->port()) +
                     "/ext/get-user-token?userId=" + m_server->sampleUserIds(1).at(0).toLatin1());
    QCOMPARE(m_server->lastDecodedUserId(), userId);
}

void TestSandboxServer::faultsNeedTheKey()
{
    QCOMPARE(
        fetch(requestFor(tokenTarget(QLatin1String(FaultServerError)), QStringLiteral("x"))).status,
        401);
    QCOMPARE(fetch(requestFor(tokenTarget(QLatin1String(FaultHang)), QStringLiteral("x"))).status,
             401);
    QCOMPARE(faultUserIds().size(), 17);
}

void TestSandboxServer::hang()
{
    RawClient hanging(m_server->port());
    hanging.send(requestFor(tokenTarget(QLatin1String(FaultHang))));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, Timeout);
    // Another request is answered meanwhile; the hanging one still has nothing.
    QCOMPARE(fetch(requestFor("/customer/list")).status, 200);
    QCOMPARE(m_server->inFlight(), 1);
    QVERIFY(hanging.pending().isEmpty());
    QCOMPARE(hanging.socket().state(), QAbstractSocket::ConnectedState);
    hanging.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, Timeout);
}

void TestSandboxServer::reset()
{
    RawClient client(m_server->port());
    QSignalSpy errors(&client.socket(), &QAbstractSocket::errorOccurred);
    client.send(requestFor(tokenTarget(QLatin1String(FaultReset))));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, Timeout);
    QVERIFY(client.pending().isEmpty());
    QVERIFY(!errors.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, Timeout);
}

void TestSandboxServer::truncated()
{
    RawClient client(m_server->port());
    client.send(requestFor(tokenTarget(QLatin1String(FaultTruncated))));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, Timeout);
    const RawReply reply = client.read();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray("200"));
    QCOMPARE(reply.body.size(), 20);
    QVERIFY(reply.body.startsWith("{\"success\":true"));
    QVERIFY(!reply.complete);
}

void TestSandboxServer::closeAfterHeaders()
{
    RawClient client(m_server->port());
    client.send(requestFor(tokenTarget(QLatin1String(FaultCloseAfterHeaders))));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, Timeout);
    const RawReply reply = client.read();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray("100"));
    QVERIFY(reply.body.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, Timeout);
}

void TestSandboxServer::drip()
{
    RawClient client(m_server->port());
    QElapsedTimer clock;
    clock.start();
    client.send(requestFor(tokenTarget(QLatin1String(FaultDrip))));
    // The head comes first, then the body one byte at a time.
    QTRY_VERIFY_WITH_TIMEOUT(client.pending().contains("\r\n\r\n"), Timeout);
    const qsizetype headEnd = client.pending().indexOf("\r\n\r\n") + 4;
    QTRY_VERIFY_WITH_TIMEOUT(client.pending().size() >= headEnd + 3, Timeout);
    QVERIFY(clock.elapsed() >= 900);
    QVERIFY(client.pending().size() < headEnd + 10);
    QCOMPARE(m_server->inFlight(), 1);
    client.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, Timeout);
}

void TestSandboxServer::huge()
{
    QNetworkReply *reply = nam(QString::fromLatin1(tokenTarget(QLatin1String(FaultHuge))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), FaultHugeBodySize);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QCOMPARE(json.value(QLatin1String("success")), QJsonValue(true));
    const QString key = json.value(QLatin1String("data"))
                            .toObject()
                            .value(QLatin1String("permanentToken"))
                            .toObject()
                            .value(QLatin1String("key"))
                            .toString();
    QVERIFY(key.size() > FaultHugeBodySize - 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, Timeout);
}

void TestSandboxServer::flaky()
{
    const QByteArray request = requestFor(tokenTarget(QStringLiteral("fault-flaky-2")));
    QCOMPARE(fetch(request).status, 503);
    QCOMPARE(fetch(request).status, 503);
    const RawReply ok = fetch(request);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.contains("\"key\":\"bp_"));
    QCOMPARE(fetch(request).status, 200);
    // Another N counts separately; resetCounters() starts over.
    QCOMPARE(fetch(requestFor(tokenTarget(QStringLiteral("fault-flaky-1")))).status, 503);
    QCOMPARE(fetch(requestFor(tokenTarget(QStringLiteral("fault-flaky-0")))).status, 200);
    m_server->resetCounters();
    QCOMPARE(fetch(request).status, 503);
    // Not digits: an ordinary unknown id.
    QCOMPARE(fetch(requestFor(tokenTarget(QStringLiteral("fault-flaky-x")))).status, 404);
}

void TestSandboxServer::keepAliveSequential()
{
    RawClient client(m_server->port());
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("echo:%1").arg(i);
        client.send(requestFor(tokenTarget(id)));
        const RawReply reply = client.read();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Connection"), QByteArray("keep-alive"));
        QVERIFY(reply.body.contains(id.toLatin1()));
    }
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->requestCount(), 5);
}

void TestSandboxServer::pipelined()
{
    m_server->setLatency(20ms);
    RawClient client(m_server->port());
    QByteArray all;
    for (int i = 0; i < 4; ++i)
        all += requestFor(tokenTarget(QStringLiteral("echo:p%1").arg(i)));
    client.send(all);
    for (int i = 0; i < 4; ++i) {
        const RawReply reply = client.read();
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains(QByteArray("echo-token:echo:p" + QByteArray::number(i))));
    }
    QCOMPARE(m_server->maxInFlight(), 1); // one socket: strictly one after another
}

void TestSandboxServer::connectionClose()
{
    RawClient client(m_server->port());
    client.send(requestFor("/customer/list", SandboxServer::demoKey(), "Connection: close\r\n"));
    const RawReply reply = client.read();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Connection"), QByteArray("close"));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, Timeout);
}

void TestSandboxServer::malformedRequest()
{
    RawClient client(m_server->port());
    client.send("NONSENSE\r\n\r\n");
    const RawReply reply = client.read();
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("success")), QJsonValue(false));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, Timeout);

    RawClient big(m_server->port());
    big.send("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a'));
    QCOMPARE(big.read().status, 400);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, Timeout);
}

void TestSandboxServer::methodAndPath()
{
    const RawReply post = fetch("POST /customer/list HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET"));
    QCOMPARE(post.json().value(QLatin1String("code")).toInt(), 405);

    const RawReply unknown = fetch(requestFor("/nowhere"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(unknown.json().value(QLatin1String("success")), QJsonValue(false));
}

void TestSandboxServer::parallelRequestsAndCounters()
{
    m_server->setLatency(200ms);
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    const QStringList ids = m_server->sampleUserIds(4);
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (const QString &id : ids)
        replies.append(nam(QString::fromLatin1(tokenTarget(id))));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             Timeout);
    QVERIFY(clock.elapsed() >= 190);
    for (QNetworkReply *reply : replies)
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_server->maxInFlight(), 4);
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(received.size(), 4);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("/ext/get-user-token"));
    const QList<QByteArray> heads = m_server->lastRequestHeads();
    QCOMPARE(heads.size(), 4);
    QVERIFY(heads.at(0).startsWith("GET /ext/get-user-token?userId="));

    m_server->resetCounters();
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->maxInFlight(), 0);
    QVERIFY(m_server->lastRequestHeads().isEmpty());
}

void TestSandboxServer::destroyWithOpenConnections()
{
    RawClient hanging(m_server->port());
    hanging.send(requestFor(tokenTarget(QLatin1String(FaultHang))));
    RawClient dripping(m_server->port());
    dripping.send(requestFor(tokenTarget(QLatin1String(FaultDrip))));
    RawClient idle(m_server->port());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 2, Timeout);
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(hanging.socket().state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(dripping.socket().state(), QAbstractSocket::UnconnectedState,
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(idle.socket().state(), QAbstractSocket::UnconnectedState, Timeout);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
