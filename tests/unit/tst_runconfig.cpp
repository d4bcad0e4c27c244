// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// resolveConfig(), row by row: every precedence rule of the contract for the
// window and for tokendesk-cli, the refusals, --demo, and that the agency key
// never comes from an argument. Also the start both programs share.
#include "core/fetchqueue.h"
#include "core/inputpolicy.h"
#include "core/logging.h"
#include "core/requestbuilder.h"
#include "core/runconfig.h"
#include "core/startup.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TokenDesk::ConfigFlags)
Q_DECLARE_METATYPE(TokenDesk::ConfigSettings)
Q_DECLARE_METATYPE(TokenDesk::ConfigSource)
Q_DECLARE_METATYPE(std::optional<TokenDesk::Profile>)
Q_DECLARE_METATYPE(QProcessEnvironment)

namespace {

const QString FlagUrl = QStringLiteral("https://flag.example");
const QString EnvUrl = QStringLiteral("https://env.example");
const QString ProfileUrl = QStringLiteral("https://profile.example");
const QString SettingsUrl = QStringLiteral("https://settings.example");
const QString EnvKey = QStringLiteral("env-key-4e1f");
// Put where a key must never be taken from: every argument.
const QString Canary = QStringLiteral("CANARY-argument-key-93ab");

ConfigFlags flagsFor(Program program)
{
    ConfigFlags flags;
    flags.program = program;
    return flags;
}

ConfigFlags withBaseUrl(Program program, const QString &url)
{
    ConfigFlags flags = flagsFor(program);
    flags.baseUrl = url;
    return flags;
}

ConfigFlags demoFlags(Program program)
{
    ConfigFlags flags = flagsFor(program);
    flags.demo = true;
    return flags;
}

ConfigFlags keyStdinFlags(Program program, bool demo = false)
{
    ConfigFlags flags = flagsFor(program);
    flags.keyStdin = true;
    flags.demo = demo;
    return flags;
}

QProcessEnvironment environment(const QString &baseUrl, const QString &key = {})
{
    QProcessEnvironment result;
    if (!baseUrl.isNull())
        result.insert(QStringLiteral("TOKENDESK_BASE_URL"), baseUrl);
    if (!key.isNull())
        result.insert(QStringLiteral("TOKENDESK_API_KEY"), key);
    return result;
}

std::optional<Profile> profileWith(const QString &baseUrl, bool rememberKey = true)
{
    return Profile{QStringLiteral("Acme agency"), baseUrl, rememberKey};
}

ConfigSettings settingsWith(const QString &baseUrl)
{
    ConfigSettings settings;
    settings.baseUrl = baseUrl;
    return settings;
}

const char *programName(Program program)
{
    return program == Program::Window ? "window" : "cli";
}

// "BaseUrl/Flag", "Concurrency/Settings", "Profile/Flag+demo": what a row expects refused.
QStringList problemNames(const RunConfig &config)
{
    QStringList names;
    for (const ConfigProblem &problem : config.problems) {
        static const char *const items[] = {"BaseUrl", "Profile", "Concurrency", "Timeout",
                                            "Retries"};
        static const char *const sources[] = {"Stdin",       "Demo",    "Flag",
                                              "Environment", "Profile", "Settings",
                                              "Field",       "Default", "None"};
        names.append(QLatin1String(items[static_cast<int>(problem.item)]) + QLatin1Char('/') +
                     QLatin1String(sources[static_cast<int>(problem.source)]) +
                     (problem.withDemo ? QLatin1String("+demo") : QLatin1String()));
    }
    return names;
}

} // namespace

class TestRunConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_data();
    void baseUrl();
    void refusedBaseUrlGivesThePolicysReason();
    void keySource_data();
    void keySource();
    void keyNeverComesFromAnArgument_data();
    void keyNeverComesFromAnArgument();
    void profileInUse_data();
    void profileInUse();
    void numbers_data();
    void numbers();
    void caFilesPassThrough();
    void sharedStartup();
    void cleanup();
};

