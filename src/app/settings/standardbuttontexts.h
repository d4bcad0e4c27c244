// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace TokenDesk {

// The words of the standard buttons that TokenDesk's dialogs show
// (QDialogButtonBox, QMessageBox), carried in TokenDesk's own catalogues,
// which are asked before Qt's: Qt ships no Hindi catalogue, and its Arabic
// one sets mnemonics inside Arabic words. Qt asks for them in its context
// "QPlatformTheme"; lupdate finds them here.
inline constexpr const char *StandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
};

} // namespace TokenDesk
