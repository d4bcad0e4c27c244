// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace TokenDesk {

class HttpExchange;

// The QNetworkAccessManagers that carry PartnerApi's requests, and which of
// them each request takes. Over HTTP/1.1 a manager opens at most six
// connections to a host, so 32 requests in flight take six managers; over
// HTTP/2 one connection carries them all, so they all take the first.
// Which one an https server speaks is known after the first TLS handshake
// (ALPN): until then one request goes alone and the others wait for its
// handshake (a few milliseconds), so that an HTTP/2 server is not sent six
// connections, nor an HTTP/1.1 server a slow start.
class NetworkPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPool)

public:
    enum class Wire { Unknown, Http1, Http2 };

    explicit NetworkPool(QObject *parent = nullptr);
    ~NetworkPool() override; // deletes the exchanges it carries, before the managers

    // Where the requests go: chooses the proxy policy, and forgets what the
    // server speaks when the origin changed.
    void setOrigin(const QUrl &baseUrl);
    // Makes room for this many requests in flight at once.
    void reserve(int requestsInFlight);
    // Also trusts the CA certificates of this PEM file from now on, besides
    // the system's; certificates are the file's, as the caller read them.
    void addCaCertificates(const QString &pemPath, const QList<QSslCertificate> &certificates);

    // Sends it now, or once the first handshake has told what the server speaks.
    void send(HttpExchange *exchange);
    int requestsInFlight() const;
    Wire wire() const { return m_wire; }

private:
    void learnWire(const QByteArray &alpnProtocol);
    void onDone(HttpExchange *exchange, const QByteArray &tlsSession);
    void startWaiting();
    void startNow(HttpExchange *exchange);
    QNetworkAccessManager *leastBusyNetwork() const;
    void applyProxyPolicy(QNetworkAccessManager *network) const;
    // Built on first use (it loads the TLS backend, which a window that
    // starts on plain http must not wait for).
    QSslConfiguration &tlsConfiguration();
    void forgetConnections();
    void forgetWire(); // until the next first handshake tells it again
    void forgetTlsSession();

    QList<QNetworkAccessManager *> m_networks; // never empty
    QList<QPointer<HttpExchange>> m_exchanges; // waiting or on the wire
    QPointer<HttpExchange> m_firstHandshake;   // while the wire is unknown
    // Managers whose connection was opened offering h2. Qt keys its
    // connections by that offer, so they keep offering it, or a second
    // connection object (six more connections) would open beside the first.
    QSet<QNetworkAccessManager *> m_offeredHttp2;
    QUrl m_origin;
    Wire m_wire = Wire::Unknown;
    // What every https request goes with: Qt's defaults or those and a CA
    // file's, session persistence on, and the last TLS session a server
    // gave (resumed by later connections). Unset until first needed.
    std::optional<QSslConfiguration> m_tlsConfiguration;
};

} // namespace TokenDesk
