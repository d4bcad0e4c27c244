// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-sandbox: the sandbox as a standalone server, for benchmarks and
// trying the API by hand with curl. Prints its base URL, then serves until
// killed.

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

using TokenDesk::Sandbox::SandboxServer;

namespace {

// A whole number in [minimum, maximum] from option, or exits with status 2.
int numberOption(const QCommandLineParser &parser, const QString &option, int fallback, int minimum,
                 int maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        std::fprintf(stderr, "tokendesk-sandbox: --%s must be a whole number from %d to %d\n",
                     qPrintable(option), minimum, maximum);
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A loopback imitation of the BotPenguin partner API. The agency key is "
                       "\"%1\".")
            .arg(SandboxServer::demoKey()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("latency-ms"),
                      QStringLiteral("Delay before every reply, in milliseconds."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Number of customers."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("tls-cert"),
                      QStringLiteral("Serve HTTPS with this PEM certificate (needs --tls-key); "
                                     "the base URL is then https://localhost:PORT."),
                      QStringLiteral("PEM")});
    parser.addOption({QStringLiteral("tls-key"),
                      QStringLiteral("The certificate's unencrypted PEM private key."),
                      QStringLiteral("PEM")});
    parser.process(app);

    const int port = numberOption(parser, QStringLiteral("port"), 0, 0, 65535);
    const int latency = numberOption(parser, QStringLiteral("latency-ms"), 0, 0, 600000);
    const int customers = numberOption(parser, QStringLiteral("customers"), 40, 0, 1000000);

    SandboxServer server;
    server.setLatency(std::chrono::milliseconds(latency));
    server.setCustomerCount(customers);
    const bool tls =
        parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    QSslCertificate certificate;
    QSslKey key;
    if (tls) {
        if (!parser.isSet(QStringLiteral("tls-cert")) || !parser.isSet(QStringLiteral("tls-key"))) {
            std::fprintf(stderr, "tokendesk-sandbox: --tls-cert and --tls-key go together\n");
            return 2;
        }
        const QString problem = SandboxServer::loadTlsFiles(
            parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")),
            &certificate, &key);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "tokendesk-sandbox: %s\n", qPrintable(problem));
            return 2;
        }
    }
    const bool listening = tls ? server.listenTls(certificate, key, QHostAddress::LocalHost,
                                                  static_cast<quint16>(port))
                               : server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
    if (!listening) {
        std::fprintf(stderr, "tokendesk-sandbox: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    const QByteArray url = server.baseUrl().toString().toUtf8();
    std::fprintf(stdout, "%s\n", url.constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
