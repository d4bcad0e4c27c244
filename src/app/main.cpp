// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "appstyle.h"
#include "apptranslations.h"
#include "firstpaint.h"
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
#include <optional>

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
    AppStyle::install();
    // Before the window is built, so that it is built in its language at once.
    applyLanguage(AppSettings().language());

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
    std::optional<Sandbox::SandboxServer> sandbox; // built only for demo mode: faster start
    const bool demo = parser.isSet(demoOption);
    QString baseUrlOverride; // from the command line or the environment: beats the setting
    if (demo) {
        if (!sandbox.emplace().listen()) {
            const QString problem = QApplication::translate(
                "main", "The demo sandbox could not listen on a loopback port.");
            std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problem));
            return 1;
        }
        api.setBaseUrl(sandbox->baseUrl().toString());
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
    if (demo) {
        window.enterDemoMode(Sandbox::SandboxServer::demoKey(), sandbox->sampleUserIds(5));
    } else {
        // Once the window is on screen: the profile's key comes from the
        // keychain, another process reached over D-Bus.
        new AfterFirstPaint(&window, [&window] {
            window.openLastProfile();
            // The environment's key wins over a profile's, as the contract orders them.
            if (qEnvironmentVariableIsSet("TOKENDESK_API_KEY"))
                window.setAgencyKey(qEnvironmentVariable("TOKENDESK_API_KEY"));
        });
    }
    // Loading the SVG icon plugin and drawing the icon at every size would
    // delay the first sight of the window by milliseconds.
    new AfterFirstPaint(&window, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    });
    // TOKENDESK_EXIT_AFTER_FIRST_PAINT=1: the startup benchmark's hook.
    if (qEnvironmentVariableIsSet("TOKENDESK_EXIT_AFTER_FIRST_PAINT"))
        new AfterFirstPaint(&window, reportFirstPaintAndQuit);
    window.show();
    return QApplication::exec();
}
