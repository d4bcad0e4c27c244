// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A loopback imitation of the BotPenguin partner API for --demo and tests:
// GET /ext/get-user-token and GET /customer/list over HTTP/1.1, with made-up
// customers (sandboxdata.h) and user IDs that fail on purpose
// (sandboxfaults.h). Never blocks; everything runs on the owner's event loop.

#include "sandboxdata.h"
#include "sandboxfaults.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <memory>

class QTcpServer;

namespace TokenDesk::Sandbox {

class SandboxConnection;
class SandboxRoutes;

class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // false on failure (or when already listening).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The same routes over HTTPS, with ALPN offering only http/1.1 (all this
    // server speaks). No client certificate is asked for. false on failure,
    // when already listening, or when Qt has no TLS backend.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isTls() const;
    // Reads a PEM certificate and an unencrypted PEM private key (RSA or EC)
    // for listenTls(). Returns the problem, or an empty string.
    static QString loadTlsFiles(const QString &certificatePath, const QString &keyPath,
                                QSslCertificate *certificate, QSslKey *key);
    quint16 port() const;
    // http://127.0.0.1:PORT, or after listenTls() https://localhost:PORT: the
    // name that a certificate for a loopback test server carries.
    QUrl baseUrl() const;

    static QString demoKey(); // "demo-agency-key-0000"
    // Requests whose Authorization is not exactly "Bearer <key>" or whose
    // authtype is not "Key" get 401. Default: demoKey().
    void setAgencyKey(const QString &key);
    // A path that is neither endpoint: the API's JSON 404 (default), or, as
    // a web server in front of the API answers, nginx's HTML 404 page (what
    // a wrong base URL meets in the field).
    void setUnknownPathPage(bool html);
    // Added before every reply (a timer; nothing blocks).
    void setLatency(std::chrono::milliseconds latency);
    void setCustomerCount(int count); // regenerates the data; default 40
    void setPageSize(int size);
    // percent of token requests for known customers fail with a quick
    // transient fault; the same seed gives the same sequence.
    void setRandomFaults(int percent, quint32 seed = 1); // /customer/list page size; default 20
    // Each page repeats this many entries of the previous one (a list that
    // shifts while it is read); default 0.
    void setPageOverlap(int overlap);
    // What comes past the last page; default an empty page, as the real service.
    void setPastEndPages(PastEndPages mode);
    // The next count list requests for page fromPage or later (every one when
    // count is -1) answer httpStatus with a JSON failure; 429 carries
    // "Retry-After: 1". httpStatus 0 turns it off. After the key check, so a
    // wrong key still gets 401.
    void setListFailure(int httpStatus, int count = -1, int fromPage = 1);
    // Every reply waits (before the latency) until count requests are in
    // flight at once; then all go, and from then on nothing waits. Shows that
    // a client really has count requests out together, however slowly it
    // sends them. 0 (the default) turns it off.
    void setHoldRepliesUntilInFlight(int count);

    QList<Customer> customers() const;
    QStringList sampleUserIds(int count) const; // the first count customer ids

    int requestCount() const; // requests received in total
    int inFlight() const;     // received but not yet answered
    int maxInFlight() const;  // high-water mark of inFlight()
    // Zeroes requestCount, sets maxInFlight to inFlight, and forgets the
    // request heads, the last user ID and the fault-flaky-N sequences.
    void resetCounters();
    QList<QByteArray> lastRequestHeads() const; // the latest 32 raw heads, oldest first
    QString lastDecodedUserId() const;          // userId of the last token request, decoded

Q_SIGNALS:
    // path is empty for a request that could not be parsed (answered 400).
    void requestReceived(const QString &path);

private:
    void acceptConnections();
    void onRequestStarted(const QString &path, const QByteArray &head);
    void onRequestFinished();
    void releaseHeldReplies();

    QTcpServer *m_tcpServer; // a QSslServer after listenTls()
    std::unique_ptr<SandboxRoutes> m_routes;
    std::chrono::milliseconds m_latency{0};
    int m_requestCount = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_holdUntilInFlight = 0;
    QList<QPointer<SandboxConnection>> m_held;
    QList<QByteArray> m_heads;
};

} // namespace TokenDesk::Sandbox
