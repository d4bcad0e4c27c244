// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include "clitr.h"
#include "resultwriter.h"

#include <QCoreApplication>

#include <utility>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#define TOKENDESK_ISATTY(stream) (_isatty(_fileno(stream)) != 0)
#else
#include <fcntl.h>
#include <unistd.h>
#define TOKENDESK_ISATTY(stream) (isatty(fileno(stream)) != 0)
#endif

namespace TokenDesk::Cli {

int Console::writeAll(std::FILE *stream, const QByteArray &bytes)
{
    errno = 0;
    const auto size = static_cast<size_t>(bytes.size());
    const bool written = std::fwrite(bytes.constData(), 1, size, stream) == size;
    const bool flushed = std::fflush(stream) == 0;
    if (written && flushed)
        return 0;
    return errno != 0 ? errno : EIO;
}

QString Console::errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void Console::guardStandardStreams()
{
#ifndef Q_OS_WIN
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            // open() takes the lowest free number: this one, as the lower ones are open.
            [[maybe_unused]] const int taken = ::open("/dev/null", O_RDONLY);
        }
    }
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

bool Console::write(std::FILE *stream, const QByteArray &bytes)
{
    if (m_writeFailed && (stream == stdout || m_readerGone))
        return false;
    const int error = writeAll(stream, bytes);
    if (error == 0)
        return true;
    const bool first = !m_writeFailed;
    if (first) {
        m_writeFailed = true;
        m_readerGone = stream == stdout && error == EPIPE;
        m_failureReason = errorText(error);
    }
    if (stream == stderr)
        m_progressEnabled = false;
    if (first && m_failureHandler)
        m_failureHandler();
    return false;
}

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

bool Console::writeOut(const QByteArray &bytes)
{
    clearProgress();
    return write(stdout, bytes);
}

bool Console::writeErrLine(const QString &line)
{
    clearProgress();
    return write(stderr, masked(line).toUtf8() + '\n');
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
    write(stderr, '\r' + text.leftJustified(m_progressWidth).toUtf8());
    m_progressWidth = text.size();
}

void Console::clearProgress()
{
    if (m_progressWidth == 0)
        return;
    const qsizetype width = std::exchange(m_progressWidth, 0);
    write(stderr, '\r' + QByteArray(width, ' ') + '\r');
}

void Console::endProgressLine()
{
    if (std::exchange(m_progressWidth, 0) > 0)
        write(stderr, QByteArrayLiteral("\n"));
}

} // namespace TokenDesk::Cli
