// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every catalogue is complete for the sources as they are now, and each
// language loads, with Arabic's six plural forms and right-to-left layout.
#include "tscatalogue.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace TokenDesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString wrap(const QString &message)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" "
                          "language=\"es\"><context><name>Demo</name>") +
           message + QStringLiteral("</context></TS>");
}

// The first plural message of a catalogue: its context and source text.
std::pair<QString, QString> firstNumerusMessage(const QString &tsPath)
{
    QXmlStreamReader xml(readAll(tsPath));
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (numerus && xml.name() == QLatin1String("source"))
            return {context, xml.readElementText()};
    }
    return {};
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerFindsProblems_data();
    void checkerFindsProblems();
    void cataloguesAreComplete_data();
    void cataloguesAreComplete();
    void everyLanguageLoads_data();
    void everyLanguageLoads();
    void arabicHasSixPluralForms();
    void systemLanguageFallsBackToEnglish();
};

void TranslationsTest::checkerFindsProblems_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("problems");
    QTest::newRow("finished")
        << QStringLiteral(
               "<message><source>&amp;Fetch %1</source><translation>&amp;Obtener %1</translation>"
               "</message>")
        << 0;
    QTest::newRow("unfinished")
        << QStringLiteral(
               "<message><source>Fetch</source><translation type=\"unfinished\"></translation>"
               "</message>")
        << 1;
    QTest::newRow("vanished")
        << QStringLiteral(
               "<message><source>Old</source><translation type=\"vanished\">Viejo</translation>"
               "</message>")
        << 1;
    QTest::newRow("obsolete")
        << QStringLiteral(
               "<message><source>Old</source><translation type=\"obsolete\">Viejo</translation>"
               "</message>")
        << 1;
    QTest::newRow("lost placeholder")
        << QStringLiteral(
               "<message><source>%1 of %2</source><translation>%1 de</translation></message>")
        << 1;
    QTest::newRow("lost mnemonic")
        << QStringLiteral(
               "<message><source>&amp;Copy</source><translation>Copiar</translation></message>")
        << 1;
    QTest::newRow("mnemonic in Arabic letters")
        << QStringLiteral("<message><source>Fetch &amp;again</source><translation>الجلب "
                          "&amp;مجددًا</translation></message>")
        << 1;
    QTest::newRow("mnemonic after the text")
        << QStringLiteral("<message><source>Fetch &amp;again</source><translation>الجلب مجددًا "
                          "(&amp;A)</translation></message>")
        << 0;
    QTest::newRow("empty plural form")
        << QStringLiteral(
               "<message numerus=\"yes\"><source>%n token(s)</source><translation>"
               "<numerusform>%n token</numerusform><numerusform></numerusform></translation>"
               "</message>")
        << 1;
    QTest::newRow("plural form without the count")
        << QStringLiteral("<message numerus=\"yes\"><source>%n token(s)</source><translation>"
                          "<numerusform>un token</numerusform><numerusform>%n tokens</numerusform>"
                          "</translation></message>")
        << 0;
}

void TranslationsTest::checkerFindsProblems()
{
    QFETCH(QString, message);
    QFETCH(int, problems);
    const QStringList found = catalogueProblems(wrap(message).toUtf8());
    QCOMPARE(found.size(), problems);
}

void TranslationsTest::cataloguesAreComplete_data()
{
    QTest::addColumn<QString>("tsPath");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("en") << QStringLiteral(TOKENDESK_ENGLISH_TS) << true;
    const QStringList files = QStringLiteral(TOKENDESK_TS_FILES).split(QLatin1Char(','));
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path << false;
}

