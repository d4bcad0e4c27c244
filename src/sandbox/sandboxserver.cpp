// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "sandboxconnection.h"
#include "sandboxroutes.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>

namespace TokenDesk::Sandbox {

namespace {
constexpr qsizetype KeptHeads = 32;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_routes(std::make_unique<SandboxRoutes>())
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &SandboxServer::acceptConnections);
}

SandboxServer::~SandboxServer()
{
    m_tcpServer->close();
    // Connections use m_routes and m_latency: delete them while those exist.
    const auto connections =
        findChildren<SandboxConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (SandboxConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcpServer->isListening() || !m_tcpServer->listen(address, port))
        return false;
    m_routes->setPort(m_tcpServer->serverPort());
    return true;
}

quint16 SandboxServer::port() const
{
    return m_tcpServer->serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString SandboxServer::demoKey()
{
    return QString::fromLatin1(DemoAgencyKey);
}

void SandboxServer::setAgencyKey(const QString &key)
{
    m_routes->setAgencyKey(key);
}

void SandboxServer::setLatency(std::chrono::milliseconds latency)
{
    m_latency = std::max(latency, std::chrono::milliseconds(0));
}

void SandboxServer::setCustomerCount(int count)
{
    m_routes->setCustomerCount(count);
}

void SandboxServer::setPageSize(int size)
{
    m_routes->setPageSize(std::max(size, 1));
}

QList<Customer> SandboxServer::customers() const
{
    return m_routes->data().customers();
}

QStringList SandboxServer::sampleUserIds(int count) const
{
    QStringList ids;
    const QList<Customer> &all = m_routes->data().customers();
    for (qsizetype i = 0; i < std::min<qsizetype>(count, all.size()); ++i)
        ids.append(all.at(i).id);
    return ids;
}

int SandboxServer::requestCount() const
{
    return m_requestCount;
}

int SandboxServer::inFlight() const
{
    return m_inFlight;
}

int SandboxServer::maxInFlight() const
{
    return m_maxInFlight;
}

void SandboxServer::resetCounters()
{
    m_requestCount = 0;
    m_maxInFlight = m_inFlight;
    m_heads.clear();
    m_routes->reset();
}

QList<QByteArray> SandboxServer::lastRequestHeads() const
{
    return m_heads;
}

QString SandboxServer::lastDecodedUserId() const
{
    return m_routes->lastDecodedUserId();
}

void SandboxServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        auto *connection = new SandboxConnection(socket, m_routes.get(), &m_latency, this);
        connect(connection, &SandboxConnection::requestStarted, this,
                &SandboxServer::onRequestStarted);
        connect(connection, &SandboxConnection::requestFinished, this,
                &SandboxServer::onRequestFinished);
    }
}

void SandboxServer::onRequestStarted(const QString &path, const QByteArray &head)
{
    ++m_requestCount;
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    m_heads.append(head);
    if (m_heads.size() > KeptHeads)
        m_heads.removeFirst();
    Q_EMIT requestReceived(path);
}

void SandboxServer::onRequestFinished()
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

} // namespace TokenDesk::Sandbox
