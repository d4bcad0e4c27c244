// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The language setting switches the running window: texts, headers, states,
// dates, and for Arabic the direction of the whole layout. No restart.
#include "app/settings/appsettings.h"
#include "app/window/mainwindow.h"
#include "core/partnerapi.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxserver.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

class LanguageTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchesLanguageAtRunTime_data();
    void switchesLanguageAtRunTime();
    void settingsDialogOffersEachLanguageByItsOwnName();

private:
    QString cell(int column) const
    {
        return m_window->tokenModel()->index(0, column).data().toString();
    }
    QString header(int column) const
    {
        return m_window->tokenModel()->headerData(column, Qt::Horizontal).toString();
    }
    QPushButton *fetchButton() const
    {
        return m_window->findChild<QPushButton *>(QStringLiteral("fetchButton"));
    }
};

void LanguageTest::initTestCase()
{
    isolateSettings();
}

void LanguageTest::init()
{
    QVERIFY(openWindow());
    m_window->resize(900, 600);
}

void LanguageTest::cleanup()
{
    // The language is the application's (translators, direction), not only a setting.
    if (m_window)
        m_window->settings()->setLanguage(QString());
    closeWindow();
}

void LanguageTest::switchesLanguageAtRunTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("hi") << QStringLiteral("hi") << Qt::LeftToRight;
    QTest::newRow("es") << QStringLiteral("es") << Qt::LeftToRight;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << Qt::LeftToRight;
    QTest::newRow("ar") << QStringLiteral("ar") << Qt::RightToLeft;
}

void LanguageTest::switchesLanguageAtRunTime()
{
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);
    // One fetched row, so that a state and a date are on screen.
    m_window->setAgencyKey(Sandbox::SandboxServer::demoKey());
    m_window->findChild<QPlainTextEdit *>(QStringLiteral("userIdsEdit"))
        ->setPlainText(m_sandbox->customers().at(0).id);
    m_window->fetch();
    QTRY_COMPARE(cell(TokenTableModel::StatusColumn), QStringLiteral("Active"));
    const QString englishMenu = m_window->menuBar()->actions().at(0)->text();
    const QString englishFetch = fetchButton()->text();
    const QString englishFetchName = fetchButton()->accessibleName();
    QVERIFY(fetchButton()->mapTo(m_window.get(), QPoint(0, 0)).x() > m_window->width() / 2);

    m_window->settings()->setLanguage(language);
    QTRY_COMPARE(fetchButton()->text(),
                 QCoreApplication::translate("MainWindow", englishFetch.toUtf8().constData()));
    QVERIFY(fetchButton()->text() != englishFetch);
    // The contract's accessible names follow the language too.
    QVERIFY(fetchButton()->accessibleName() != englishFetchName);
    QVERIFY(m_window->menuBar()->actions().at(0)->text() != englishMenu);
    QVERIFY(header(TokenTableModel::UserIdColumn) != QLatin1String("User ID"));
    QVERIFY(cell(TokenTableModel::StatusColumn) != QLatin1String("Active"));
    QCOMPARE(QLocale().name().left(2), language.left(2));
    if (language == QLatin1String("ar")) {
        // Arabic's own digits in the date: the locale, not only the words.
        // Every digit is Arabic-Indic (U+0660..U+0669), none is ASCII, and read
        // back as ASCII they give the same time as the English date.
        const QString date = cell(TokenTableModel::FetchedAtColumn);
        QString asAscii;
        for (const QChar c : date) {
            QVERIFY2(!(c >= u'0' && c <= u'9'), qPrintable(date));
            if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
                asAscii += QChar(u'0' + (c.unicode() - 0x0660));
        }
        const QDateTime fetched = m_window->tokenModel()
                                      ->index(0, TokenTableModel::FetchedAtColumn)
                                      .data(FetchedAtRole)
                                      .toDateTime()
                                      .toLocalTime();
        QVERIFY(fetched.isValid());
        const QString minute =
            QStringLiteral("%1").arg(fetched.time().minute(), 2, 10, QLatin1Char('0'));
        QVERIFY2(asAscii.size() >= 6, qPrintable(date)); // day, month, year, hour, minutes
        QVERIFY2(asAscii.endsWith(minute), qPrintable(date + QLatin1String(" / ") + asAscii));
        QVERIFY2(asAscii.contains(QString::number(fetched.date().year() % 100)),
                 qPrintable(date + QLatin1String(" / ") + asAscii));
    }

    QCOMPARE(QApplication::layoutDirection(), direction);
    QCOMPARE(m_window->layoutDirection(), direction);
    if (direction == Qt::RightToLeft) {
        // The button sat on the right; mirrored, it sits on the left half.
        QTRY_VERIFY(fetchButton()->mapTo(m_window.get(), QPoint(0, 0)).x() < m_window->width() / 2);
    }

    // Back to the system's language (English here) without a restart.
    m_window->settings()->setLanguage(QString());
    QTRY_COMPARE(fetchButton()->text(), englishFetch);
    QCOMPARE(fetchButton()->accessibleName(), QStringLiteral("Fetch tokens"));
    QCOMPARE(header(TokenTableModel::UserIdColumn), QStringLiteral("User ID"));
    QCOMPARE(cell(TokenTableModel::StatusColumn), QStringLiteral("Active"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    // Longer words may have widened the window; the button is back on the right.
    QTRY_VERIFY(fetchButton()->mapTo(m_window.get(), QPoint(0, 0)).x() > m_window->width() / 2);
}

void LanguageTest::settingsDialogOffersEachLanguageByItsOwnName()
{
    m_window->showSettings();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // the system's
    const int spanish = combo->findData(QStringLiteral("es"));
    QVERIFY(spanish > 0);
    QCOMPARE(combo->itemText(spanish), QStringLiteral("Español"));
    QVERIFY(combo->findData(QStringLiteral("ar")) > 0);
    QVERIFY(combo->findData(QStringLiteral("hi")) > 0);
    QVERIFY(combo->findData(QStringLiteral("pt_BR")) > 0);

    // Choosing one applies at once, is remembered, and the dialog follows.
    const QString englishTitle = dialog->windowTitle();
    combo->setCurrentIndex(spanish);
    Q_EMIT combo->activated(spanish);
    QCOMPARE(m_window->settings()->language(), QStringLiteral("es"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QTRY_VERIFY(dialog->windowTitle() != englishTitle);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("es"));
    QCOMPARE(combo->itemText(spanish), QStringLiteral("Español"));
}

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