void TestRunConfig::cleanup()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestRunConfig::baseUrl_data()
{
    QTest::addColumn<ConfigFlags>("flags");
    QTest::addColumn<QProcessEnvironment>("env");
    QTest::addColumn<std::optional<Profile>>("profile");
    QTest::addColumn<ConfigSettings>("settings");
    QTest::addColumn<QString>("expectedUrl"); // empty: none (demo, or refused)
    QTest::addColumn<ConfigSource>("expectedSource");
    QTest::addColumn<bool>("fixed");
    QTest::addColumn<QStringList>("problems");

    const QString production = defaultBaseUrl().toString();
    const std::optional<Profile> noProfile;
    for (const Program program : {Program::Window, Program::Cli}) {
        const char *p = programName(program);
        const ConfigSettings settings =
            program == Program::Window ? settingsWith(SettingsUrl) : ConfigSettings{};
        // Precedence, one source taken away at a time.
        QTest::addRow("%s: --base-url wins over everything", p)
            << withBaseUrl(program, FlagUrl) << environment(EnvUrl) << profileWith(ProfileUrl)
            << settings << FlagUrl << ConfigSource::Flag << true << QStringList();
        QTest::addRow("%s: TOKENDESK_BASE_URL over profile and settings", p)
            << flagsFor(program) << environment(EnvUrl) << profileWith(ProfileUrl) << settings
            << EnvUrl << ConfigSource::Environment << true << QStringList();
        QTest::addRow("%s: blank TOKENDESK_BASE_URL counts as unset", p)
            << flagsFor(program) << environment(QStringLiteral("  ")) << profileWith(ProfileUrl)
            << settings << ProfileUrl << ConfigSource::Profile << false << QStringList();
        QTest::addRow("%s: the profile over the settings", p)
            << flagsFor(program) << QProcessEnvironment() << profileWith(ProfileUrl) << settings
            << ProfileUrl << ConfigSource::Profile << false << QStringList();
        QTest::addRow("%s: a profile without an address is passed over", p)
            << flagsFor(program) << QProcessEnvironment() << profileWith(QString()) << settings
            << (program == Program::Window ? SettingsUrl : production)
            << (program == Program::Window ? ConfigSource::Settings : ConfigSource::Default)
            << false << QStringList();
        QTest::addRow("%s: nothing given: the production API", p)
            << flagsFor(program) << QProcessEnvironment() << noProfile << ConfigSettings{}
            << production << ConfigSource::Default << false << QStringList();

        // Refusals: the policy's, wherever the address came from, and nothing to fall back on.
        QTest::addRow("%s: --base-url http to a remote host", p)
            << withBaseUrl(program, QStringLiteral("http://example.com")) << environment(EnvUrl)
            << noProfile << settings << QString() << ConfigSource::Flag << true
            << QStringList{QStringLiteral("BaseUrl/Flag")};
        QTest::addRow("%s: --base-url given empty is refused, not skipped", p)
            << withBaseUrl(program, QString()) << environment(EnvUrl) << noProfile << settings
            << QString() << ConfigSource::Flag << true
            << QStringList{QStringLiteral("BaseUrl/Flag")};
        QTest::addRow("%s: TOKENDESK_BASE_URL http to a remote host", p)
            << flagsFor(program) << environment(QStringLiteral("http://api.v7.botpenguin.com"))
            << profileWith(ProfileUrl) << settings << QString() << ConfigSource::Environment << true
            << QStringList{QStringLiteral("BaseUrl/Environment")};
        QTest::addRow("%s: a remote http address is never looked at under --base-url", p)
            << withBaseUrl(program, FlagUrl) << environment(QStringLiteral("http://example.com"))
            << profileWith(QStringLiteral("http://example.org")) << settings << FlagUrl
            << ConfigSource::Flag << true << QStringList();
        QTest::addRow("%s: the profile's ftp:// address", p)
            << flagsFor(program) << QProcessEnvironment()
            << profileWith(QStringLiteral("ftp://profile.example")) << settings << QString()
            << ConfigSource::Profile << false << QStringList{QStringLiteral("BaseUrl/Profile")};
        QTest::addRow("%s: http to loopback is allowed", p)
            << withBaseUrl(program, QStringLiteral("http://127.0.0.1:8080"))
            << QProcessEnvironment() << noProfile << settings
            << QStringLiteral("http://127.0.0.1:8080") << ConfigSource::Flag << true
            << QStringList();
        QTest::addRow("%s: http to [::1] is allowed", p)
            << flagsFor(program) << environment(QStringLiteral("http://[::1]:9")) << noProfile
            << settings << QStringLiteral("http://[::1]:9") << ConfigSource::Environment << true
            << QStringList();
        // Port 0 connects nowhere: the policy (checkBaseUrl) refuses it, from any source.
        QTest::addRow("%s: --base-url with port 0", p)
            << withBaseUrl(program, QStringLiteral("https://127.0.0.1:0")) << QProcessEnvironment()
            << noProfile << settings << QString() << ConfigSource::Flag << true
            << QStringList{QStringLiteral("BaseUrl/Flag")};
        QTest::addRow("%s: TOKENDESK_BASE_URL with port 0", p)
            << flagsFor(program) << environment(QStringLiteral("http://localhost:0")) << noProfile
            << settings << QString() << ConfigSource::Environment << true
            << QStringList{QStringLiteral("BaseUrl/Environment")};

        // --demo: its sandbox, whatever else says otherwise.
        QTest::addRow("%s: --demo over the environment, profile and settings", p)
            << demoFlags(program) << environment(EnvUrl) << profileWith(ProfileUrl) << settings
            << QString() << ConfigSource::Demo << true << QStringList();
        QTest::addRow("%s: --demo never checks what it overrides", p)
            << demoFlags(program) << environment(QStringLiteral("http://example.com"))
            << profileWith(QStringLiteral("http://example.org")) << settings << QString()
            << ConfigSource::Demo << true << QStringList();
    }
    // The window's own setting, below the profile.
    QTest::addRow("window: the setting when there is no profile")
        << flagsFor(Program::Window) << QProcessEnvironment() << std::optional<Profile>()
        << settingsWith(SettingsUrl) << SettingsUrl << ConfigSource::Settings << false
        << QStringList();
    QTest::addRow("window: a setting edited to http remote is refused")
        << flagsFor(Program::Window) << QProcessEnvironment() << std::optional<Profile>()
        << settingsWith(QStringLiteral("http://settings.example")) << QString()
        << ConfigSource::Settings << false << QStringList{QStringLiteral("BaseUrl/Settings")};
    // --demo with --base-url: the CLI says they do not go together, the window lets demo win.
    ConfigFlags windowDemoAndUrl = demoFlags(Program::Window);
    windowDemoAndUrl.baseUrl = FlagUrl;
    QTest::addRow("window: --demo wins over --base-url")
        << windowDemoAndUrl << QProcessEnvironment() << std::optional<Profile>() << ConfigSettings{}
        << QString() << ConfigSource::Demo << true << QStringList();
    ConfigFlags cliDemoAndUrl = demoFlags(Program::Cli);
    cliDemoAndUrl.baseUrl = FlagUrl;
    QTest::addRow("cli: --demo with --base-url is refused")
        << cliDemoAndUrl << QProcessEnvironment() << std::optional<Profile>() << ConfigSettings{}
        << QString() << ConfigSource::Demo << true
        << QStringList{QStringLiteral("BaseUrl/Flag+demo")};
}

