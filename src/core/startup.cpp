// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "processhardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>

namespace TokenDesk {

// TOKENDESK_PROJECT_NAME and TOKENDESK_APP_ID come from src/core/CMakeLists.txt,
// TOKENDESK_VERSION from cmake/BuildSettings.cmake: all from the top CMakeLists.txt.
ProgramIdentity programIdentity()
{
    return {QStringLiteral(TOKENDESK_PROJECT_NAME), QStringLiteral(TOKENDESK_PROJECT_NAME),
            QStringLiteral(TOKENDESK_VERSION), QStringLiteral(TOKENDESK_APP_ID)};
}

void startProgram()
{
    // First, before a key or a token can be in memory.
    if (!hardenProcess())
        qWarning("TokenDesk could not keep this process out of crash dumps.");
    const ProgramIdentity identity = programIdentity();
    QCoreApplication::setApplicationName(identity.name);
    QCoreApplication::setOrganizationName(identity.organization);
    QCoreApplication::setApplicationVersion(identity.version);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void logRequests()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.debug=true"));
}

} // namespace TokenDesk
