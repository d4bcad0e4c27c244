// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace TokenDesk {

// One entry of GET /customer/list. Only the id is required: a missing field
// stays empty, and a date the server did not send (or sent garbled) stays invalid.
struct Customer
{
    QString id; // "_id", the user ID the token endpoint takes
    QString name;
    QString email; // contact.email
    bool verified = false;
    QString status; // ACTIVE, INACTIVE, …
    QString subscriptionType;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLogin;
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::Customer)
