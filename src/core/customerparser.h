// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "errorkind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace TokenDesk {

// One page of GET /customer/list, or why there is none. Errors are values.
struct CustomerPageResult
{
    bool ok = false;
    QList<Customer> customers; // in the server's order
    int skipped = 0;           // entries without a string _id, left out
    ErrorKind errorKind = ErrorKind::None;
    QString error;
    int httpStatus = 0; // 0 when no HTTP reply arrived
    std::optional<std::chrono::seconds> retryAfter;
    qint64 elapsedMs = 0;
    int attempts = 1;       // requests sent for the page, Qt's own resends included
    bool cancelled = false; // aborted on purpose, not by a fault

    static CustomerPageResult failure(ErrorKind kind, const QString &error, int httpStatus = 0)
    {
        CustomerPageResult r;
        r.errorKind = kind;
        r.error = error;
        r.httpStatus = httpStatus;
        return r;
    }
};

// Pure, so it is unit-tested and fuzzed on plain bytes. The same rules as
// parseTokenReply: "success":false under 2xx fails with the server's message,
// anything but a JSON object with a "data" array is a bad_response. A single
// malformed entry (no string "_id") is skipped and counted, not fatal; a field
// of the wrong type counts as missing.
CustomerPageResult parseCustomerPage(int httpStatus, const QByteArray &body);

// One entry with the list's own field names, dates as ISO 8601 UTC with
// milliseconds ("2024-05-01T09:30:00.000Z"), or null when unknown.
QJsonObject customerToJson(const Customer &customer);

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::CustomerPageResult)