void TestRunConfig::baseUrl()
{
    QFETCH(ConfigFlags, flags);
    QFETCH(QProcessEnvironment, env);
    QFETCH(std::optional<Profile>, profile);
    QFETCH(ConfigSettings, settings);
    QFETCH(QString, expectedUrl);
    QFETCH(ConfigSource, expectedSource);
    QFETCH(bool, fixed);
    QFETCH(QStringList, problems);

    const RunConfig config = resolveConfig(flags, env, profile, settings);
    QCOMPARE(config.baseUrl.value.toString(), expectedUrl);
    QCOMPARE(config.baseUrl.source, expectedSource);
    QCOMPARE(config.baseUrlFixed(), fixed);
    QCOMPARE(problemNames(config), problems);
    QCOMPARE(config.ok(), problems.isEmpty());
    QCOMPARE(config.demo, flags.demo);
}

void TestRunConfig::refusedBaseUrlGivesThePolicysReason()
{
    const QString remote = QStringLiteral("http://example.com");
    const RunConfig config = resolveConfig(withBaseUrl(Program::Cli, remote), {}, std::nullopt, {});
    QCOMPARE(config.problems.size(), 1);
    const ConfigProblem &problem = config.problems.first();
    QCOMPARE(problem.item, ConfigProblem::Item::BaseUrl);
    QCOMPARE(problem.value, remote);
    QVERIFY(!problem.reason.isEmpty());
    QCOMPARE(problem.reason, checkBaseUrl(remote).problem);
    QVERIFY(!problem.withDemo);
}

