// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"
#include "clirunner.h"
#include "clitr.h"
#include "console.h"

#include "core/startup.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cerrno>
#include <cstdio>

using namespace TokenDesk::Cli;

namespace {

// --help and --version: written and checked like everything else.
int printText(const QString &text)
{
    const int error = Console::writeAll(stdout, text.toUtf8() + '\n');
    if (error == 0)
        return ExitOk;
    if (error == EPIPE)
        return ExitReaderGone; // nobody is listening: without a word
    Console::writeAll(
        stderr,
        QStringLiteral("tokendesk-cli: %1\n")
            .arg(
                CliText::tr("The output could not be written (%1).").arg(Console::errorText(error)))
            .toUtf8());
    return ExitOutputFailed;
}

} // namespace

int main(int argc, char *argv[])
{
    // First, before any file or socket could take a closed stream's number.
    Console::guardStandardStreams();
    QCoreApplication app(argc, argv);
    // The window's names, so that QSettings finds the profiles it saved.
    TokenDesk::startProgram();
    // Messages in the system's language; the output formats never change.
    TokenDesk::I18n::installTranslations();

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    switch (parsed.action) {
    case ParsedCommandLine::Action::ShowHelp:
    case ParsedCommandLine::Action::ShowVersion:
        return printText(parsed.text);
    case ParsedCommandLine::Action::UsageError:
        // When even this cannot be written, the status still says usage error.
        Console::writeAll(stderr, (QStringLiteral("tokendesk-cli: ") + parsed.text +
                                   QLatin1Char('\n') + tryHelpHint() + QLatin1Char('\n'))
                                      .toUtf8());
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
    runner.watchSignals();
    // Sending starts once the event loop runs, so that exit() is heard.
    QTimer::singleShot(0, &runner, &CliRunner::start);
    QCoreApplication::exec();
    return runner.exitStatus();
}
