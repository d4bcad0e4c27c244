// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess in the system's language: its messages are
// translated, its output formats are not.
#include "clitestsupport.h"

#include <QTranslator>

using namespace CliTest;

namespace {

// The system language as a user sets it: LANG and LANGUAGE, no LC_ALL (ctest
// sets LC_ALL=C.UTF-8, which would win over both).
CliRun runInLanguage(const QString &lang, const QString &language, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "TOKENDESK_API_KEY", "TOKENDESK_BASE_URL"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), language);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The time a request took is the one field that differs between two runs.
QByteArray withoutTimings(QByteArray out)
{
    static const QRegularExpression json(QStringLiteral(R"("elapsedMs":\d+)"));
    static const QRegularExpression csvLine(QStringLiteral(R"(,\d+(\r?)$)"),
                                            QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(out);
    text.replace(json, QStringLiteral("\"elapsedMs\":0"));
    text.replace(csvLine, QStringLiteral(",0\\1"));
    return text.toUtf8();
}

// The error texts blanked, so that every other byte can be compared.
QByteArray withoutErrorTexts(const QByteArray &out)
{
    static const QRegularExpression json(QStringLiteral(R"("error":"(?:[^"\\]|\\.)*")"));
    QString text = QString::fromUtf8(withoutTimings(out));
    text.replace(json, QStringLiteral("\"error\":\"…\""));
    return text.toUtf8();
}

struct Language
{
    const char *tag;      // a data row's name
    const char *lang;     // LANG
    const char *language; // LANGUAGE
    const char *catalogue;
};

constexpr Language Translated[] = {
    {"es", "es_ES.UTF-8", "es", "es"},
    {"ar", "ar_EG.UTF-8", "ar", "ar"},
    {"pt_BR", "pt_BR.UTF-8", "pt_BR", "pt_BR"},
    {"hi", "hi_IN.UTF-8", "hi", "hi"},
};

const QString EnglishLang = QStringLiteral("en_US.UTF-8");
const QString EnglishLanguage = QStringLiteral("en");

} // namespace

class TestCliLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrorsAreTranslated_data();
    void usageErrorsAreTranslated();
    void tokenOutputIsTheSame_data();
    void tokenOutputIsTheSame();
    void customerOutputIsTheSame_data();
    void customerOutputIsTheSame();
    void failureRecordsKeepTheirShape_data();
    void failureRecordsKeepTheirShape();

private:
    static void addLanguageRows(const QStringList &formats);
};

void TestCliLanguage::usageErrorsAreTranslated_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("catalogue");
    for (const Language &row : Translated)
        QTest::newRow(row.tag) << QString::fromLatin1(row.lang) << QString::fromLatin1(row.language)
                               << QString::fromLatin1(row.catalogue);
}

void TestCliLanguage::usageErrorsAreTranslated()
{
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, catalogue);

    // The expected words come from the catalogue the program carries.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tokendesk_") + catalogue));
    const char *context = "TokenDesk::Cli";
    const char *sentence = "The concurrency (-j) must be a whole number from 1 to 64, not “%1”.";
    const char *hint = "Try 'tokendesk-cli --help'.";
    const QString translatedSentence = translator.translate(context, sentence);
    const QString translatedHint = translator.translate(context, hint);
    QVERIFY(!translatedSentence.isEmpty());
    QVERIFY(translatedSentence != QString::fromUtf8(sentence));
    QVERIFY(!translatedHint.isEmpty());

    const QStringList arguments{QStringLiteral("-j"), QStringLiteral("0"),
                                QStringLiteral("some-user")};
    const CliRun english = runInLanguage(EnglishLang, EnglishLanguage, arguments);
    QVERIFY(english.finished);
    QCOMPARE(english.exitCode, 2);
    QCOMPARE(english.errText(), QStringLiteral("tokendesk-cli: ") +
                                    QString::fromUtf8(sentence).arg(QLatin1String("0")) +
                                    QLatin1Char('\n') + QLatin1String(hint) + QLatin1Char('\n'));

    const CliRun run = runInLanguage(lang, language, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errText(), QStringLiteral("tokendesk-cli: ") +
                                translatedSentence.arg(QLatin1String("0")) + QLatin1Char('\n') +
                                translatedHint + QLatin1Char('\n'));

    // LANG alone (no LANGUAGE list) is enough.
    const CliRun langOnly = runInLanguage(lang, QString(), arguments);
    QCOMPARE(langOnly.errText(), run.errText());
}

