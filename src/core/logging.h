// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace TokenDesk {

// Requests and replies, described without the key or any token. Off unless
// enabled: `--verbose`, or QT_LOGGING_RULES="tokendesk.network.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

} // namespace TokenDesk
