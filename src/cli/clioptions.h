// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runconfig.h"
#include "core/tokenquery.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk::Cli {

enum class OutputFormat { Jsonl, Json, Csv, Table };

// What the command line asked for, checked for form but not yet for meaning:
// the configuration (base URL, key source, profile, numbers) is decided by
// resolveConfig() in CliRunner::prepare, the files are read there too.
struct CliOptions
{
    QStringList userIds;                // positional, as given
    QStringList inputFiles;             // -i; "-" is standard input
    std::optional<TokenQuery> member;   // --email and --type, the type upper-case
    std::optional<OutputFormat> format; // unset: table on a terminal, jsonl otherwise
    ConfigFlags
        config; // --base-url, --profile, --key-stdin, --demo, --ca-file, -j, --timeout, --retries
    // The run's retries as resolveConfig() decided them, for CustomerRun's
    // lister; CliRunner::prepare sets it.
    int retries = RunDefaults::Retries;
    bool verbose = false;
    bool listCustomers = false; // --customers
    bool allCustomers = false;  // --all: every listed customer's token

    bool listsCustomers() const { return listCustomers || allCustomers; }
};

struct ParsedCommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    Action action = Action::Run;
    CliOptions options;
    QString text; // the help text, or the usage error's one sentence
};

// Parses arguments (arguments[0] is the program) without exiting or printing:
// a usage error comes back as a value, so nothing is sent.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

QString versionText();
QString tryHelpHint();

// What resolveConfig() refused, in the command line's words.
QString configProblemText(const ConfigProblem &problem);

} // namespace TokenDesk::Cli
