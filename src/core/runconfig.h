// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profilestore.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace TokenDesk {

// The one place where a run's configuration is decided, for the window and
// for tokendesk-cli alike: which base URL, which source of the agency key,
// which profile, CA files, timeout, retries and concurrency, from the command
// line, the environment, a saved profile and the window's settings, in the
// order ../shared/CONTRACT.md gives. resolveConfig() reads nothing itself (no
// keychain, no standard input, no settings file): it says which source to
// read, so it can be tested row by row.

// Concurrency's range and default are FetchQueue's (1..64, 6).
namespace RunDefaults {
constexpr int Retries = 2; // extra tries of a transient failure
constexpr int MaxRetries = 10;
constexpr std::chrono::seconds Timeout{30}; // for one request
constexpr std::chrono::hours MaxTimeout{24};
} // namespace RunDefaults

enum class Program { Window, Cli };

// Where a value came from, strongest first as the contract orders them.
enum class ConfigSource {
    Stdin,       // --key-stdin: the first line of standard input (the key only)
    Demo,        // --demo: the built-in sandbox and its demo key
    Flag,        // the command line
    Environment, // TOKENDESK_BASE_URL, TOKENDESK_API_KEY
    Profile,     // a saved profile: its base URL, its key in the keychain
    Settings,    // the window's settings
    Field,       // the window's agency key field (the key only)
    Default,     // nothing was given
    None,        // nothing was given and there is no default (the CLI's key)
};

// The command line as given, never a key: the contract forbids one in an
// argument, so there is no field that could hold it. The numbers are the
// text after the option; resolveConfig() reads and checks them.
struct ConfigFlags
{
    Program program = Program::Window;
    std::optional<QString> baseUrl;     // --base-url
    std::optional<QString> profile;     // --profile NAME (its lookup is the caller's)
    bool keyStdin = false;              // --key-stdin
    bool demo = false;                  // --demo
    QStringList caFiles;                // --ca-file, each a PEM file
    std::optional<QString> concurrency; // -j
    std::optional<QString> timeout;     // --timeout, in seconds
    std::optional<QString> retries;     // --retries
};

// The window's saved settings (AppSettings); unset for tokendesk-cli.
struct ConfigSettings
{
    QString baseUrl; // empty: none saved
    std::optional<int> concurrency;
    std::optional<std::chrono::seconds> timeout;
    std::optional<int> retries;
};

template <typename T> struct Resolved
{
    T value{};
    ConfigSource source = ConfigSource::Default;
};

// What resolveConfig() refused. Each program words it for its own user; the
// base URL's reason is the policy's own sentence (checkBaseUrl).
struct ConfigProblem
{
    enum class Item { BaseUrl, Profile, Concurrency, Timeout, Retries };
    Item item = Item::BaseUrl;
    ConfigSource source = ConfigSource::Flag;
    QString value;         // as given
    QString reason;        // the base-URL policy's sentence, or empty
    bool withDemo = false; // refused because --demo brings its own
};

struct RunConfig
{
    // Empty with ConfigSource::Demo: the sandbox's address, known once it listens.
    Resolved<QUrl> baseUrl;
    // The source to read the agency key from; the value itself only for the
    // environment (Stdin, Profile and Demo are read by the caller).
    ConfigSource keySource = ConfigSource::None;
    QString environmentKey;
    std::optional<Profile> profile; // the profile in use; never with --demo
    QStringList caFiles;
    Resolved<int> concurrency;
    Resolved<std::chrono::milliseconds> timeout;
    Resolved<int> retries;
    bool demo = false;
    QList<ConfigProblem> problems; // nothing may be sent unless this is empty

    bool ok() const { return problems.isEmpty(); }
    // Given for this run (command line, environment, demo): a setting or a
    // profile opened later must not replace it.
    bool baseUrlFixed() const;
};

// flags: the command line; environment: TOKENDESK_BASE_URL and
// TOKENDESK_API_KEY (blank counts as unset); profile: the profile --profile
// names, or the window's last used one; settings: the window's.
//  - base URL: --demo > --base-url > TOKENDESK_BASE_URL > profile > settings >
//    https://api.v7.botpenguin.com, checked by checkBaseUrl (https; http only
//    for loopback). tokendesk-cli refuses --demo with --base-url or --profile;
//    the window lets --demo win.
//  - key: --key-stdin > --demo's key > TOKENDESK_API_KEY > the profile's key in
//    the keychain > the window's field (tokendesk-cli: none). Never an argument.
//  - concurrency (1..64), timeout (above 0, at most a day), retries (0..10):
//    the command line > settings > the defaults above.
RunConfig resolveConfig(const ConfigFlags &flags, const QProcessEnvironment &environment,
                        const std::optional<Profile> &profile, const ConfigSettings &settings);

} // namespace TokenDesk
