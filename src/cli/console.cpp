// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include "clitr.h"
#include "resultwriter.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TOKENDESK_ISATTY(stream) (_isatty(_fileno(stream)) != 0)
#else
#include <unistd.h>
#define TOKENDESK_ISATTY(stream) (isatty(fileno(stream)) != 0)
#endif

namespace TokenDesk::Cli {

namespace {
void writeTo(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

Console::Console()
    : m_progressEnabled(stderrIsTerminal())
{}

bool Console::stdinIsTerminal()
{
    return TOKENDESK_ISATTY(stdin);
}

bool Console::stdoutIsTerminal()
{
    return TOKENDESK_ISATTY(stdout);
}

bool Console::stderrIsTerminal()
{
    return TOKENDESK_ISATTY(stderr);
}

QString Console::masked(const QString &text) const
{
    // Line breaks in our own messages stay; every other control character goes.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = terminalSafe(line);
    QString safe = lines.join(QLatin1Char('\n'));
    if (!m_secret.isEmpty())
        safe.replace(m_secret, QLatin1String("***"));
    return safe;
}

void Console::writeOut(const QByteArray &bytes)
{
    clearProgress();
    writeTo(stdout, bytes);
}

void Console::writeErrLine(const QString &line)
{
    clearProgress();
    writeTo(stderr, masked(line).toUtf8() + '\n');
}

void Console::showProgress(int done, int total, int failed)
{
    showProgressText(CliText::tr("%1/%2 done, %3 failed").arg(done).arg(total).arg(failed));
}

void Console::showProgressText(const QString &text)
{
    if (!m_progressEnabled)
        return;
    // Pad over a longer previous line rather than rely on terminal escapes.
    writeTo(stderr, '\r' + text.leftJustified(m_progressWidth).toUtf8());
    m_progressWidth = text.size();
}

void Console::clearProgress()
{
    if (m_progressWidth == 0)
        return;
    writeTo(stderr, '\r' + QByteArray(m_progressWidth, ' ') + '\r');
    m_progressWidth = 0;
}

} // namespace TokenDesk::Cli
