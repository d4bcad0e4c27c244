// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenquery.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace TokenDesk::Cli {

enum class OutputFormat { Jsonl, Json, Csv, Table };

// What the command line asked for, checked for form but not yet for meaning
// (the base URL, the key and the files are checked by CliRunner).
struct CliOptions
{
    QStringList userIds;                // positional, as given
    QStringList inputFiles;             // -i; "-" is standard input
    std::optional<TokenQuery> member;   // --email and --type, the type upper-case
    std::optional<OutputFormat> format; // unset: table on a terminal, jsonl otherwise
    int concurrency = 6;
    std::chrono::milliseconds timeout{30000};
    int retries = 2;
    std::optional<QString> baseUrl;
    std::optional<QString> profile; // a saved profile: its base URL and its key
    QStringList caFiles;            // --ca-file, each a PEM file of CA certificates to trust too
    bool keyStdin = false;
    bool demo = false;
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

} // namespace TokenDesk::Cli
