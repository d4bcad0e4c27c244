// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/apptranslations.h"

#include "app/settings/filedialogtexts.h"
#include "app/settings/standardbuttontexts.h"
#include "i18n/translations.h"

#include <QGuiApplication>

#include <iterator>

namespace TokenDesk {

// The catalogues word these too (in Qt's contexts QPlatformTheme,
// QFileDialog, QFileSystemModel and QAbstractFileIconProvider).
static_assert(std::size(StandardButtonTexts) == 8);
static_assert(std::size(FileDialogTexts) == 63);
static_assert(std::size(FileTypeTexts) == 7);

void applyLanguage(const QString &language)
{
    const I18n::InstalledLanguage installed = I18n::installTranslations(language);
    // Set outright: Qt's own guess needs its catalogue, which Hindi lacks.
    QGuiApplication::setLayoutDirection(installed.direction);
}

} // namespace TokenDesk