void TestRunConfig::keySource_data()
{
    QTest::addColumn<ConfigFlags>("flags");
    QTest::addColumn<QProcessEnvironment>("env");
    QTest::addColumn<std::optional<Profile>>("profile");
    QTest::addColumn<ConfigSource>("expected");
    QTest::addColumn<QString>("environmentKey");

    for (const Program program : {Program::Window, Program::Cli}) {
        const char *p = programName(program);
        const ConfigSource nothing =
            program == Program::Window ? ConfigSource::Field : ConfigSource::None;
        QTest::addRow("%s: --key-stdin over the environment and the profile", p)
            << keyStdinFlags(program) << environment({}, EnvKey) << profileWith(ProfileUrl)
            << ConfigSource::Stdin << QString();
        QTest::addRow("%s: --key-stdin over the demo key", p)
            << keyStdinFlags(program, true) << environment({}, EnvKey) << std::optional<Profile>()
            << ConfigSource::Stdin << QString();
        QTest::addRow("%s: --demo's key over the environment's", p)
            << demoFlags(program) << environment({}, EnvKey) << profileWith(ProfileUrl)
            << ConfigSource::Demo << QString();
        QTest::addRow("%s: TOKENDESK_API_KEY over the profile's keychain key", p)
            << flagsFor(program) << environment({}, EnvKey) << profileWith(ProfileUrl)
            << ConfigSource::Environment << EnvKey;
        QTest::addRow("%s: a blank TOKENDESK_API_KEY counts as unset", p)
            << flagsFor(program) << environment({}, QStringLiteral(" \t"))
            << profileWith(ProfileUrl) << ConfigSource::Profile << QString();
        QTest::addRow("%s: the profile's keychain key", p)
            << flagsFor(program) << QProcessEnvironment() << profileWith(ProfileUrl)
            << ConfigSource::Profile << QString();
        // Its reader says that it keeps none (the CLI) or leaves the field to the user.
        QTest::addRow("%s: a profile that keeps no key is still the source", p)
            << flagsFor(program) << QProcessEnvironment() << profileWith(ProfileUrl, false)
            << ConfigSource::Profile << QString();
        QTest::addRow("%s: nothing given", p) << flagsFor(program) << QProcessEnvironment()
                                              << std::optional<Profile>() << nothing << QString();
        QTest::addRow("%s: the base URL's variable is no key", p)
            << flagsFor(program) << environment(EnvUrl) << std::optional<Profile>() << nothing
            << QString();
    }
}

void TestRunConfig::keySource()
{
    QFETCH(ConfigFlags, flags);
    QFETCH(QProcessEnvironment, env);
    QFETCH(std::optional<Profile>, profile);
    QFETCH(ConfigSource, expected);
    QFETCH(QString, environmentKey);

    const RunConfig config = resolveConfig(flags, env, profile, {});
    QCOMPARE(config.keySource, expected);
    QCOMPARE(config.environmentKey, environmentKey);
}

