// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace TokenDesk::I18n {

namespace {

// The catalogues in force, replaced as a whole when the language changes.
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Qt's own catalogues (standard dialogs, --help): beside a deployed program
// (windeployqt puts them there), else where Qt was installed.
bool loadQtCatalogue(QTranslator *translator, const QLocale &locale)
{
    const QStringList folders{
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../Resources/translations"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
    };
    // Debian ships qtbase_*.qm; windeployqt and macOS bundles carry qt_*.qm,
    // which includes qtbase's.
    for (const QString &folder : folders) {
        for (const QString &name : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
            if (translator->load(locale, name, QStringLiteral("_"), folder))
                return true;
        }
    }
    return false;
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("es"),
            QStringLiteral("pt_BR"), QStringLiteral("ar")};
}

QString nativeLanguageName(const QString &language)
{
    // Written out: CLDR's own names vary between Qt versions ("español de España").
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
    const QString name = names.value(language);
    return name.isEmpty() ? QLocale(language).nativeLanguageName() : name;
}

InstalledLanguage installTranslations(const QString &language)
{
    uninstall(appTranslator());
    uninstall(qtTranslator());

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = new QTranslator(QCoreApplication::instance());
    // qt_add_resources puts the compiled catalogues under :/i18n. English has
    // one too: it holds the plural forms ("1 second", "30 seconds").
    if (!app->load(locale, QStringLiteral("tokendesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        (void)app->load(QStringLiteral(":/i18n/tokendesk_en"));
    appTranslator() = app;

    InstalledLanguage installed;
    installed.language = app->language().isEmpty() ? QStringLiteral("en") : app->language();
    installed.locale = locale;
    // The layout mirrors only when the words shown are right-to-left ones.
    installed.direction = QLocale(installed.language).textDirection();
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (installed.language != QLatin1String("en") &&
        loadQtCatalogue(qt, QLocale(installed.language))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    // Ours last, so asked first: it also words the standard buttons that
    // TokenDesk's dialogs show and Qt's file dialog (see
    // app/settings/standardbuttontexts.h and filedialogtexts.h), where Qt has
    // no catalogue (Hindi) or marks mnemonics inside words.
    QCoreApplication::installTranslator(app);
    return installed;
}

} // namespace TokenDesk::I18n