void TestCliLanguage::addLanguageRows(const QStringList &formats)
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    for (const QString &format : formats) {
        for (const Language &row : Translated)
            QTest::addRow("%s %s", qPrintable(format), row.tag)
                << format << QString::fromLatin1(row.lang) << QString::fromLatin1(row.language);
    }
}

void TestCliLanguage::tokenOutputIsTheSame_data()
{
    addLanguageRows({QStringLiteral("jsonl"), QStringLiteral("json"), QStringLiteral("csv")});
}

void TestCliLanguage::tokenOutputIsTheSame()
{
    QFETCH(QString, format);
    QFETCH(QString, lang);
    QFETCH(QString, language);

    // --demo's sandbox has the same made-up customers in every run; four
    // active, the fifth inactive. One request at a time: jsonl is written in
    // the order the IDs finish.
    const QStringList ids = SandboxServer().sampleUserIds(5);
    const QStringList arguments = QStringList{QStringLiteral("--demo"), QStringLiteral("-j"),
                                              QStringLiteral("1"), QStringLiteral("-f"), format} +
                                  ids;
    const CliRun english = runInLanguage(EnglishLang, EnglishLanguage, arguments);
    QVERIFY(english.finished);
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(ids.constLast().toLatin1()));

    const CliRun run = runInLanguage(lang, language, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(withoutTimings(run.out), withoutTimings(english.out));
    // Standard error did change language: the demo notice is a message.
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(run.err != english.err, run.err.constData());
}

void TestCliLanguage::customerOutputIsTheSame_data()
{
    addLanguageRows({QStringLiteral("jsonl"), QStringLiteral("json"), QStringLiteral("csv")});
}

void TestCliLanguage::customerOutputIsTheSame()
{
    QFETCH(QString, format);
    QFETCH(QString, lang);
    QFETCH(QString, language);

    // Names, dates and booleans: nothing here may follow the locale.
    const QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--customers"),
                                QStringLiteral("-f"), format};
    const CliRun english = runInLanguage(EnglishLang, EnglishLanguage, arguments);
    QVERIFY(english.finished);
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(SandboxServer().customers().constLast().id.toLatin1()));

    const CliRun run = runInLanguage(lang, language, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, english.out);
}

void TestCliLanguage::failureRecordsKeepTheirShape_data()
{
    addLanguageRows({QStringLiteral("jsonl"), QStringLiteral("json")});
}

void TestCliLanguage::failureRecordsKeepTheirShape()
{
    QFETCH(QString, format);
    QFETCH(QString, lang);
    QFETCH(QString, language);

    // The error field carries a message for people, in their language (see
    // README, Languages); every other byte, errorKind included, stays.
    const QStringList arguments{QStringLiteral("--demo"),
                                QStringLiteral("-j"),
                                QStringLiteral("1"),
                                QStringLiteral("--retries"),
                                QStringLiteral("0"),
                                QStringLiteral("-f"),
                                format,
                                QStringLiteral("000000000000000000000000"),
                                QString::fromLatin1(FaultNotJson),
                                QString::fromLatin1(FaultServerError)};
    const CliRun english = runInLanguage(EnglishLang, EnglishLanguage, arguments);
    QVERIFY(english.finished);
    QCOMPARE(english.exitCode, 1);
    for (const char *kind : {"\"not_found\"", "\"bad_response\"", "\"server\""})
        QVERIFY2(english.out.contains(kind), kind);

    const CliRun run = runInLanguage(lang, language, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(withoutErrorTexts(run.out), withoutErrorTexts(english.out));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