void TestRunConfig::keyNeverComesFromAnArgument_data()
{
    QTest::addColumn<ConfigFlags>("flags");
    QTest::addColumn<ConfigSource>("expected");

    for (const Program program : {Program::Window, Program::Cli}) {
        // The canary in every argument that takes a value; no other key anywhere.
        ConfigFlags flags = flagsFor(program);
        flags.baseUrl = QStringLiteral("https://") + Canary.toLower() + QStringLiteral(".example");
        flags.profile = Canary;
        flags.caFiles = {Canary};
        flags.concurrency = Canary;
        flags.timeout = Canary;
        flags.retries = Canary;
        QTest::addRow("%s: canary in every argument", programName(program))
            << flags << (program == Program::Window ? ConfigSource::Field : ConfigSource::None);
        flags.keyStdin = true;
        QTest::addRow("%s: canary in every argument, --key-stdin", programName(program))
            << flags << ConfigSource::Stdin;
    }
}

void TestRunConfig::keyNeverComesFromAnArgument()
{
    QFETCH(ConfigFlags, flags);
    QFETCH(ConfigSource, expected);

    // Variables that look like a key but are not the contract's.
    QProcessEnvironment env;
    env.insert(QStringLiteral("API_KEY"), Canary);
    env.insert(QStringLiteral("TOKENDESK_KEY"), Canary);
    const RunConfig config = resolveConfig(flags, env, std::nullopt, {});
    QCOMPARE(config.keySource, expected);
    QVERIFY(config.environmentKey.isEmpty());
}

void TestRunConfig::profileInUse_data()
{
    QTest::addColumn<ConfigFlags>("flags");
    QTest::addColumn<bool>("inUse");
    QTest::addColumn<QStringList>("problems");

    ConfigFlags cliProfile = flagsFor(Program::Cli);
    cliProfile.profile = QStringLiteral("Acme agency");
    QTest::newRow("cli: --profile") << cliProfile << true << QStringList();
    QTest::newRow("window: the last used profile")
        << flagsFor(Program::Window) << true << QStringList();
    QTest::newRow("window: --demo leaves the last profile closed")
        << demoFlags(Program::Window) << false << QStringList();
    cliProfile.demo = true;
    QTest::newRow("cli: --demo with --profile is refused")
        << cliProfile << false << QStringList{QStringLiteral("Profile/Flag+demo")};
}

void TestRunConfig::profileInUse()
{
    QFETCH(ConfigFlags, flags);
    QFETCH(bool, inUse);
    QFETCH(QStringList, problems);

    const RunConfig config = resolveConfig(flags, {}, profileWith(ProfileUrl), {});
    QCOMPARE(config.profile.has_value(), inUse);
    if (inUse)
        QCOMPARE(config.profile->name, QStringLiteral("Acme agency"));
    QCOMPARE(problemNames(config), problems);
}

