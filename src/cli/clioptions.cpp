// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "clitr.h"

#include "core/inputpolicy.h"
#include "core/startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace TokenDesk::Cli {

namespace {

std::optional<OutputFormat> formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("jsonl"))
        return OutputFormat::Jsonl;
    if (lower == QLatin1String("json"))
        return OutputFormat::Json;
    if (lower == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (lower == QLatin1String("table"))
        return OutputFormat::Table;
    return std::nullopt;
}

ParsedCommandLine usageError(const QString &sentence)
{
    ParsedCommandLine parsed;
    parsed.action = ParsedCommandLine::Action::UsageError;
    parsed.text = sentence;
    return parsed;
}

QString description()
{
    return CliText::tr(
        "Fetches BotPenguin customers' permanent API tokens with a partner agency key.\n\n"
        "The agency key is never taken from an argument: give it with --key-stdin (the "
        "first line of standard input), the TOKENDESK_API_KEY environment variable, or "
        "--profile NAME, a profile saved in the window with its key in the system's "
        "keychain. TOKENDESK_BASE_URL sets the API's address (--base-url wins; both win "
        "over the profile's).\n\n"
        "Exit status: 0 every token fetched, 1 at least one failed or was skipped, 2 usage "
        "or input error (nothing was sent), 3 the agency key was rejected, 4 the output "
        "could not be written, 130 or 143 after Ctrl+C or SIGTERM (the rows that finished "
        "are written), 141 when the reader of the output went away.");
}

struct MemberOption
{
    TokenQuery query;
    QString problem;
};

// --email and --type, each once and together.
MemberOption memberFromOptions(const QStringList &emails, const QStringList &types)
{
    if (emails.isEmpty() || types.isEmpty())
        return {{}, CliText::tr("--email and --type go together: give both for a team member.")};
    if (emails.size() > 1 || types.size() > 1)
        return {{},
                CliText::tr("Give --email and --type once; for more team members use -i FILE "
                            "with a CSV with email and type columns.")};
    const QString address = emails.first().trimmed();
    if (const QString problem = memberEmailProblem(address); !problem.isEmpty())
        return {{}, QStringLiteral("--email: ") + problem};
    const QString memberType = memberTypeFromText(types.first());
    if (memberType.isEmpty())
        return {{},
                CliText::tr("Unknown --type “%1”: use AGENT, CUSTOM_USER or CUSTOMER.")
                    .arg(types.first())};
    return {TokenQuery::forMember(address, memberType), {}};
}

// --customers and --all take their customers from the list, and nothing else.
QString customerListProblem(const CliOptions &options)
{
    if (options.listCustomers && options.allCustomers)
        return CliText::tr("Give --customers (the list) or --all (every customer's token), "
                           "not both.");
    if (options.listsCustomers() &&
        (!options.userIds.isEmpty() || !options.inputFiles.isEmpty() || options.member))
        return CliText::tr("--customers and --all take every customer from the list; leave out "
                           "user IDs, -i and --email.");
    return {};
}

} // namespace

QString versionText()
{
    return QStringLiteral("tokendesk-cli ") + programIdentity().version;
}

QString tryHelpHint()
{
    return CliText::tr("Try 'tokendesk-cli --help'.");
}

