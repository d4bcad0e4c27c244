// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace TokenDesk {

// Custom item roles of CustomerTableModel, apart from TokenRole so the two
// models' roles never collide in a view or proxy that sees both.
enum CustomerRole {
    CustomerIdRole = Qt::UserRole + 100, // QString, the _id (the user ID for tokens)
    CustomerNameRole,                    // QString
};

} // namespace TokenDesk
