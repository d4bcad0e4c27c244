// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace TokenDesk {

// What to ask the token endpoint for: a customer by user ID, or a team member
// by e-mail and type (AGENT, CUSTOM_USER or CUSTOMER).
struct TokenQuery
{
    QString userId;
    QString email;
    QString memberType;
    // The customer's name when the query came from the customer list; shown
    // beside the ID, never sent and not part of id().
    QString customerName;

    static TokenQuery forUser(const QString &userId, const QString &customerName = {})
    {
        return {userId, {}, {}, customerName};
    }
    static TokenQuery forMember(const QString &email, const QString &type)
    {
        return {{}, email, type, {}};
    }

    bool isMember() const { return userId.isEmpty() && !email.isEmpty(); }
    // Identifies the query in a batch and in the table: two equal IDs are one fetch.
    QString id() const { return isMember() ? email + QLatin1Char('/') + memberType : userId; }

    friend bool operator==(const TokenQuery &a, const TokenQuery &b)
    {
        return a.userId == b.userId && a.email == b.email && a.memberType == b.memberType;
    }
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::TokenQuery)
