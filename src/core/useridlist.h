// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace TokenDesk {

// User IDs typed or pasted into the window: separated by commas, semicolons,
// spaces, tabs or new lines (a column pasted from a spreadsheet works).
// Each ID once, in the order first seen.
QStringList splitUserIds(const QString &text);

// Files of user IDs (plain lists and CSV) are read by idfilereader.h.

} // namespace TokenDesk
