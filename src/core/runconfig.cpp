// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runconfig.h"

#include "core/fetchqueue.h"
#include "core/inputpolicy.h"
#include "core/requestbuilder.h"

#include <cmath>

namespace TokenDesk {

namespace {

using Item = ConfigProblem::Item;

// A variable that is set but blank counts as unset.
QString variable(const QProcessEnvironment &environment, const char *name)
{
    const QString value = environment.value(QLatin1String(name));
    return value.trimmed().isEmpty() ? QString() : value;
}

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The command line's number, else the setting, else the default; a value
// outside [low, high] (or not a number) is refused where it came from.
Resolved<int> resolveCount(const std::optional<QString> &flag, std::optional<int> setting,
                           int fallback, int low, int high, Item item,
                           QList<ConfigProblem> &problems)
{
    const auto inRange = [low, high](int value) {
        return value >= low && value <= high;
    };
    if (flag) {
        const std::optional<int> value = wholeNumber(*flag);
        if (value && inRange(*value))
            return {*value, ConfigSource::Flag};
        problems.append({item, ConfigSource::Flag, *flag, {}, false});
        return {fallback, ConfigSource::Default};
    }
    if (setting) {
        if (inRange(*setting))
            return {*setting, ConfigSource::Settings};
        problems.append({item, ConfigSource::Settings, QString::number(*setting), {}, false});
    }
    return {fallback, ConfigSource::Default};
}

// Seconds above 0 and at most a day; the command line may give fractions.
Resolved<std::chrono::milliseconds> resolveTimeout(const std::optional<QString> &flag,
                                                   std::optional<std::chrono::seconds> setting,
                                                   QList<ConfigProblem> &problems)
{
    using std::chrono::milliseconds;
    const auto inRange = [](milliseconds value) {
        return value > milliseconds::zero() && value <= RunDefaults::MaxTimeout;
    };
    const Resolved<milliseconds> fallback{RunDefaults::Timeout, ConfigSource::Default};
    if (flag) {
        bool ok = false;
        const double seconds = flag->trimmed().toDouble(&ok);
        if (ok && std::isfinite(seconds) && seconds > 0 &&
            seconds <= static_cast<double>(std::chrono::seconds(RunDefaults::MaxTimeout).count())) {
            // A sliver of a millisecond still waits one.
            return {milliseconds(std::max<qint64>(1, std::llround(seconds * 1000))),
                    ConfigSource::Flag};
        }
        problems.append({Item::Timeout, ConfigSource::Flag, *flag, {}, false});
        return fallback;
    }
    if (setting) {
        if (inRange(*setting))
            return {*setting, ConfigSource::Settings};
        problems.append(
            {Item::Timeout, ConfigSource::Settings, QString::number(setting->count()), {}, false});
    }
    return fallback;
}

Resolved<QUrl> resolveBaseUrl(const ConfigFlags &flags, const QProcessEnvironment &environment,
                              const std::optional<Profile> &profile, const ConfigSettings &settings,
                              QList<ConfigProblem> &problems)
{
    if (flags.demo) {
        // The window lets --demo win; the CLI says the two do not go together.
        if (flags.baseUrl && flags.program == Program::Cli)
            problems.append({Item::BaseUrl, ConfigSource::Flag, *flags.baseUrl, {}, true});
        return {QUrl(), ConfigSource::Demo};
    }
    ConfigSource source = ConfigSource::Default;
    QString text;
    if (flags.baseUrl) {
        source = ConfigSource::Flag;
        text = *flags.baseUrl; // given, even empty: checked, never skipped
    } else if (const QString fromEnvironment = variable(environment, "TOKENDESK_BASE_URL");
               !fromEnvironment.isEmpty()) {
        source = ConfigSource::Environment;
        text = fromEnvironment;
    } else if (profile && !profile->baseUrl.trimmed().isEmpty()) {
        source = ConfigSource::Profile;
        text = profile->baseUrl;
    } else if (!settings.baseUrl.trimmed().isEmpty()) {
        source = ConfigSource::Settings;
        text = settings.baseUrl;
    } else {
        return {defaultBaseUrl(), ConfigSource::Default};
    }
    const BaseUrlCheck check = checkBaseUrl(text);
    if (!check.ok()) {
        problems.append({Item::BaseUrl, source, text, check.problem, false});
        return {QUrl(), source};
    }
    return {check.url, source};
}

} // namespace

bool RunConfig::baseUrlFixed() const
{
    return baseUrl.source == ConfigSource::Demo || baseUrl.source == ConfigSource::Flag ||
           baseUrl.source == ConfigSource::Environment;
}

RunConfig resolveConfig(const ConfigFlags &flags, const QProcessEnvironment &environment,
                        const std::optional<Profile> &profile, const ConfigSettings &settings)
{
    RunConfig config;
    config.demo = flags.demo;
    config.baseUrl = resolveBaseUrl(flags, environment, profile, settings, config.problems);

    // The sandbox is not any saved agency.
    if (flags.demo) {
        if (flags.profile && flags.program == Program::Cli)
            config.problems.append({Item::Profile, ConfigSource::Flag, *flags.profile, {}, true});
    } else {
        config.profile = profile;
    }

    // --key-stdin is asked for in this very run, so it wins even over the demo key.
    const QString environmentKey = variable(environment, "TOKENDESK_API_KEY");
    if (flags.keyStdin) {
        config.keySource = ConfigSource::Stdin;
    } else if (flags.demo) {
        config.keySource = ConfigSource::Demo;
    } else if (!environmentKey.isEmpty()) {
        config.keySource = ConfigSource::Environment;
        config.environmentKey = environmentKey;
    } else if (config.profile) {
        config.keySource = ConfigSource::Profile;
    } else {
        config.keySource =
            flags.program == Program::Window ? ConfigSource::Field : ConfigSource::None;
    }

    config.caFiles = flags.caFiles;
    config.concurrency = resolveCount(
        flags.concurrency, settings.concurrency, FetchQueue::DefaultConcurrency,
        FetchQueue::MinConcurrency, FetchQueue::MaxConcurrency, Item::Concurrency, config.problems);
    config.timeout = resolveTimeout(flags.timeout, settings.timeout, config.problems);
    config.retries = resolveCount(flags.retries, settings.retries, RunDefaults::Retries, 0,
                                  RunDefaults::MaxRetries, Item::Retries, config.problems);
    return config;
}

} // namespace TokenDesk
