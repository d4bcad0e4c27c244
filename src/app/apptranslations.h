// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace TokenDesk {

// Loads TokenDesk's and Qt's own translations for the system's language.
void installTranslations(QCoreApplication &app);

} // namespace TokenDesk
