// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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

    void writeOut(const QByteArray &bytes); // flushed at once
    void writeErrLine(const QString &line);
    void showProgress(int done, int total, int failed);
    void showProgressText(const QString &text); // one line, overwritten by the next
    void clearProgress();

private:
    QString m_secret;
    bool m_progressEnabled;
    qsizetype m_progressWidth = 0;
};

} // namespace TokenDesk::Cli
