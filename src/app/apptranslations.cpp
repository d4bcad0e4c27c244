// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace TokenDesk {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // qt_add_translations embeds the .qm files under :/i18n.
    auto *appTranslator = new QTranslator(&app);
    // Without a catalogue for the system's language, English still needs its
    // own for the plural forms ("1 second", "30 seconds").
    if (appTranslator->load(locale, QStringLiteral("tokendesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral(":/i18n/tokendesk_en")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace TokenDesk
