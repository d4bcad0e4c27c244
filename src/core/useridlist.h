// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace TokenDesk {

// User IDs typed or pasted into the window: separated by commas, semicolons,
// spaces, tabs or new lines (a column pasted from a spreadsheet works).
// Each ID once, in the order first seen.
QStringList splitUserIds(const QString &text);

// A plain list file: one ID a line, trimmed; blank lines and lines starting
// with # are skipped; each ID once, in the order first seen.
QStringList readUserIdLines(const QString &text);

} // namespace TokenDesk
