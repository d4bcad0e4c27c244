// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysource.h"

#include "clitr.h"
#include "console.h"
#include "profilesource.h"

#include "core/inputpolicy.h"
#include "core/runconfig.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace TokenDesk::Cli {

namespace {

// Turns terminal echo off for its lifetime (Unix terminals only).
class EchoOff final
{
public:
    explicit EchoOff(bool active)
    {
#ifdef Q_OS_UNIX
        m_active = active && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#else
        Q_UNUSED(active);
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
    bool m_active = false;
#endif
};

// The first line of in, without its line end; nullopt at end of input.
// When in is a terminal, the line is typed after a prompt on standard error
// and not echoed, so the key does not stay on the screen.
std::optional<QString> readKeyLine(QIODevice *in, bool inIsTerminal)
{
    if (!in)
        return std::nullopt;
    if (inIsTerminal) {
        std::fputs(qPrintable(CliText::tr("Agency API key: ")), stderr);
        std::fflush(stderr);
    }
    QByteArray line;
    {
        const EchoOff echoOff(inIsTerminal);
        line = in->readLine();
    }
    if (inIsTerminal) {
        std::fputs("\n", stderr); // the Enter that was not echoed
        std::fflush(stderr);
    }
    if (line.isEmpty() && in->atEnd())
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

KeyChoice readAgencyKey(const RunConfig &config, QIODevice *standardInput)
{
    QString key;
    switch (config.keySource) {
    case ConfigSource::Stdin: {
        const std::optional<QString> line = readKeyLine(standardInput, Console::stdinIsTerminal());
        if (!line)
            return {{}, CliText::tr("--key-stdin was given, but standard input was empty.")};
        key = *line;
        break;
    }
    case ConfigSource::Demo:
        key = Sandbox::SandboxServer::demoKey();
        break;
    case ConfigSource::Environment:
        key = config.environmentKey;
        break;
    case ConfigSource::Profile:
        if (config.profile) {
            const KeyChoice stored = storedProfileKey(*config.profile);
            if (!stored.problem.isEmpty())
                return stored;
            key = stored.key;
            break;
        }
        Q_FALLTHROUGH();
    default:
        return {{},
                CliText::tr("No agency API key: give it on the first line of standard input with "
                            "--key-stdin, in the environment variable TOKENDESK_API_KEY, or "
                            "with --profile NAME from the keychain. "
                            "To try TokenDesk without a key, use --demo.")};
    }
    const AgencyKeyCheck check = checkAgencyKey(key);
    if (check.ok() && check.droppedBearer) {
        // Said once, here where the key is read; the key itself never.
        std::fputs(qPrintable(CliText::tr("Note: the agency API key began with “Bearer ”; "
                                          "TokenDesk adds that itself, so it was left out.") +
                              QLatin1Char('\n')),
                   stderr);
        std::fflush(stderr);
    }
    return {check.ok() ? check.key : QString(), check.problem};
}

} // namespace TokenDesk::Cli
