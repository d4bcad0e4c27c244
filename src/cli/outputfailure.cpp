// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfailure.h"

#include "clitr.h"
#include "console.h"
#include "exitstatus.h"

namespace TokenDesk::Cli {

OutputFailure::OutputFailure(Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{
    // Heard from inside the session's signals: the run acts once they have returned.
    m_console.setFailureHandler(
        [this] { QMetaObject::invokeMethod(this, &OutputFailure::failed, Qt::QueuedConnection); });
}

bool OutputFailure::happened() const
{
    return m_console.writeFailed();
}

int OutputFailure::exitStatus() const
{
    return m_console.readerGone() ? ExitReaderGone : ExitOutputFailed;
}

int OutputFailure::report()
{
    if (!m_reported && !m_console.readerGone()) {
        m_console.writeErrLine(QStringLiteral("tokendesk-cli: ") +
                               CliText::tr("The output could not be written (%1), so the run "
                                           "stopped: nothing more is sent.")
                                   .arg(m_console.failureReason()));
    }
    m_reported = true;
    return exitStatus();
}

} // namespace TokenDesk::Cli
