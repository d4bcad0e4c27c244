// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconnection.h"

#include "sandboxfaults.h"
#include "sandboxroutes.h"

#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace TokenDesk::Sandbox {

namespace {
// Keep at most this much of a streamed body queued in the socket.
constexpr qint64 StreamHighWater = 256 * 1024;
constexpr qint64 StreamChunk = 64 * 1024;
} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, SandboxRoutes *routes,
                                     const std::chrono::milliseconds *latency, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_routes(routes)
    , m_latency(latency)
    , m_latencyTimer(new QTimer(this))
    , m_dripTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_latencyTimer->setSingleShot(true);
    m_dripTimer->setInterval(FaultDripIntervalMs);
    connect(m_latencyTimer, &QTimer::timeout, this, &SandboxConnection::dispatch);
    connect(m_dripTimer, &QTimer::timeout, this, &SandboxConnection::dripByte);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::pumpStream);
    connect(m_socket, &QTcpSocket::disconnected, this, &SandboxConnection::onDisconnected);
    // Bytes may have arrived before the signals were connected.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &SandboxConnection::onReadyRead);
}

SandboxConnection::~SandboxConnection()
{
    // The socket (a child) is closed by its own destructor; nothing of ours
    // may run while that happens.
    m_socket->disconnect(this);
}

void SandboxConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_closing || m_gone)
        return;
    m_buffer += bytes;
    processBuffer();
}

void SandboxConnection::processBuffer()
{
    if (m_busy || m_closing || m_gone)
        return;
    const ParseResult parsed = parseRequest(m_buffer);
    switch (parsed.status) {
    case ParseStatus::NeedMoreData:
        return;
    case ParseStatus::Malformed:
        m_busy = true;
        Q_EMIT requestStarted(QString(), m_buffer.left(MaxHeadSize));
        m_buffer.clear();
        perform(SandboxRoutes::malformedRequest(parsed.error));
        return;
    case ParseStatus::Complete:
        break;
    }
    m_request = parsed.request;
    const QByteArray head = m_buffer.left(parsed.consumed - m_request.bodyLength);
    m_buffer.remove(0, parsed.consumed);
    m_busy = true;
    Q_EMIT requestStarted(QString::fromUtf8(m_request.path), head);
    // Even with no latency, answer from the event loop, not from inside readyRead.
    if (!m_held)
        m_latencyTimer->start(*m_latency);
}

void SandboxConnection::holdReply()
{
    m_held = m_busy && !m_gone;
}

void SandboxConnection::releaseReply()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_busy && !m_gone)
        m_latencyTimer->start(*m_latency);
}

void SandboxConnection::dispatch()
{
    if (m_gone)
        return;
    RouteReply reply = m_routes->handle(m_request);
    reply.response.keepAlive = reply.response.keepAlive && m_request.keepAlive;
    perform(reply);
}

void SandboxConnection::perform(const RouteReply &reply)
{
    const HttpResponse &response = reply.response;
    switch (reply.action) {
    case ReplyAction::Respond:
        m_socket->write(serializeResponse(response));
        finishRequest();
        if (response.keepAlive)
            processBuffer();
        else
            closeSocket();
        return;
    case ReplyAction::Hang:
        return; // stays in flight until the client disconnects
    case ReplyAction::Reset:
        resetSocket();
        return;
    case ReplyAction::Truncate:
    case ReplyAction::CloseAfterHead:
        m_socket->write(serializeResponseHead(response, reply.announcedLength) + response.body);
        finishRequest();
        closeSocket();
        return;
    case ReplyAction::Drip:
    case ReplyAction::Stream:
        m_socket->write(serializeResponseHead(response));
        m_pendingBody = response.body;
        m_bodyOffset = 0;
        m_keepAliveAfterBody = response.keepAlive;
        if (reply.action == ReplyAction::Drip) {
            m_dripTimer->start();
        } else {
            m_streaming = true;
            pumpStream();
        }
        return;
    }
}

void SandboxConnection::pumpStream()
{
    if (!m_streaming || m_gone)
        return;
    while (m_bodyOffset < m_pendingBody.size() && m_socket->bytesToWrite() < StreamHighWater) {
        const qint64 chunk = std::min<qint64>(StreamChunk, m_pendingBody.size() - m_bodyOffset);
        m_socket->write(m_pendingBody.constData() + m_bodyOffset, chunk);
        m_bodyOffset += chunk;
    }
    if (m_bodyOffset >= m_pendingBody.size()) {
        m_streaming = false;
        bodyDone();
    }
}

void SandboxConnection::dripByte()
{
    if (m_gone)
        return;
    if (m_bodyOffset < m_pendingBody.size())
        m_socket->write(m_pendingBody.constData() + m_bodyOffset++, 1);
    if (m_bodyOffset >= m_pendingBody.size()) {
        m_dripTimer->stop();
        bodyDone();
    }
}

void SandboxConnection::bodyDone()
{
    m_pendingBody.clear();
    m_bodyOffset = 0;
    finishRequest();
    if (m_keepAliveAfterBody)
        processBuffer();
    else
        closeSocket();
}

void SandboxConnection::finishRequest()
{
    if (!m_busy)
        return;
    m_busy = false;
    Q_EMIT requestFinished();
}

void SandboxConnection::closeSocket()
{
    m_closing = true;
    m_latencyTimer->stop();
    m_dripTimer->stop();
    m_streaming = false;
    m_socket->disconnectFromHost(); // sends what is queued first
}

void SandboxConnection::resetSocket()
{
    finishRequest();
    m_closing = true;
#ifdef Q_OS_UNIX
    // A zero linger makes close() send RST rather than FIN: a real reset.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const linger noLinger{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    }
#endif
    m_socket->abort();
    onDisconnected(); // in case abort() did not emit disconnected
}

void SandboxConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_held = false;
    m_latencyTimer->stop();
    m_dripTimer->stop();
    m_streaming = false;
    finishRequest();
    deleteLater();
}

} // namespace TokenDesk::Sandbox
