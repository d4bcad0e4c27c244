// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace TokenDesk {

// Custom item roles of TokenTableModel. DisplayRole of the token column is
// masked; whoever copies a token reads RawTokenRole.
enum TokenRole {
    RawTokenRole = Qt::UserRole + 1,
    ActiveRole,          // bool, valid only for fetched rows
    RowStateRole,        // int, a TokenTableModel::RowState
    ErrorKindRole,       // QString, the contract's errorKind name
    ErrorMessageRole,    // QString
    QueryIdRole,         // QString, TokenQuery::id()
    SortKeyRole,         // a value that sorts the column naturally (dates as dates)
    QueryUserIdRole,     // QString, the query's user ID; empty for a team member
    QueryEmailRole,      // QString, a team member's e-mail
    QueryTypeRole,       // QString, a team member's type (AGENT, CUSTOM_USER, CUSTOMER)
    RowCustomerNameRole, // QString, from the customer list
    FetchedAtRole,       // QDateTime, invalid until a result arrived
    TokenForgottenRole,  // bool, the token was forgotten for safety (idle, lock, sleep)
};

} // namespace TokenDesk
