// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <functional>

namespace TokenDesk::Cli {

// Standard output for data and standard error for people. Everything written
// to standard error passes through here, so the agency key is masked there
// even if a server message should quote it; the progress line appears only
// when standard error is a terminal and is cleared before anything else is written.
class Console final
{
public:
    Console();
    Q_DISABLE_COPY_MOVE(Console)

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();

    // Replaced by *** in everything written to standard error.
    void setSecret(const QString &secret) { m_secret = secret; }
    QString masked(const QString &text) const;

    // Every write is checked. After the first failed write, on either stream,
    // nothing more goes to standard output, and failureHandler (if set) is
    // called once; after the reader of standard output went away (EPIPE),
    // nothing more goes to standard error either: the run ends without a word.
    bool writeOut(const QByteArray &bytes); // flushed at once; false when not written
    bool writeErrLine(const QString &line);
    void showProgress(int done, int total, int failed);
    void showProgressText(const QString &text); // one line, overwritten by the next
    void clearProgress();
    // Ends a progress line shown on the terminal with a new line, so that
    // what follows (after Ctrl+C) starts on a line of its own.
    void endProgressLine();

    void setFailureHandler(std::function<void()> handler) { m_failureHandler = std::move(handler); }
    bool writeFailed() const { return m_writeFailed; }
    bool readerGone() const { return m_readerGone; }
    // The system's reason for the first failed write ("No space left on device").
    QString failureReason() const { return m_failureReason; }

    // Writes all of bytes to stream and flushes it. Returns 0, or the errno
    // of the failed write.
    static int writeAll(std::FILE *stream, const QByteArray &bytes);
    // The system's sentence for an errno value.
    static QString errorText(int error);
    // Before anything else: a closed standard stream (0, 1 or 2) is taken by
    // /dev/null opened for reading, so that no file or socket opened later
    // gets its number, and a write to it fails (EBADF) as it should. A write
    // to a pipe whose reader went away fails with EPIPE instead of SIGPIPE.
    static void guardStandardStreams();

private:
    bool write(std::FILE *stream, const QByteArray &bytes);

    QString m_secret;
    bool m_progressEnabled;
    qsizetype m_progressWidth = 0;
    bool m_writeFailed = false;
    bool m_readerGone = false;
    QString m_failureReason;
    std::function<void()> m_failureHandler;
};

} // namespace TokenDesk::Cli
