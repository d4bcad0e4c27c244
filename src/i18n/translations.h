// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace TokenDesk::I18n {

// The languages TokenDesk ships a catalogue for, as locale names ("pt_BR").
QStringList shippedLanguages();

// The language's own name for itself, for a language menu ("Español").
QString nativeLanguageName(const QString &language);

struct InstalledLanguage
{
    QString language; // the catalogue in use ("ar"); "en" when none matched
    QLocale locale;   // dates and numbers follow it
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// Installs TokenDesk's and Qt's catalogues for `language` (empty: the system's
// languages, in order of preference) in place of any installed before. Every
// widget then gets a QEvent::LanguageChange. English is the fallback.
InstalledLanguage installTranslations(const QString &language = QString());

} // namespace TokenDesk::I18n
