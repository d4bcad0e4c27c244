// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// nghttpx (nghttp2's proxy, from Debian; scripts/install-deps.sh installs
// it) in front of the sandbox: a real HTTP/2 and TLS server, which the
// sandbox cannot be with Qt 6.4's public API. Its access log tells, for
// every request, the client's port (one per connection), the protocol and
// whether the connection resumed a TLS session.
class NghttpxFront
{
public:
    enum class Offer { Http2, Http1Only };

    // backendPort: the plain-http sandbox's. Returns the problem, or empty.
    QString start(quint16 backendPort, Offer offer, const QString &certificate, const QString &key)
    {
        const QString nghttpx = QStandardPaths::findExecutable(
            QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (nghttpx.isEmpty())
            return QStringLiteral("nghttpx is not installed (scripts/install-deps.sh)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        // A port nobody listens on, from a range apart from the kernel's own.
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(20000));
            m_process.setProgram(nghttpx);
            m_process.setArguments(
                {QStringLiteral("--conf=/dev/null"), QStringLiteral("--workers=1"),
                 QStringLiteral("--no-ocsp"), QStringLiteral("--frontend=127.0.0.1,%1").arg(m_port),
                 QStringLiteral("--backend=127.0.0.1,%1").arg(backendPort),
                 QStringLiteral("--backend-connections-per-frontend=0"),
                 QStringLiteral("--npn-list=%1")
                     .arg(offer == Offer::Http2 ? QStringLiteral("h2,http/1.1")
                                                : QStringLiteral("http/1.1")),
                 QStringLiteral("--accesslog-file=%1").arg(logPath()),
                 QStringLiteral(
                     "--accesslog-format=$remote_port $alpn $tls_session_reused $status"),
                 QStringLiteral("--errorlog-file=%1")
                     .arg(m_dir.filePath(QStringLiteral("error.log"))),
                 key, certificate});
            m_process.start();
            if (!m_process.waitForStarted(30000))
                return QStringLiteral("nghttpx did not start: %1").arg(m_process.errorString());
            for (int wait = 0; wait < 300 && m_process.state() == QProcess::Running; ++wait) {
                QTcpSocket probe;
                probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                if (probe.waitForConnected(100)) {
                    probe.disconnectFromHost();
                    return {};
                }
                QTest::qWait(100);
            }
            stop();
        }
        return QStringLiteral("nghttpx did not listen");
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(10000);
    }

    ~NghttpxFront() { stop(); }

    QUrl baseUrl() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_port)); }

    struct Line
    {
        QByteArray clientPort, protocol;
        bool resumed = false;
        int status = 0;
    };

    // The access log's lines for the requests answered so far (the probe
    // connection of start() made none).
    QList<Line> requests() const
    {
        QList<Line> lines;
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &text : log.readAll().split('\n')) {
            const QList<QByteArray> fields = text.split(' ');
            if (fields.size() == 4)
                lines.append({fields[0], fields[1], fields[2] == "r", fields[3].toInt()});
        }
        return lines;
    }

    int connections() const
    {
        QSet<QByteArray> ports;
        for (const Line &line : requests())
            ports.insert(line.clientPort);
        return static_cast<int>(ports.size());
    }

    int resumedConnections() const
    {
        QSet<QByteArray> ports;
        for (const Line &line : requests()) {
            if (line.resumed)
                ports.insert(line.clientPort);
        }
        return static_cast<int>(ports.size());
    }

    QSet<QByteArray> protocols() const
    {
        QSet<QByteArray> seen;
        for (const Line &line : requests())
            seen.insert(line.protocol);
        return seen;
    }

private:
    QString logPath() const { return m_dir.filePath(QStringLiteral("access.log")); }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
