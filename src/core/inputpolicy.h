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

// Longer input is refused before anything is sent: no real key or ID comes
// near, and a huge one only makes a huge request and a huge error.
inline constexpr qsizetype MaxAgencyKeyLength = 4096; // Latin-1: as many bytes
inline constexpr qsizetype MaxUserIdLength = 1000;

struct AgencyKeyCheck
{
    QString key; // trimmed, without a leading "Bearer "
    QString problem;
    bool droppedBearer = false; // the text began with "Bearer ", which the header adds itself
    bool ok() const { return problem.isEmpty(); }
};

// A key goes into an HTTP header: no control characters, Latin-1 only, at
// most MaxAgencyKeyLength characters. A key pasted with its "Bearer " prefix
// loses it, since the Authorization header adds its own.
AgencyKeyCheck checkAgencyKey(const QString &text);

// Invisible format characters (Unicode category Cf: U+FEFF, U+200B, U+200E …)
// that copying from web pages and spreadsheets leaves around an ID.
bool isInvisibleFormatCharacter(QChar c);
bool hasInvisibleFormatCharacter(QStringView text);
// text without white space and invisible format characters at either end.
QString trimmedUserId(QStringView text);

// Why a user ID cannot be sent, or an empty string: empty, a control
// character, an invisible format character (trim the ends first with
// trimmedUserId), or longer than MaxUserIdLength.
QString userIdProblem(const QString &userId);

// A team member's type as the API spells it (AGENT, CUSTOM_USER or CUSTOMER)
// for text in any case and with spaces around; empty when it is none of them.
QString memberTypeFromText(QStringView text);

// Why a team member's e-mail address cannot be sent, or an empty string.
QString memberEmailProblem(const QString &email);

} // namespace TokenDesk
