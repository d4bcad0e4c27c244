// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"
#include "clirunner.h"

#include "core/startup.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace TokenDesk::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names, so that QSettings finds the profiles it saved.
    TokenDesk::startProgram();
    // Messages in the system's language; the output formats never change.
    TokenDesk::I18n::installTranslations();

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    switch (parsed.action) {
    case ParsedCommandLine::Action::ShowHelp:
    case ParsedCommandLine::Action::ShowVersion:
        std::fputs(qPrintable(parsed.text + QLatin1Char('\n')), stdout);
        return ExitOk;
    case ParsedCommandLine::Action::UsageError:
        std::fputs(qPrintable(QStringLiteral("tokendesk-cli: ") + parsed.text + QLatin1Char('\n') +
                              tryHelpHint() + QLatin1Char('\n')),
                   stderr);
        return ExitUsage;
    case ParsedCommandLine::Action::Run:
        break;
    }

    QFile standardInput;
    // A closed standard input reads as empty.
    QIODevice *input = standardInput.open(stdin, QIODevice::ReadOnly) ? &standardInput : nullptr;
    CliRunner runner;
    if (const auto status = runner.prepare(parsed.options, input))
        return *status;
    // Sending starts once the event loop runs, so that exit() is heard.
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
