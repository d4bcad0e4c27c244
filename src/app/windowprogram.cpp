// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowprogram.h"

#include "app/settings/appsettings.h"
#include "app/settings/apptranslations.h"
#include "app/style/appstyle.h"
#include "app/widgets/firstpaint.h"
#include "app/window/mainwindow.h"

#include "core/partnerapi.h"
#include "core/profilestore.h"
#include "core/runconfig.h"
#include "core/startup.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <optional>

namespace TokenDesk {

int runWindowProgram(QApplication &app, const std::function<void()> &afterFirstPaint)
{
    startProgram();
    QApplication::setDesktopFileName(programIdentity().desktopId);
    AppStyle::install();
    const AppSettings settings;
    // Before the window is built, so that it is built in its language at once.
    applyLanguage(settings.language());

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
        logRequests();

    // The command line, the environment, the profile used last and the
    // settings, in the contract's order (resolveConfig).
    ConfigFlags flags;
    flags.program = Program::Window;
    flags.demo = parser.isSet(demoOption);
    if (parser.isSet(baseUrlOption))
        flags.baseUrl = parser.value(baseUrlOption);
    const ProfileStore profiles;
    const RunConfig config =
        resolveConfig(flags, QProcessEnvironment::systemEnvironment(),
                      profiles.profile(profiles.lastUsed()), settings.configSettings());
    if (!config.ok()) {
        // Refused before the window or any request.
        const QString problem = config.problems.constFirst().reason;
        std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problem));
        QMessageBox::critical(nullptr, QApplication::translate("main", "TokenDesk"), problem);
        return 2;
    }

    PartnerApi api;
    std::optional<Sandbox::SandboxServer> sandbox; // built only for demo mode: faster start
    if (config.demo) {
        if (!sandbox.emplace().listen()) {
            const QString problem = QApplication::translate(
                "main", "The demo sandbox could not listen on a loopback port.");
            std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problem));
            return 1;
        }
        api.setBaseUrl(sandbox->baseUrl().toString());
    } else {
        api.setBaseUrl(config.baseUrl.value.toString());
    }

    MainWindow window(&api);
    if (config.baseUrlFixed())
        window.fixBaseUrl();
    if (config.demo) {
        window.enterDemoMode(Sandbox::SandboxServer::demoKey(), sandbox->sampleUserIds(5));
    } else {
        // Once the window is on screen: the profile's key comes from the
        // keychain, another process reached over D-Bus. The profile is opened
        // (and listed) whichever key wins; a key already in the field stays.
        new AfterFirstPaint(&window, [&window, config] {
            window.openLastProfile();
            if (config.keySource == ConfigSource::Environment)
                window.setAgencyKey(config.environmentKey);
        });
    }
    // Loading the SVG icon plugin and drawing the icon at every size would
    // delay the first sight of the window by milliseconds.
    new AfterFirstPaint(&window, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    });
    if (afterFirstPaint)
        new AfterFirstPaint(&window, afterFirstPaint);
    window.show();
    return QApplication::exec();
}

} // namespace TokenDesk