void TestRunConfig::numbers_data()
{
    QTest::addColumn<ConfigFlags>("flags");
    QTest::addColumn<ConfigSettings>("settings");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<ConfigSource>("concurrencySource");
    QTest::addColumn<qint64>("timeoutMs");
    QTest::addColumn<ConfigSource>("timeoutSource");
    QTest::addColumn<int>("retries");
    QTest::addColumn<ConfigSource>("retriesSource");
    QTest::addColumn<QStringList>("problems");

    const auto cli = [](const char *j, const char *timeout, const char *retries) {
        ConfigFlags flags = flagsFor(Program::Cli);
        if (j)
            flags.concurrency = QString::fromLatin1(j);
        if (timeout)
            flags.timeout = QString::fromLatin1(timeout);
        if (retries)
            flags.retries = QString::fromLatin1(retries);
        return flags;
    };
    const auto saved = [](int concurrency, int timeoutSeconds, int retries) {
        ConfigSettings settings;
        settings.concurrency = concurrency;
        settings.timeout = std::chrono::seconds(timeoutSeconds);
        settings.retries = retries;
        return settings;
    };
    const ConfigSource Default = ConfigSource::Default;
    const ConfigSource Flag = ConfigSource::Flag;
    const ConfigSource Settings = ConfigSource::Settings;

    QTest::newRow("cli: the defaults")
        << cli(nullptr, nullptr, nullptr) << ConfigSettings{} << 6 << Default << qint64(30000)
        << Default << 2 << Default << QStringList();
    QTest::newRow("window: the defaults without settings")
        << flagsFor(Program::Window) << ConfigSettings{} << 6 << Default << qint64(30000) << Default
        << 2 << Default << QStringList();
    QTest::newRow("window: the settings")
        << flagsFor(Program::Window) << saved(12, 45, 5) << 12 << Settings << qint64(45000)
        << Settings << 5 << Settings << QStringList();
    QTest::newRow("the command line over the settings")
        << cli("3", "1.5", "0") << saved(12, 45, 5) << 3 << Flag << qint64(1500) << Flag << 0
        << Flag << QStringList();
    QTest::newRow("cli: the edges") << cli("64", "86400", "10") << ConfigSettings{} << 64 << Flag
                                    << qint64(86400000) << Flag << 10 << Flag << QStringList();
    QTest::newRow("cli: -j 1, spaces around")
        << cli(" 1 ", nullptr, nullptr) << ConfigSettings{} << 1 << Flag << qint64(30000) << Default
        << 2 << Default << QStringList();
    QTest::newRow("cli: a sliver of a millisecond waits one")
        << cli(nullptr, "0.0001", nullptr) << ConfigSettings{} << 6 << Default << qint64(1) << Flag
        << 2 << Default << QStringList();

    const QStringList concurrencyRefused{QStringLiteral("Concurrency/Flag")};
    QTest::newRow("cli: -j 0") << cli("0", nullptr, nullptr) << ConfigSettings{} << 6 << Default
                               << qint64(30000) << Default << 2 << Default << concurrencyRefused;
    QTest::newRow("cli: -j 65") << cli("65", nullptr, nullptr) << ConfigSettings{} << 6 << Default
                                << qint64(30000) << Default << 2 << Default << concurrencyRefused;
    QTest::newRow("cli: -j -1") << cli("-1", nullptr, nullptr) << ConfigSettings{} << 6 << Default
                                << qint64(30000) << Default << 2 << Default << concurrencyRefused;
    QTest::newRow("cli: -j six") << cli("six", nullptr, nullptr) << ConfigSettings{} << 6 << Default
                                 << qint64(30000) << Default << 2 << Default << concurrencyRefused;
    QTest::newRow("cli: -j 2.5") << cli("2.5", nullptr, nullptr) << ConfigSettings{} << 6 << Default
                                 << qint64(30000) << Default << 2 << Default << concurrencyRefused;
    QTest::newRow("cli: --timeout 0")
        << cli(nullptr, "0", nullptr) << ConfigSettings{} << 6 << Default << qint64(30000)
        << Default << 2 << Default << QStringList{QStringLiteral("Timeout/Flag")};
    QTest::newRow("cli: --timeout over a day")
        << cli(nullptr, "86401", nullptr) << ConfigSettings{} << 6 << Default << qint64(30000)
        << Default << 2 << Default << QStringList{QStringLiteral("Timeout/Flag")};
    QTest::newRow("cli: --timeout inf")
        << cli(nullptr, "inf", nullptr) << ConfigSettings{} << 6 << Default << qint64(30000)
        << Default << 2 << Default << QStringList{QStringLiteral("Timeout/Flag")};
    QTest::newRow("cli: --retries 11")
        << cli(nullptr, nullptr, "11") << ConfigSettings{} << 6 << Default << qint64(30000)
        << Default << 2 << Default << QStringList{QStringLiteral("Retries/Flag")};
    QTest::newRow("cli: all three refused, each named")
        << cli("99", "-3", "x") << ConfigSettings{} << 6 << Default << qint64(30000) << Default << 2
        << Default
        << QStringList{QStringLiteral("Concurrency/Flag"), QStringLiteral("Timeout/Flag"),
                       QStringLiteral("Retries/Flag")};
    // A settings file edited by hand: refused where it came from, never used.
    QTest::newRow("window: settings out of range")
        << flagsFor(Program::Window) << saved(0, 0, 11) << 6 << Default << qint64(30000) << Default
        << 2 << Default
        << QStringList{QStringLiteral("Concurrency/Settings"), QStringLiteral("Timeout/Settings"),
                       QStringLiteral("Retries/Settings")};
}

