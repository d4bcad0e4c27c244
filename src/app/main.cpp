// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "apptranslations.h"
#include "mainwindow.h"

#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkProxyFactory>

#include <cstdio>

using namespace TokenDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The system's proxy settings (and a corporate TLS proxy with --ca-file) apply.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
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
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QApplication::translate("main", "Describe each request and reply on standard error, "
                                        "with the key and tokens shown as ***."));
    parser.addOptions({demoOption, baseUrlOption, verboseOption});
    parser.process(app);
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.debug=true"));

    PartnerApi api;
    Sandbox::SandboxServer sandbox;
    const bool demo = parser.isSet(demoOption);
    QString baseUrlOverride; // from the command line or the environment: beats the setting
    if (demo) {
        if (!sandbox.listen()) {
            std::fputs("tokendesk: the demo sandbox could not listen on a loopback port\n", stderr);
            return 1;
        }
        api.setBaseUrl(sandbox.baseUrl().toString());
    } else {
        baseUrlOverride = parser.isSet(baseUrlOption) ? parser.value(baseUrlOption)
                                                      : qEnvironmentVariable("TOKENDESK_BASE_URL");
        if (!baseUrlOverride.isEmpty()) {
            const QString problem = api.setBaseUrl(baseUrlOverride);
            if (!problem.isEmpty()) {
                std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problem));
                QMessageBox::critical(nullptr, QApplication::translate("main", "TokenDesk"),
                                      problem);
                return 2;
            }
        }
    }

    MainWindow window(&api);
    if (demo || !baseUrlOverride.isEmpty())
        window.fixBaseUrl();
    else if (const QString saved = window.settings()->baseUrl(); !saved.isEmpty())
        api.setBaseUrl(saved); // stored only after it passed the same check
    if (demo)
        window.enterDemoMode(Sandbox::SandboxServer::demoKey(), sandbox.sampleUserIds(5));
    else
        window.openLastProfile();
    // The environment's key wins over a profile's, as the contract orders them.
    if (!demo && qEnvironmentVariableIsSet("TOKENDESK_API_KEY"))
        window.setAgencyKey(qEnvironmentVariable("TOKENDESK_API_KEY"));
    window.show();
    return QApplication::exec();
}