void TranslationsTest::cataloguesAreComplete()
{
    QFETCH(QString, tsPath);
    QFETCH(bool, pluralOnly);
    // lupdate writes into a copy: what it adds or marks vanished is what the
    // committed catalogue lacks for today's sources.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    QVERIFY(QFile::copy(tsPath, copy));
    QStringList arguments{QLatin1Char('@') + QStringLiteral(TOKENDESK_SOURCE_LIST),
                          QStringLiteral("-I"),
                          QStringLiteral(TOKENDESK_SOURCE_DIR),
                          QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-ts"),
                          copy};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.start(QStringLiteral(TOKENDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QStringList problems = catalogueProblems(readAll(copy));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s); run scripts/update-translations.sh and "
                                       "translate:\n")
                            .arg(problems.size()) +
                        problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::everyLanguageLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("qtHasCatalogue"); // Qt itself has no Hindi
    QTest::newRow("hi") << QStringLiteral("hi") << Qt::LeftToRight << false;
    QTest::newRow("es") << QStringLiteral("es") << Qt::LeftToRight << true;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << Qt::LeftToRight << true;
    QTest::newRow("ar") << QStringLiteral("ar") << Qt::RightToLeft << true;
}

void TranslationsTest::everyLanguageLoads()
{
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, qtHasCatalogue);
    QVERIFY(I18n::shippedLanguages().contains(language));
    const I18n::InstalledLanguage installed = I18n::installTranslations(language);
    QCOMPARE(installed.language, language);
    QCOMPARE(installed.direction, direction);
    QCOMPARE(QLocale().name().left(2), language.left(2)); // dates and numbers follow
    const QString title = QCoreApplication::translate("SettingsDialog", "Language");
    QVERIFY2(title != QLatin1String("Language"), qPrintable(title));
    QVERIFY(!I18n::nativeLanguageName(language).isEmpty());
    // Qt's own catalogue (qt6-translations-l10n) words the standard buttons.
    if (qtHasCatalogue)
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    // Ours, in every language, Qt's file dialog: its labels and the file
    // list's Type column, which Qt 6.4 asks for in a context (and with a
    // disambiguation) that Qt's own catalogues lack.
    QVERIFY(QCoreApplication::translate("QFileDialog", "Look in:") != QLatin1String("Look in:"));
    QVERIFY(QCoreApplication::translate("QFileSystemModel", "Date Modified") !=
            QLatin1String("Date Modified"));
    QVERIFY(QCoreApplication::translate("QAbstractFileIconProvider", "Folder",
                                        "All other platforms") != QLatin1String("Folder"));
    I18n::installTranslations(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "Language"), QStringLiteral("Language"));
}

void TranslationsTest::arabicHasSixPluralForms()
{
    const QStringList files = QStringLiteral(TOKENDESK_TS_FILES).split(QLatin1Char(','));
    const auto arabic = std::find_if(files.cbegin(), files.cend(), [](const QString &path) {
        return path.endsWith(QLatin1String("_ar.ts"));
    });
    QVERIFY(arabic != files.cend());
    const auto [context, source] = firstNumerusMessage(*arabic);
    QVERIFY(!source.isEmpty());
    I18n::installTranslations(QStringLiteral("ar"));
    QSet<QString> forms;
    for (int n : {0, 1, 2, 3, 11, 100}) {
        const QString text = QCoreApplication::translate(context.toUtf8().constData(),
                                                         source.toUtf8().constData(), nullptr, n);
        QVERIFY(text != source);
        forms.insert(text);
    }
    QCOMPARE(forms.size(), 6); // zero, one, two, few, many, other
    I18n::installTranslations(QStringLiteral("en"));
}

void TranslationsTest::systemLanguageFallsBackToEnglish()
{
    // The suite runs under LANG=C.UTF-8: no catalogue matches, English does.
    const I18n::InstalledLanguage installed = I18n::installTranslations();
    QCOMPARE(installed.language, QStringLiteral("en"));
    QCOMPARE(installed.direction, Qt::LeftToRight);
    const QString plural = QCoreApplication::translate("TokenDesk::MainWindow",
                                                       "Clipboard clears in %Ln s", nullptr, 1);
    QCOMPARE(plural, QStringLiteral("Clipboard clears in 1 s"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
