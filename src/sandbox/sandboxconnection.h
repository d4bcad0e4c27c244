// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One accepted socket: reads requests one after another (keep-alive,
// pipelining kept in order), waits the configured latency, and writes what
// SandboxRoutes decided, including the replies that misbehave on the wire.

#include "httpmessage.h"

#include <QByteArray>
#include <QObject>
#include <chrono>

class QTcpSocket;
class QTimer;

namespace TokenDesk::Sandbox {

class SandboxRoutes;
struct RouteReply;

class SandboxConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxConnection)

public:
    // Takes ownership of socket. routes and latency belong to the server,
    // which outlives its connections.
    explicit SandboxConnection(QTcpSocket *socket, SandboxRoutes *routes,
                               const std::chrono::milliseconds *latency, QObject *parent = nullptr);
    ~SandboxConnection() override;

    // Called from requestStarted: the reply waits until releaseReply().
    void holdReply();
    void releaseReply();

Q_SIGNALS:
    // path is empty for a request that could not be parsed.
    void requestStarted(const QString &path, const QByteArray &head);
    // The request is answered, or can no longer be (the socket went away).
    void requestFinished();

private:
    void onReadyRead();
    void processBuffer();
    void dispatch();
    void perform(const RouteReply &reply);
    void pumpStream();
    void dripByte();
    void bodyDone();
    void finishRequest();
    void closeSocket();
    void resetSocket();
    void onDisconnected();

    QTcpSocket *m_socket;
    SandboxRoutes *m_routes;
    const std::chrono::milliseconds *m_latency;
    QTimer *m_latencyTimer;
    QTimer *m_dripTimer;
    QByteArray m_buffer;
    HttpRequest m_request;
    QByteArray m_pendingBody; // for Drip and Stream
    qsizetype m_bodyOffset = 0;
    bool m_keepAliveAfterBody = true;
    bool m_busy = false;      // a request is received and not yet answered
    bool m_held = false;      // the reply waits for releaseReply()
    bool m_streaming = false; // writing m_pendingBody as the socket drains
    bool m_closing = false;
    bool m_gone = false;
};

} // namespace TokenDesk::Sandbox