void TestRunConfig::numbers()
{
    QFETCH(ConfigFlags, flags);
    QFETCH(ConfigSettings, settings);
    QFETCH(int, concurrency);
    QFETCH(ConfigSource, concurrencySource);
    QFETCH(qint64, timeoutMs);
    QFETCH(ConfigSource, timeoutSource);
    QFETCH(int, retries);
    QFETCH(ConfigSource, retriesSource);
    QFETCH(QStringList, problems);

    const RunConfig config = resolveConfig(flags, {}, std::nullopt, settings);
    QCOMPARE(config.concurrency.value, concurrency);
    QCOMPARE(config.concurrency.source, concurrencySource);
    QCOMPARE(config.timeout.value.count(), timeoutMs);
    QCOMPARE(config.timeout.source, timeoutSource);
    QCOMPARE(config.retries.value, retries);
    QCOMPARE(config.retries.source, retriesSource);
    QCOMPARE(problemNames(config), problems);
    // A refusal quotes the text as given, for the message.
    for (const ConfigProblem &problem : config.problems) {
        if (problem.source != ConfigSource::Flag)
            continue;
        const std::optional<QString> given =
            problem.item == ConfigProblem::Item::Concurrency ? flags.concurrency
            : problem.item == ConfigProblem::Item::Timeout   ? flags.timeout
                                                             : flags.retries;
        QCOMPARE(problem.value, given.value_or(QString()));
    }
}

void TestRunConfig::caFilesPassThrough()
{
    ConfigFlags flags = flagsFor(Program::Cli);
    flags.caFiles = {QStringLiteral("/a/proxy.pem"), QStringLiteral("b.pem")};
    QCOMPARE(resolveConfig(flags, {}, std::nullopt, {}).caFiles, flags.caFiles);
    QVERIFY(resolveConfig(flagsFor(Program::Window), {}, std::nullopt, {}).caFiles.isEmpty());
}

void TestRunConfig::sharedStartup()
{
    const ProgramIdentity identity = programIdentity();
    QCOMPARE(identity.name, QStringLiteral("TokenDesk"));
    // The window's QSettings file is found by both programs under these names.
    QCOMPARE(identity.organization, QStringLiteral("TokenDesk"));
    QCOMPARE(identity.version, QStringLiteral(TOKENDESK_VERSION));
    QCOMPARE(identity.desktopId, QStringLiteral("io.github.tokendesk.TokenDesk"));

    QCoreApplication::setApplicationName(QStringLiteral("before"));
    QCoreApplication::setOrganizationName(QStringLiteral("before"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0"));
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    startProgram();
    QCOMPARE(QCoreApplication::applicationName(), identity.name);
    QCOMPARE(QCoreApplication::organizationName(), identity.organization);
    QCOMPARE(QCoreApplication::applicationVersion(), identity.version);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

    // Quiet unless asked: requests are described only with --verbose.
    QVERIFY(!lcNetwork().isDebugEnabled());
    logRequests();
    QVERIFY(lcNetwork().isDebugEnabled());
}

QTEST_GUILESS_MAIN(TestRunConfig)
#include "tst_runconfig.moc"
