// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerlister.h"
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "core/retrypolicy.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

constexpr int HangGuardMs = 30000;

// Answers every request with one status and one Retry-After, and notes when
// each arrived: the sandbox only ever asks for one second.
class ThrottlingServer final : public QObject
{
public:
    ThrottlingServer(int status, QByteArray retryAfter)
        : m_status(status)
        , m_retryAfter(std::move(retryAfter))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ThrottlingServer::accept);
        m_clock.start();
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    const QList<qint64> &arrivals() const { return m_arrivals; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    }
    void answer(QTcpSocket *socket)
    {
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        m_heads.remove(socket);
        m_arrivals.append(m_clock.elapsed());
        const QByteArray body = R"({"success":false,"message":"Slow down","code":)" +
                                QByteArray::number(m_status) + "}";
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      " Busy\r\nContent-Type: application/json\r\nRetry-After: " + m_retryAfter +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    QByteArray m_retryAfter;
    QElapsedTimer m_clock;
    QList<qint64> m_arrivals;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

enum class Caller { Queue, Lister };

// What either caller reported in the end.
struct Final
{
    bool ok = true;
    ErrorKind errorKind = ErrorKind::None;
    int httpStatus = 0;
    QString error;
};

} // namespace

Q_DECLARE_METATYPE(Caller)

// The token queue and the customer lister meet a Retry-After the same way,
// because RetryPolicy::verdict() decides for both: a wait within the limit is
// waited, a longer one ends the request at once, saying so.
class TestRetryAfter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneRuleForBothCallers_data();
    void oneRuleForBothCallers();

private:
    static Final runQueue(PartnerApi &api);
    static Final runLister(PartnerApi &api);
};

void TestRetryAfter::initTestCase()
{
    qRegisterMetaType<TokenDesk::TokenResult>();
    qRegisterMetaType<TokenDesk::CustomerListOutcome>();
}

Final TestRetryAfter::runQueue(PartnerApi &api)
{
    FetchQueue queue(&api);
    queue.setMaxRetries(1);
    QSignalSpy finished(&queue, &FetchQueue::finished);
    QSignalSpy done(&queue, &FetchQueue::batchFinished);
    queue.enqueue({TokenQuery::forUser(QStringLiteral("u1"))});
    if (!done.wait(HangGuardMs) || finished.size() != 1)
        return {true, ErrorKind::None, 0, QStringLiteral("test: the batch did not finish")};
    const auto result = finished.constFirst().constFirst().value<TokenResult>();
    return {result.ok, result.errorKind, result.httpStatus, result.error};
}

Final TestRetryAfter::runLister(PartnerApi &api)
{
    CustomerLister lister(&api);
    lister.setMaxRetries(1);
    QSignalSpy finished(&lister, &CustomerLister::finished);
    lister.start();
    if (!finished.wait(HangGuardMs) || finished.size() != 1)
        return {true, ErrorKind::None, 0, QStringLiteral("test: the listing did not finish")};
    const auto outcome = finished.constFirst().constFirst().value<CustomerListOutcome>();
    const bool failed = outcome.reason == CustomerListOutcome::Reason::Failed;
    return {!failed, outcome.errorKind, outcome.httpStatus, outcome.error};
}

void TestRetryAfter::oneRuleForBothCallers_data()
{
    QTest::addColumn<Caller>("caller");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("refused");
    for (const Caller caller : {Caller::Queue, Caller::Lister}) {
        const char *name = caller == Caller::Queue ? "queue" : "lister";
        // Longer than the 120 s TokenDesk waits: one request, and the reason.
        QTest::addRow("%s 429 3600 s", name) << caller << 429 << QByteArray("3600") << true;
        QTest::addRow("%s 503 3600 s", name) << caller << 503 << QByteArray("3600") << true;
        QTest::addRow("%s 429 121 s", name) << caller << 429 << QByteArray("121") << true;
        // Within it: waited, then sent again (one retry here).
        QTest::addRow("%s 429 1 s", name) << caller << 429 << QByteArray("1") << false;
        QTest::addRow("%s 503 1 s", name) << caller << 503 << QByteArray("1") << false;
    }
}

void TestRetryAfter::oneRuleForBothCallers()
{
    QFETCH(Caller, caller);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, refused);

    ThrottlingServer server(status, retryAfter);
    QVERIFY(server.listen());
    PartnerApi api;
    QCOMPARE(api.setBaseUrl(server.baseUrl()), QString());
    QCOMPARE(api.setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
    api.setTimeout(30s);

    const Final final = caller == Caller::Queue ? runQueue(api) : runLister(api);
    QVERIFY2(!final.ok, qPrintable(final.error));
    const ErrorKind kind = status == 429 ? ErrorKind::RateLimited : ErrorKind::Server;
    QCOMPARE(final.errorKind, kind);
    QCOMPARE(final.httpStatus, status);

    const std::chrono::seconds asked(retryAfter.toInt());
    const QString refusal =
        RetryPolicy().verdict(kind, status, false, 1, asked).refusedWait; // the default limit
    if (refused) {
        QCOMPARE(server.arrivals().size(), 1); // not sent again sooner than asked
        QCOMPARE(final.error, refusal);
        QVERIFY2(final.error.contains(QLocale().toString(asked.count())), qPrintable(final.error));
        QVERIFY2(final.error.contains(QLatin1String("120 seconds")), qPrintable(final.error));
    } else {
        QVERIFY(refusal.isEmpty());
        QCOMPARE(server.arrivals().size(), 2);
        // The wait was honoured (a coarse timer may fire up to 5 % early).
        const qint64 gap = server.arrivals().at(1) - server.arrivals().at(0);
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
        QVERIFY2(!final.error.contains(QLatin1String("asked TokenDesk to wait")),
                 qPrintable(final.error));
    }
    QCOMPARE(api.requestsInFlight(), 0);
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
