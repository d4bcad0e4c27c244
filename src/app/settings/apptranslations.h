// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenDesk {

// Switches the window's language at run time (empty: the system's): the
// catalogues, the locale for dates and numbers, and the layout direction, so
// that Arabic mirrors the whole window. Widgets retranslate on LanguageChange.
void applyLanguage(const QString &language);

} // namespace TokenDesk
