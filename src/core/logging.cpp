// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace TokenDesk {

Q_LOGGING_CATEGORY(lcNetwork, "tokendesk.network", QtInfoMsg)

} // namespace TokenDesk
