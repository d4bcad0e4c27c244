// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fetchqueue.h"
#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace TokenDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TokenDesk::ErrorKind)

namespace {

const QString CertificatePath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-cert.pem");
const QString KeyPath = QStringLiteral(TOKENDESK_TEST_DATA "/sandbox-key.pem");

// The deadline of the rows whose fault only a deadline ends (hang, drip):
// several drip intervals, and far more than a healthy loopback request takes
// on a busy machine, so no healthy row beside the fault meets it by chance.
constexpr auto ShortDeadline = 3000ms;
const QString ShortDeadlineSentence = QStringLiteral("No reply from the server within 3 second");
// Every other row: a deadline that only a hang would meet.
constexpr auto LongDeadline = 60000ms;
// How long to wait for a batch: a guard against a hang, not a speed claim.
constexpr int HangGuardMs = 150000;
constexpr int Retries = 1;
constexpr auto BaseBackoff = 50ms;
constexpr int HealthyCount = 8;

// HTTPS is the product's main path, and every platform it ships on has a TLS
// backend (OpenSSL on Debian): a missing one is a broken setup, not a skip.
QString tlsBackendProblem()
{
    if (QSslSocket::supportsSsl())
        return {};
    return QStringLiteral("Qt has no working TLS backend (available: %1)")
        .arg(QSslSocket::availableBackends().join(QLatin1String(", ")));
}

enum class Transport {
    Plain,        // http://127.0.0.1:PORT
    TlsUntrusted, // https://localhost:PORT, the test CA not trusted
    TlsTrusted,   // https://localhost:PORT, the test CA trusted
};

} // namespace

Q_DECLARE_METATYPE(Transport)

// Every fault of the sandbox, each in one FetchQueue batch beside healthy IDs
// over real loopback sockets: the fault ends in its error kind with a sentence,
// in bounded requests (a stall only by our deadline), and no healthy row is
// disturbed.
class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultInABatch_data();
    void faultInABatch();
    void rejectedKeyEndsTheBatchCleanly_data();
    void rejectedKeyEndsTheBatchCleanly();
    void untrustedTlsFailsEveryRow();
};

void TestFaultMatrix::initTestCase()
{
    qRegisterMetaType<TokenDesk::TokenResult>();
    qRegisterMetaType<TokenDesk::TokenQuery>();
}

void TestFaultMatrix::faultInABatch_data()
{
    QTest::addColumn<QString>("faultId");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("attempts"); // 2 when the kind is retried, else 1
    QTest::addColumn<QString>("sentenceHint");
    // Requests the sandbox may see for the fault ID: one per try.
    QTest::addColumn<int>("faultRequests");

    const QString none;
    const int tries = Retries + 1;
    QTest::newRow("500") << QStringLiteral("fault-server-error") << Transport::Plain
                         << ErrorKind::Server << 500 << tries << none << tries;
    QTest::newRow("502 html") << QStringLiteral("fault-bad-gateway") << Transport::Plain
                              << ErrorKind::Server << 502 << tries << none << tries;
    QTest::newRow("503 retry-after") << QStringLiteral("fault-unavailable") << Transport::Plain
                                     << ErrorKind::Server << 503 << tries << none << tries;
    QTest::newRow("429 retry-after") << QStringLiteral("fault-rate-limited") << Transport::Plain
                                     << ErrorKind::RateLimited << 429 << tries << none << tries;
    // Ended by our deadline: only it writes this sentence (Qt's own transfer
    // timeout would say "timed out"), with the deadline's length in it.
    QTest::newRow("hang") << QStringLiteral("fault-hang") << Transport::Plain << ErrorKind::Timeout
                          << 0 << tries << ShortDeadlineSentence << tries;
    // The head arrives at once, the body one byte every 500 ms: only the
    // deadline on the whole exchange stops it, not a transfer timeout.
    QTest::newRow("drip") << QStringLiteral("fault-drip") << Transport::Plain << ErrorKind::Timeout
                          << 0 << tries << ShortDeadlineSentence << tries;
    // The connection drops before any reply byte: one request per try, as
    // Qt's HTTP layer does not resend it by itself (see tst_retrybudget).
    QTest::newRow("reset") << QStringLiteral("fault-reset") << Transport::Plain
                           << ErrorKind::Network << 0 << tries << none << tries;
    // A body cut short of its Content-Length, and a head whose body never
    // comes: Qt reports RemoteHostClosedError, and no complete answer was
    // read, so this is a broken connection (network), not a bad answer
    // (bad_response), and it is retried like a reset (FetchQueue used to give
    // up at once because the head had said 200).
    QTest::newRow("truncated") << QStringLiteral("fault-truncated") << Transport::Plain
                               << ErrorKind::Network << -1 << tries
                               << QStringLiteral("closed the connection") << tries;
    QTest::newRow("close after headers")
        << QStringLiteral("fault-close-after-headers") << Transport::Plain << ErrorKind::Network
        << -1 << tries << QStringLiteral("closed the connection") << tries;
    QTest::newRow("not json") << QStringLiteral("fault-not-json") << Transport::Plain
                              << ErrorKind::BadResponse << 200 << 1 << none << 1;
    QTest::newRow("wrong types") << QStringLiteral("fault-wrong-types") << Transport::Plain
                                 << ErrorKind::BadResponse << 200 << 1 << none << 1;
    QTest::newRow("empty body") << QStringLiteral("fault-empty-body") << Transport::Plain
                                << ErrorKind::BadResponse << 200 << 1 << none << 1;
    QTest::newRow("huge body") << QStringLiteral("fault-huge") << Transport::Plain
                               << ErrorKind::BadResponse << 200 << 1
                               << QStringLiteral("larger than") << 1;
    QTest::newRow("success false under 200")
        << QStringLiteral("fault-success-false") << Transport::Plain << ErrorKind::Server << 200
        << 1 << none << 1;
    // Over plain HTTP the redirect goes to another host; over HTTPS it is a
    // real https -> http downgrade. Neither is followed.
    QTest::newRow("redirect to another host")
        << QStringLiteral("fault-redirect-http") << Transport::Plain << ErrorKind::BadResponse
        << 302 << 1 << QStringLiteral("redirected") << 1;
    QTest::newRow("redirect https to http")
        << QStringLiteral("fault-redirect-http") << Transport::TlsTrusted << ErrorKind::BadResponse
        << 302 << 1 << QStringLiteral("redirected") << 1;
    // The healthy rows over trusted TLS, with a fault beside them there too.
    QTest::newRow("500 over tls") << QStringLiteral("fault-server-error") << Transport::TlsTrusted
                                  << ErrorKind::Server << 500 << tries << none << tries;
}

