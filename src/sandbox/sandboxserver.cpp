// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "sandboxconnection.h"
#include "sandboxroutes.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <utility>

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

bool SandboxServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                              const QHostAddress &address, quint16 port)
{
    if (m_tcpServer->isListening() || !QSslSocket::supportsSsl() || certificate.isNull() ||
        key.isNull())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    // Only what SandboxConnection speaks: a client that offers h2 falls back.
    configuration.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    auto *sslServer = new QSslServer(this);
    sslServer->setSslConfiguration(configuration);
    // QSslServer queues a socket once its handshake is done, which only
    // pendingConnectionAvailable reports; newConnection comes too early.
    connect(sslServer, &QTcpServer::pendingConnectionAvailable, this,
            &SandboxServer::acceptConnections);
    delete m_tcpServer;
    m_tcpServer = sslServer;
    return listen(address, port);
}

bool SandboxServer::isTls() const
{
    return qobject_cast<QSslServer *>(m_tcpServer) != nullptr;
}

QString SandboxServer::loadTlsFiles(const QString &certificatePath, const QString &keyPath,
                                    QSslCertificate *certificate, QSslKey *key)
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2")
            .arg(certificatePath, certificateFile.errorString());
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return QStringLiteral("no PEM certificate in %1").arg(certificatePath);
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(keyPath, keyFile.errorString());
    const QByteArray keyPem = keyFile.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        const QSslKey candidate(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!candidate.isNull()) {
            *certificate = certificates.first();
            *key = candidate;
            return {};
        }
    }
    return QStringLiteral("no unencrypted PEM private key (RSA or EC) in %1").arg(keyPath);
}

quint16 SandboxServer::port() const
{
    return m_tcpServer->serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    return isTls() ? QUrl(QStringLiteral("https://localhost:%1").arg(port()))
                   : QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString SandboxServer::demoKey()
{
    return QString::fromLatin1(DemoAgencyKey);
}

void SandboxServer::setAgencyKey(const QString &key)
{
    m_routes->setAgencyKey(key);
}

void SandboxServer::setUnknownPathPage(bool html)
{
    m_routes->setUnknownPathPage(html);
}

void SandboxServer::setLatency(std::chrono::milliseconds latency)
{
    m_latency = std::max(latency, std::chrono::milliseconds(0));
}

void SandboxServer::setCustomerCount(int count)
{
    m_routes->setCustomerCount(count);
}

void SandboxServer::setRandomFaults(int percent, quint32 seed)
{
    m_routes->setRandomFaults(std::clamp(percent, 0, 100), seed);
}

void SandboxServer::setPageSize(int size)
{
    m_routes->setPageSize(std::max(size, 1));
}

void SandboxServer::setPageOverlap(int overlap)
{
    m_routes->setPageOverlap(std::max(overlap, 0));
}

void SandboxServer::setPastEndPages(PastEndPages mode)
{
    m_routes->setPastEndPages(mode);
}

void SandboxServer::setListFailure(int httpStatus, int count, int fromPage)
{
    m_routes->setListFailure(httpStatus, count, fromPage);
}

void SandboxServer::setHoldRepliesUntilInFlight(int count)
{
    m_holdUntilInFlight = std::max(count, 0);
    if (m_holdUntilInFlight == 0 || m_inFlight >= m_holdUntilInFlight)
        releaseHeldReplies();
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
    // A request that could not be parsed is answered at once, never held.
    if (m_holdUntilInFlight > 0 && !path.isEmpty()) {
        if (m_inFlight >= m_holdUntilInFlight) {
            releaseHeldReplies();
        } else if (auto *connection = qobject_cast<SandboxConnection *>(sender())) {
            connection->holdReply();
            m_held.append(connection);
        }
    }
    Q_EMIT requestReceived(path);
}

void SandboxServer::releaseHeldReplies()
{
    m_holdUntilInFlight = 0;
    const QList<QPointer<SandboxConnection>> held = std::exchange(m_held, {});
    for (const QPointer<SandboxConnection> &connection : held) {
        if (connection)
            connection->releaseReply();
    }
}

void SandboxServer::onRequestFinished()
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

} // namespace TokenDesk::Sandbox
