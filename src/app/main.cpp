// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslations.h"
#include "mainwindow.h"

#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace TokenDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tokendesk.TokenDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Fetch BotPenguin customers' API tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Try TokenDesk against its built-in sandbox."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QApplication::translate("main", "The partner API's address (https://, or http:// for "
                                        "localhost). Overrides TOKENDESK_BASE_URL."),
        QStringLiteral("URL"));
    parser.addOptions({demoOption, baseUrlOption});
    parser.process(app);

    PartnerApi api;
    Sandbox::SandboxServer sandbox;
    const bool demo = parser.isSet(demoOption);
    if (demo) {
        if (!sandbox.listen()) {
            std::fputs("tokendesk: the demo sandbox could not listen on a loopback port\n", stderr);
            return 1;
        }
        api.setBaseUrl(sandbox.baseUrl().toString());
    } else {
        const QString baseUrl = parser.isSet(baseUrlOption)
                                    ? parser.value(baseUrlOption)
                                    : qEnvironmentVariable("TOKENDESK_BASE_URL");
        if (!baseUrl.isEmpty()) {
            const QString problem = api.setBaseUrl(baseUrl);
            if (!problem.isEmpty()) {
                std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problem));
                QMessageBox::critical(nullptr, QApplication::translate("main", "TokenDesk"),
                                      problem);
                return 2;
            }
        }
    }

    MainWindow window(&api);
    if (demo)
        window.enterDemoMode(Sandbox::SandboxServer::demoKey(), sandbox.sampleUserIds(5));
    else
        window.setAgencyKey(qEnvironmentVariable("TOKENDESK_API_KEY"));
    window.show();
    return QApplication::exec();
}
