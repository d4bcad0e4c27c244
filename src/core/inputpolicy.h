// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace TokenDesk {

// Checks on what the user hands TokenDesk, made before any request is sent.
// problem is empty when the input is acceptable.

struct BaseUrlCheck
{
    QUrl url;
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// https:// always; http:// only for loopback hosts (localhost, 127.0.0.0/8, [::1]).
BaseUrlCheck checkBaseUrl(const QString &text);
bool isLoopbackHost(const QString &host);

struct AgencyKeyCheck
{
    QString key; // trimmed
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// A key goes into an HTTP header: no control characters, Latin-1 only.
AgencyKeyCheck checkAgencyKey(const QString &text);

// Why a user ID cannot be sent, or an empty string.
QString userIdProblem(const QString &userId);

// A team member's type as the API spells it (AGENT, CUSTOM_USER or CUSTOMER)
// for text in any case and with spaces around; empty when it is none of them.
QString memberTypeFromText(QStringView text);

// Why a team member's e-mail address cannot be sent, or an empty string.
QString memberEmailProblem(const QString &email);

} // namespace TokenDesk