void TestFaultMatrix::faultInABatch()
{
    QFETCH(QString, faultId);
    QFETCH(Transport, transport);
    QFETCH(ErrorKind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, attempts);
    QFETCH(QString, sentenceHint);
    QFETCH(int, faultRequests);

    if (transport != Transport::Plain) {
        const QString problem = tlsBackendProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    Sandbox::SandboxServer sandbox;
    if (transport == Transport::Plain) {
        QVERIFY(sandbox.listen());
    } else {
        QSslCertificate certificate;
        QSslKey key;
        QCOMPARE(Sandbox::SandboxServer::loadTlsFiles(CertificatePath, KeyPath, &certificate, &key),
                 QString());
        QVERIFY(sandbox.listenTls(certificate, key));
    }
    // Where fault-redirect-http points (http://127.0.0.2:PORT): a request
    // here would mean the redirect was followed with the key attached.
    Sandbox::SandboxServer redirectTarget;
    QVERIFY(redirectTarget.listen(QHostAddress(QStringLiteral("127.0.0.2")), sandbox.port()));

    PartnerApi api;
    QCOMPARE(api.setBaseUrl(sandbox.baseUrl().toString()), QString());
    QCOMPARE(api.setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
    if (transport == Transport::TlsTrusted)
        QCOMPARE(api.addCaCertificates(CertificatePath), QString());
    api.setTimeout(kind == ErrorKind::Timeout ? ShortDeadline : LongDeadline);
    FetchQueue queue(&api);
    queue.setMaxRetries(Retries);
    queue.setBaseBackoff(BaseBackoff);

    // The fault in the middle of the healthy IDs.
    const QList<Sandbox::Customer> customers = sandbox.customers();
    QHash<QString, QString> tokens;
    QList<TokenQuery> queries;
    for (int i = 0; i < HealthyCount; ++i) {
        if (i == HealthyCount / 2)
            queries.append(TokenQuery::forUser(faultId));
        tokens.insert(customers.at(i).id, customers.at(i).tokenKey);
        queries.append(TokenQuery::forUser(customers.at(i).id));
    }
    const int idCount = static_cast<int>(queries.size());

    QElapsedTimer clock;
    QList<qint64> faultStarts;
    connect(&queue, &FetchQueue::started, this, [&](const TokenQuery &query) {
        if (query.userId == faultId)
            faultStarts.append(clock.elapsed());
    });
    QSignalSpy finished(&queue, &FetchQueue::finished);
    QSignalSpy done(&queue, &FetchQueue::batchFinished);
    clock.start();
    QCOMPARE(queue.enqueue(queries).size(), idCount);
    QVERIFY(done.wait(HangGuardMs));
    const qint64 elapsed = clock.elapsed(); // reported, not judged

    // Every ID ends in exactly one final result.
    QCOMPARE(done.size(), 1);
    QCOMPARE(finished.size(), idCount);
    QHash<QString, TokenResult> results;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto result = arguments.constFirst().value<TokenResult>();
        QVERIFY2(!results.contains(result.query.id()), qPrintable(result.query.userId));
        results.insert(result.query.id(), result);
    }
    QCOMPARE(results.size(), idCount);

    // The healthy rows are undisturbed.
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        const TokenResult result = results.value(it.key());
        QVERIFY2(result.ok, qPrintable(it.key() + QLatin1String(": ") + result.error));
        QCOMPARE(result.token, it.value());
        QCOMPARE(result.attempts, 1);
    }

    // The fault row: its kind, a sentence, the tries it deserved.
    const TokenResult fault = results.value(faultId);
    QVERIFY(!fault.ok);
    QVERIFY(!fault.cancelled);
    QVERIFY2(fault.errorKind == kind,
             qPrintable(errorKindName(fault.errorKind) + QLatin1String(": ") + fault.error));
    QVERIFY(fault.token.isEmpty());
    QVERIFY(!fault.error.trimmed().isEmpty());
    if (!sentenceHint.isEmpty())
        QVERIFY2(fault.error.contains(sentenceHint), qPrintable(fault.error));
    if (httpStatus >= 0)
        QCOMPARE(fault.httpStatus, httpStatus);
    QCOMPARE(fault.attempts, attempts);
    // A reset over plain HTTP: Qt sent the request again by itself, and that
    // counts as the second try (see tst_retrybudget), so the queue started it once.
    QCOMPARE(faultStarts.size(), faultId == QLatin1String("fault-reset") ? 1 : attempts);
    if (kind == ErrorKind::RateLimited || httpStatus == 503) {
        // Retry-After: 1 was honoured before the second try.
        QVERIFY(fault.retryAfter.has_value());
        QCOMPARE(*fault.retryAfter, 1s);
        const qint64 gap = faultStarts.at(1) - faultStarts.at(0);
        // (900: a coarse timer may fire up to 5 % early.)
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
    }
    // The fault's row is the one that failed.
    QCOMPARE(std::count_if(results.cbegin(), results.cend(),
                           [](const TokenResult &result) { return !result.ok; }),
             1);

    // Bounded requests; nothing followed the redirect.
    QVERIFY2(sandbox.requestCount() <= idCount * (Retries + 1),
             qPrintable(QString::number(sandbox.requestCount())));
    QCOMPARE(redirectTarget.requestCount(), 0);
    const QByteArray faultQuery = "userId=" + faultId.toLatin1();
    const QList<QByteArray> heads = sandbox.lastRequestHeads();
    const auto sentForFault = std::count_if(
        heads.cbegin(), heads.cend(), [&](const QByteArray &h) { return h.contains(faultQuery); });
    QVERIFY2(sentForFault >= attempts && sentForFault <= faultRequests,
             qPrintable(QString::number(sentForFault)));
    qInfo().noquote() << QTest::currentDataTag() << "->" << errorKindName(fault.errorKind)
                      << fault.httpStatus << "in" << elapsed << "ms," << sandbox.requestCount()
                      << "requests," << sentForFault << "for the fault:" << fault.error;

    // Nothing is left behind: no reply on our side, no open request on the server's.
    QCOMPARE(api.requestsInFlight(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.inFlight(), 0, 30000);
}

void TestFaultMatrix::rejectedKeyEndsTheBatchCleanly_data()
{
    QTest::addColumn<QString>("faultId");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("401") << QStringLiteral("fault-unauthorized") << 401;
    QTest::newRow("403") << QStringLiteral("fault-forbidden") << 403;
}

// 401/403 say the agency key is refused, so the batch stops rather than the
// healthy rows going on: each ID still ends in exactly one result, finished
// or cancelled, and nothing is retried.
void TestFaultMatrix::rejectedKeyEndsTheBatchCleanly()
{
    QFETCH(QString, faultId);
    QFETCH(int, httpStatus);

    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    PartnerApi api;
    QCOMPARE(api.setBaseUrl(sandbox.baseUrl().toString()), QString());
    QCOMPARE(api.setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
    api.setTimeout(LongDeadline);
    FetchQueue queue(&api);
    queue.setMaxRetries(Retries);
    queue.setBaseBackoff(BaseBackoff);
    queue.setConcurrency(2);

    QList<TokenQuery> queries;
    const QStringList healthy = sandbox.sampleUserIds(HealthyCount);
    for (int i = 0; i < healthy.size(); ++i) {
        if (i == HealthyCount / 2)
            queries.append(TokenQuery::forUser(faultId));
        queries.append(TokenQuery::forUser(healthy.at(i)));
    }
    const int idCount = static_cast<int>(queries.size());

    QSignalSpy finished(&queue, &FetchQueue::finished);
    QSignalSpy rejected(&queue, &FetchQueue::authRejected);
    QSignalSpy done(&queue, &FetchQueue::batchFinished);
    queue.enqueue(queries);
    QVERIFY(done.wait(HangGuardMs));
    QCOMPARE(done.size(), 1);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(finished.size(), idCount);
    QHash<QString, TokenResult> results;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto result = arguments.constFirst().value<TokenResult>();
        QVERIFY(!results.contains(result.query.id()));
        results.insert(result.query.id(), result);
        if (result.query.userId == faultId)
            continue;
        QVERIFY2(result.ok || result.cancelled || result.errorKind == ErrorKind::Auth,
                 qPrintable(result.query.userId + QLatin1String(": ") + result.error));
        QVERIFY(!result.error.isEmpty() || result.ok);
    }
    const TokenResult fault = results.value(faultId);
    QCOMPARE(fault.errorKind, ErrorKind::Auth);
    QCOMPARE(fault.httpStatus, httpStatus);
    QCOMPARE(fault.attempts, 1);
    QVERIFY(!fault.cancelled);
    QVERIFY(!fault.error.trimmed().isEmpty());
    QVERIFY2(sandbox.requestCount() <= idCount,
             qPrintable(QString::number(sandbox.requestCount())));
    QCOMPARE(api.requestsInFlight(), 0);
}

void TestFaultMatrix::untrustedTlsFailsEveryRow()
{
    const QString problem = tlsBackendProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QSslCertificate certificate;
    QSslKey key;
    QCOMPARE(Sandbox::SandboxServer::loadTlsFiles(CertificatePath, KeyPath, &certificate, &key),
             QString());
    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listenTls(certificate, key));

    PartnerApi api;
    QCOMPARE(api.setBaseUrl(sandbox.baseUrl().toString()), QString());
    QCOMPARE(api.setAgencyKey(Sandbox::SandboxServer::demoKey()), QString());
    // Long: every row must end by the refused handshake, not by the deadline
    // (that would be a timeout, not tls).
    api.setTimeout(LongDeadline);
    FetchQueue queue(&api);
    queue.setMaxRetries(Retries);
    queue.setBaseBackoff(BaseBackoff);

    // A self-signed server: no row gets through, whatever its ID would do.
    QList<TokenQuery> queries;
    for (const QString &id : sandbox.sampleUserIds(HealthyCount))
        queries.append(TokenQuery::forUser(id));
    queries.append(TokenQuery::forUser(QStringLiteral("fault-hang")));
    const int idCount = static_cast<int>(queries.size());

    QSignalSpy finished(&queue, &FetchQueue::finished);
    QSignalSpy done(&queue, &FetchQueue::batchFinished);
    QElapsedTimer clock;
    clock.start();
    queue.enqueue(queries);
    QVERIFY(done.wait(HangGuardMs));
    const qint64 elapsed = clock.elapsed(); // reported, not judged

    QCOMPARE(finished.size(), idCount);
    QSet<QString> seen;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto result = arguments.constFirst().value<TokenResult>();
        QVERIFY(!seen.contains(result.query.id()));
        seen.insert(result.query.id());
        QVERIFY(!result.ok);
        QVERIFY2(result.errorKind == ErrorKind::Tls,
                 qPrintable(errorKindName(result.errorKind) + QLatin1String(": ") + result.error));
        QCOMPARE(result.attempts, 1); // a refused certificate is not retried
        QVERIFY2(result.error.contains(QLatin1String("certificate is not trusted")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     result.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(result.error));
    }
    // Refused in the handshake, before any request (and so the key) was sent.
    QCOMPARE(sandbox.requestCount(), 0);
    QCOMPARE(api.requestsInFlight(), 0);
    qInfo() << "untrusted TLS: every row tls in" << elapsed << "ms";
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
