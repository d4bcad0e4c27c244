// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"

#include <QByteArray>
#include <QList>

namespace TokenDesk::Cli {

// Pure formatting of --customers output, like resultwriter.h for tokens: one
// object a customer with the list's own fields (customerToJson), UTF-8.

// One compact JSON object, no newline.
QByteArray customerJsonLine(const Customer &customer);
// An array of objects, one a line.
QByteArray customersToJsonArray(const QList<Customer> &customers);
// _id,name,email,verified,status,subscriptionType,createdAt,updatedAt,lastLogin;
// an unknown date is an empty field.
QByteArray customersToCsv(const QList<Customer> &customers);
// Aligned columns for a person: Name, Email, Status, User ID.
QByteArray customersToTable(const QList<Customer> &customers);

} // namespace TokenDesk::Cli