QString configProblemText(const ConfigProblem &problem)
{
    using Item = ConfigProblem::Item;
    switch (problem.item) {
    case Item::BaseUrl:
        if (problem.withDemo)
            return CliText::tr("--demo runs its own sandbox; leave out --base-url.");
        // Said where the address came from, unless it was typed right here.
        switch (problem.source) {
        case ConfigSource::Environment:
            return QStringLiteral("TOKENDESK_BASE_URL: ") + problem.reason;
        case ConfigSource::Profile:
            return QStringLiteral("--profile: ") + problem.reason;
        default:
            return problem.reason;
        }
    case Item::Profile:
        return CliText::tr("--demo runs its own sandbox; leave out --profile.");
    case Item::Concurrency:
        return CliText::tr("The concurrency (-j) must be a whole number from 1 to 64, not "
                           "“%1”.")
            .arg(problem.value);
    case Item::Timeout:
        return CliText::tr("--timeout must be a number of seconds above 0 and at most %L1 (a "
                           "day), not “%2”.")
            .arg(std::chrono::seconds(RunDefaults::MaxTimeout).count())
            .arg(problem.value);
    case Item::Retries:
        return CliText::tr("--retries must be a whole number from 0 to 10, not “%1”.")
            .arg(problem.value);
    }
    return problem.reason;
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption input(
        {QStringLiteral("i"), QStringLiteral("input")},
        CliText::tr("User IDs, one per line (# comments and blank lines are skipped), or a CSV "
                    "with a userId or _id column, or a CSV with email and type columns for "
                    "team members; \"-\" reads standard input. Each ID once."),
        CliText::tr("FILE"));
    const QCommandLineOption email(
        QStringLiteral("email"),
        CliText::tr("A team member's e-mail address, to fetch their token; needs --type."),
        CliText::tr("ADDRESS"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        CliText::tr("The team member's type: AGENT, CUSTOM_USER or CUSTOMER (any case)."),
        CliText::tr("T"));
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        CliText::tr("jsonl, json, csv or table (default: table on a terminal, "
                    "jsonl otherwise)."),
        CliText::tr("FMT"));
    const QCommandLineOption concurrency(
        {QStringLiteral("j"), QStringLiteral("concurrency")},
        CliText::tr("Requests in flight at once, 1..64 (default 6)."), CliText::tr("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CliText::tr("Time allowed for one request (default 30)."),
                                     CliText::tr("SECONDS"));
    const QCommandLineOption retries(
        QStringLiteral("retries"),
        CliText::tr("Extra tries of a transient failure, 0..10 (default 2)."), CliText::tr("N"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        CliText::tr("The API's address (default https://api.v7.botpenguin.com)."),
        CliText::tr("URL"));
    const QCommandLineOption keyStdin(
        QStringLiteral("key-stdin"),
        CliText::tr("Read the agency key from the first line of standard "
                    "input."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), CliText::tr("Use a built-in sandbox of the API with a demo key."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        CliText::tr("Describe each request and reply on standard error (the "
                    "key and tokens are shown as ***)."));
    parser.addOptions(
        {input, format, concurrency, timeout, retries, baseUrl, keyStdin, demo, verbose});
    parser.addOptions({email, type});
    const QCommandLineOption customers(
        QStringLiteral("customers"),
        CliText::tr("List the agency's customers (every page) instead of fetching tokens."));
    const QCommandLineOption all(
        QStringLiteral("all"),
        CliText::tr("Fetch the token of every customer that the list gives."));
    parser.addOptions({customers, all});
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        CliText::tr("Also trust the CA certificates in this PEM file (a corporate TLS proxy's, "
                    "or a test server's)."),
        CliText::tr("PEM"));
    parser.addOption(caFile);
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        CliText::tr("Use a profile saved in the TokenDesk window: its base URL, and its key "
                    "from the system's keychain."),
        CliText::tr("NAME"));
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("USER_ID"), CliText::tr("Customer user IDs."),
                                 QStringLiteral("[USER_ID...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    ParsedCommandLine parsed;
    if (parser.isSet(helpOption)) {
        parsed.action = ParsedCommandLine::Action::ShowHelp;
        parsed.text = parser.helpText();
        return parsed;
    }
    if (parser.isSet(versionOption)) {
        parsed.action = ParsedCommandLine::Action::ShowVersion;
        parsed.text = versionText();
        return parsed;
    }

    CliOptions &options = parsed.options;
    options.userIds = parser.positionalArguments();
    options.inputFiles = parser.values(input);
    options.verbose = parser.isSet(verbose);
    options.listCustomers = parser.isSet(customers);
    options.allCustomers = parser.isSet(all);
    // Taken as given: resolveConfig() decides what they mean and refuses what it must.
    ConfigFlags &config = options.config;
    config.program = Program::Cli;
    config.keyStdin = parser.isSet(keyStdin);
    config.demo = parser.isSet(demo);
    config.caFiles = parser.values(caFile);
    const auto valueOf = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    config.baseUrl = valueOf(baseUrl);
    config.profile = valueOf(profile);
    config.concurrency = valueOf(concurrency);
    config.timeout = valueOf(timeout);
    config.retries = valueOf(retries);

    if (parser.isSet(format)) {
        options.format = formatFromName(parser.value(format));
        if (!options.format)
            return usageError(CliText::tr("Unknown format “%1”: use jsonl, json, csv or table.")
                                  .arg(parser.value(format)));
    }
    if (parser.isSet(email) || parser.isSet(type)) {
        const auto member = memberFromOptions(parser.values(email), parser.values(type));
        if (!member.problem.isEmpty())
            return usageError(member.problem);
        options.member = member.query;
    }
    if (options.inputFiles.count(QStringLiteral("-")) > 1)
        return usageError(CliText::tr("Standard input (-i -) can be read only once."));
    if (const QString problem = customerListProblem(options); !problem.isEmpty())
        return usageError(problem);
    return parsed;
}

} // namespace TokenDesk::Cli
