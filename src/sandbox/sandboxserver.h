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
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <memory>

class QTcpServer;

namespace TokenDesk::Sandbox {

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
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    static QString demoKey(); // "demo-agency-key-0000"
    // Requests whose Authorization is not exactly "Bearer <key>" or whose
    // authtype is not "Key" get 401. Default: demoKey().
    void setAgencyKey(const QString &key);
    // Added before every reply (a timer; nothing blocks).
    void setLatency(std::chrono::milliseconds latency);
    void setCustomerCount(int count); // regenerates the data; default 40
    void setPageSize(int size);       // /customer/list page size; default 20

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

    QTcpServer *m_tcpServer;
    std::unique_ptr<SandboxRoutes> m_routes;
    std::chrono::milliseconds m_latency{0};
    int m_requestCount = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QList<QByteArray> m_heads;
};

} // namespace TokenDesk::Sandbox
