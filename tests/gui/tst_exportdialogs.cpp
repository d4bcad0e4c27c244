// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export tokens… with the window's real dialogs, not the test hooks:
// the confirmation QMessageBox and Qt's own QFileDialog (offscreen has no
// native one) are answered as a user would, by clicks and typing, while they
// run their modal loops.
#include "app/settings/apptranslations.h"
#include "app/widgets/owndirectiondelegate.h"
#include "app/window/mainwindow.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxserver.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

#include <algorithm>
#endif

using namespace TokenDesk;

namespace {

const QString CanaryKey = QStringLiteral("CANARY-KEY-9c4e02b7d1");
// The sandbox answers "echo:X" with the token "echo-token:echo:X": a token
// whose every byte the test knows.
const QString CanaryUserId = QStringLiteral("echo:CANARY-TOKEN-5f81a3");
const QString CanaryToken = QStringLiteral("echo-token:echo:CANARY-TOKEN-5f81a3");
// Not found, so a failed row; in CSV a spreadsheet would run it as a formula.
const QString FormulaUserId = QStringLiteral("=1+1");

// What the user does at each modal dialog, from a polling timer: exec() runs
// its own event loop, in which the test's own code does not run.
class DialogDriver final : public QObject
{
    Q_OBJECT

public:
    // confirm: the answer to the question; path: what to type in the file
    // dialog, empty to cancel it.
    DialogDriver(bool confirm, QString path)
        : m_confirm(confirm)
        , m_path(std::move(path))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::poll);
        m_timer.start();
    }

    struct Question
    {
        QString title;
        QString text;
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QMessageBox::StandardButtons buttons;
    };
    struct SaveDialog
    {
        QString title;
        QFileDialog::AcceptMode acceptMode = QFileDialog::AcceptOpen;
        QStringList nameFilters;
        QString suggested; // the file name box as the dialog opened
        QString folder;    // where it opened
        QString typed;     // the file name box after typing
        // The folder box's and the file name box's: a path reads left to right.
        Qt::LayoutDirection folderDirection = Qt::LayoutDirectionAuto;
        Qt::LayoutDirection nameDirection = Qt::LayoutDirectionAuto;
        QString folderLabel;   // "Look in:", in the dialog's language
        QString columnTitle;   // the file list's first column
        bool datesFit = false; // the file list's Date Modified column shows a date whole
        bool datesKeepOwnDirection = false; // that column's cells lay out their own text
    };

    const QList<Question> &questions() const { return m_questions; }
    const QList<SaveDialog> &saveDialogs() const { return m_saveDialogs; }
    // Dialogs nobody expected, closed so that the test goes on.
    const QStringList &unexpected() const { return m_unexpected; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (modal == m_answered) {
            // A hang guard, not a speed claim: a dialog that ignored its answer.
            if (++m_pollsSinceAnswer > 3000) {
                m_unexpected.append(QStringLiteral("still open: ") +
                                    QLatin1String(modal->metaObject()->className()));
                modal->close();
            }
            return;
        }
        m_answered = modal;
        m_pollsSinceAnswer = 0;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            m_questions.append(
                {box->windowTitle(), box->text(), box->icon(), box->standardButtons()});
            QAbstractButton *button = box->button(m_confirm ? QMessageBox::Yes : QMessageBox::No);
            if (!button) {
                m_unexpected.append(QStringLiteral("a question without Yes and No"));
                box->close();
                return;
            }
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            SaveDialog seen{dialog->windowTitle(),
                            dialog->acceptMode(),
                            dialog->nameFilters(),
                            name ? name->text() : QString(),
                            dialog->directory().absolutePath(),
                            {},
                            Qt::LayoutDirectionAuto,
                            Qt::LayoutDirectionAuto,
                            {},
                            {}};
            if (auto *folder = dialog->findChild<QWidget *>(QStringLiteral("lookInCombo")))
                seen.folderDirection = folder->layoutDirection();
            if (name)
                seen.nameDirection = name->layoutDirection();
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("lookInLabel")))
                seen.folderLabel = label->text();
            if (auto *list = dialog->findChild<QTreeView *>(QStringLiteral("treeView"))) {
                seen.columnTitle =
                    list->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
                const QString date = QLocale::system().toString(
                    QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
                const int last = list->header()->count() - 1;
                seen.datesFit =
                    list->header()->sectionSize(last) > list->fontMetrics().horizontalAdvance(date);
                seen.datesKeepOwnDirection =
                    qobject_cast<OwnDirectionDelegate *>(list->itemDelegateForColumn(last));
            }
            auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            if (!name || !buttons) {
                m_unexpected.append(
                    QStringLiteral("a file dialog without its name box or buttons"));
                m_saveDialogs.append(seen);
                dialog->reject();
                return;
            }
            if (m_path.isEmpty()) {
                m_saveDialogs.append(seen);
                QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
                return;
            }
            // Typed into an unfocused box, the dialog's completion would keep
            // selecting each folder on the way; a user types with the focus there.
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog, 30000)) { // a hang guard
                m_unexpected.append(QStringLiteral("the file dialog never became active"));
                dialog->reject();
                return;
            }
            name->setFocus();
            name->clear(); // the suggested name, replaced
            QTest::keyClicks(name, m_path);
            seen.typed = name->text();
            m_saveDialogs.append(seen);
            QPushButton *save = buttons->button(QDialogButtonBox::Save);
            if (!save || !save->isEnabled()) {
                m_unexpected.append(QStringLiteral("no enabled Save button"));
                dialog->reject();
                return;
            }
            QTest::mouseClick(save, Qt::LeftButton);
            return;
        }
        m_unexpected.append(QLatin1String(modal->metaObject()->className()) + QLatin1String(": ") +
                            modal->windowTitle());
        modal->close();
    }

    bool m_confirm;
    QString m_path;
    QTimer m_timer;
    QPointer<QWidget> m_answered;
    int m_pollsSinceAnswer = 0;
    QList<Question> m_questions;
    QList<SaveDialog> m_saveDialogs;
    QStringList m_unexpected;
};

} // namespace

class TestExportDialogs final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportsThroughTheRealDialogs_data();
    void exportsThroughTheRealDialogs();
    void writesNothingWhenTheUserCancels_data();
    void writesNothingWhenTheUserCancels();
    void fileDialogsStartWhereTheyLastWent();

private:
    // Four rows: active, inactive, the canary (active) and a failed one.
    void fetchFourRows();
    QString rawToken(int row) const
    {
        return m_window->tokenModel()->index(row, 0).data(RawTokenRole).toString();
    }
    // As the export writes it: ISO 8601 in UTC, to the second.
    QString fetchedAt(int row) const
    {
        const QDateTime time =
            m_window->tokenModel()->index(row, 0).data(FetchedAtRole).toDateTime();
        return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    }
    void triggerExport();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportDialogs::initTestCase()
{
    isolateSettings();
    // The catalogues as main() installs them: English has its plural forms.
    applyLanguage(QString());
}

void TestExportDialogs::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(openWindow());
    m_sandbox->setAgencyKey(CanaryKey);
}

void TestExportDialogs::cleanup()
{
    closeWindow();
    m_dir.reset();
    QSettings().clear();
}

void TestExportDialogs::fetchFourRows()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    QVERIFY(customers.at(0).tokenActive);
    QVERIFY(!customers.at(4).tokenActive);
    m_window->setAgencyKey(CanaryKey);
    m_window->findChild<QPlainTextEdit *>(QStringLiteral("userIdsEdit"))
        ->setPlainText(
            QStringList{customers.at(0).id, customers.at(4).id, CanaryUserId, FormulaUserId}.join(
                QLatin1Char('\n')));
    QSignalSpy finished(m_window.get(), &MainWindow::batchFinished);
    m_window->fetch();
    QVERIFY(finished.wait(20000));
    const TokenTableModel *model = m_window->tokenModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(rawToken(0), customers.at(0).tokenKey);
    QCOMPARE(rawToken(1), customers.at(4).tokenKey);
    QCOMPARE(rawToken(2), CanaryToken);
    QCOMPARE(rawToken(3), QString());
}

void TestExportDialogs::triggerExport()
{
    // The menu's command, as File → Export tokens… or Ctrl+E runs it.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(action->isEnabled());
    action->trigger(); // returns once the dialogs are closed
}

void TestExportDialogs::exportsThroughTheRealDialogs_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("tokens.csv");
    QTest::newRow("json") << QStringLiteral("tokens.json");
}

void TestExportDialogs::exportsThroughTheRealDialogs()
{
    QFETCH(QString, fileName);
    fetchFourRows();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_dir->filePath(fileName);
    const QList<Sandbox::Customer> customers = m_sandbox->customers();

    DialogDriver driver(true, path);
    triggerExport();
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));

    // First the warning, with the count, answered Yes...
    QCOMPARE(driver.questions().size(), 1);
    QCOMPARE(driver.questions().constFirst().title, QStringLiteral("Export tokens"));
    QCOMPARE(driver.questions().constFirst().text,
             QStringLiteral("The file will hold 4 rows with their tokens in plain text. Anyone "
                            "who can read the file can use the tokens. Export?"));
    QCOMPARE(driver.questions().constFirst().icon, QMessageBox::Question);
    QCOMPARE(driver.questions().constFirst().buttons, QMessageBox::Yes | QMessageBox::No);
    // ...then the save dialog, offering both formats, where the name was typed.
    QCOMPARE(driver.saveDialogs().size(), 1);
    const DialogDriver::SaveDialog &save = driver.saveDialogs().constFirst();
    QCOMPARE(save.title, QStringLiteral("Export tokens"));
    QCOMPARE(save.acceptMode, QFileDialog::AcceptSave);
    QCOMPARE(save.nameFilters, (QStringList{QStringLiteral("CSV files (*.csv)"),
                                            QStringLiteral("JSON files (*.json)")}));
    QCOMPARE(save.typed, path);
    // Named for the day, ready to be replaced.
    QCOMPARE(save.suggested,
             QStringLiteral("tokens-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));

    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
#ifdef Q_OS_UNIX
    // Readable by you only: 0600.
    struct stat info = {};
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
#endif
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Exported 4 rows to \u2068") + QDir::toNativeSeparators(path) +
                 QStringLiteral("\u2069, readable by you only."));

    // The secrets: each token whole, once; the agency key nowhere.
    QCOMPARE(bytes.count(CanaryToken.toUtf8()), 1);
    QCOMPARE(bytes.count(customers.at(0).tokenKey.toUtf8()), 1);
    QCOMPARE(bytes.count(customers.at(4).tokenKey.toUtf8()), 1);
    QVERIFY(!bytes.contains("CANARY-KEY"));
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (int row = 0; row < 4; ++row)
        QVERIFY2(iso.match(fetchedAt(row)).hasMatch(), qPrintable(fetchedAt(row)));

    if (fileName.endsWith(QLatin1String(".csv"))) {
        // UTF-8 with a BOM, CRLF, the README's columns; the formula-like user
        // ID defused with a leading ', the tokens exact.
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "userId,email,type,customer,token,active,status,errorKind,error,fetchedAt\r\n" +
            customers.at(0).id.toUtf8() + ",,,," + customers.at(0).tokenKey.toUtf8() +
            ",true,active,,," + fetchedAt(0).toUtf8() + "\r\n" + customers.at(4).id.toUtf8() +
            ",,,," + customers.at(4).tokenKey.toUtf8() + ",false,inactive,,," +
            fetchedAt(1).toUtf8() + "\r\n" + CanaryUserId.toUtf8() + ",,,," + CanaryToken.toUtf8() +
            ",true,active,,," + fetchedAt(2).toUtf8() + "\r\n" +
            "'=1+1,,,,,,failed,not_found,No customer with this user ID.," + fetchedAt(3).toUtf8() +
            "\r\n";
        QCOMPARE(bytes, expected);
    } else {
        // An array of objects with the exact values, null where there is none.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const auto row = [this](const QString &userId, const QJsonValue &token, bool ok,
                                const QJsonValue &active, const QString &status,
                                const QJsonValue &errorKind, const QJsonValue &errorText,
                                int index) {
            return QJsonObject{{QStringLiteral("userId"), userId},
                               {QStringLiteral("email"), QJsonValue::Null},
                               {QStringLiteral("type"), QJsonValue::Null},
                               {QStringLiteral("customer"), QJsonValue::Null},
                               {QStringLiteral("token"), token},
                               {QStringLiteral("ok"), ok},
                               {QStringLiteral("active"), active},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("errorKind"), errorKind},
                               {QStringLiteral("error"), errorText},
                               {QStringLiteral("fetchedAt"), fetchedAt(index)}};
        };
        const QJsonArray expected{
            row(customers.at(0).id, customers.at(0).tokenKey, true, true, QStringLiteral("active"),
                QJsonValue::Null, QJsonValue::Null, 0),
            row(customers.at(4).id, customers.at(4).tokenKey, true, false,
                QStringLiteral("inactive"), QJsonValue::Null, QJsonValue::Null, 1),
            row(CanaryUserId, CanaryToken, true, true, QStringLiteral("active"), QJsonValue::Null,
                QJsonValue::Null, 2),
            row(FormulaUserId, QJsonValue::Null, false, QJsonValue::Null, QStringLiteral("failed"),
                QStringLiteral("not_found"), QStringLiteral("No customer with this user ID."), 3)};
        QCOMPARE(document.array(), expected);
        // The token's bytes as they are, not escaped into something else.
        QVERIFY(bytes.contains(QByteArray("\"token\":\"" + CanaryToken.toUtf8() + '"')));
    }
}

void TestExportDialogs::writesNothingWhenTheUserCancels_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("no to the warning") << false;
    QTest::newRow("cancel in the save dialog") << true;
}

void TestExportDialogs::writesNothingWhenTheUserCancels()
{
    QFETCH(bool, confirm);
    fetchFourRows();
    if (QTest::currentTestFailed())
        return;
    const QString messageBefore = m_window->statusBar()->currentMessage();

    DialogDriver driver(confirm, QString());
    triggerExport();
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
    QCOMPARE(driver.questions().size(), 1);
    QVERIFY(driver.questions().constFirst().text.startsWith(
        QLatin1String("The file will hold 4 rows with their tokens in plain text.")));
    // No means no save dialog at all; Cancel there means no file.
    QCOMPARE(driver.saveDialogs().size(), confirm ? 1 : 0);
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QCOMPARE(m_window->statusBar()->currentMessage(), messageBefore);
}

void TestExportDialogs::fileDialogsStartWhereTheyLastWent()
{
    fetchFourRows();
    if (QTest::currentTestFailed())
        return;
    // A name typed without an extension gets the chosen format's (CSV first).
    {
        DialogDriver driver(true, m_dir->filePath(QStringLiteral("tokens")));
        triggerExport();
        QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
        QVERIFY(driver.saveDialogs().constFirst().folder != QDir(m_dir->path()).absolutePath());
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("tokens.csv")});
    QVERIFY(QFile(m_dir->filePath(QStringLiteral("tokens.csv"))).size() > 0);

    // The next export starts in that folder; an import keeps its own.
    {
        DialogDriver driver(true, QString());
        triggerExport();
        QCOMPARE(driver.saveDialogs().size(), 1);
        QCOMPARE(driver.saveDialogs().constFirst().folder, QDir(m_dir->path()).absolutePath());
    }
    {
        DialogDriver driver(true, QString());
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
        QCOMPARE(driver.saveDialogs().size(), 1);
        QCOMPARE(driver.saveDialogs().constFirst().acceptMode, QFileDialog::AcceptOpen);
        QVERIFY(driver.saveDialogs().constFirst().folder != QDir(m_dir->path()).absolutePath());
    }
    // A folder, never a file's name, is what the settings keep.
    const QString kept = QSettings().value(QStringLiteral("folders/export")).toString();
    QCOMPARE(kept, QDir(m_dir->path()).absolutePath());

    // In a right-to-left window the dialog is mirrored, but its paths read
    // left to right, slashes where they belong (import and export alike).
    QApplication::setLayoutDirection(Qt::RightToLeft);
    for (const char *action : {"importAction", "exportAction"}) {
        DialogDriver driver(true, QString());
        m_window->findChild<QAction *>(QLatin1String(action))->trigger();
        QApplication::setLayoutDirection(Qt::RightToLeft); // for the next, whatever happened
        QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
        QCOMPARE(driver.saveDialogs().size(), 1);
        QCOMPARE(driver.saveDialogs().constFirst().folderDirection, Qt::LeftToRight);
        QCOMPARE(driver.saveDialogs().constFirst().nameDirection, Qt::LeftToRight);
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);

    // A Date Modified column narrower than a date, as Qt leaves it for this
    // system's dates under X11 (Qt keeps the columns in its own settings).
    {
        QStandardItemModel columns(0, 4);
        QTreeView shape;
        shape.setModel(&columns);
        shape.header()->setStretchLastSection(false); // as Qt's file dialog has it
        shape.header()->resizeSection(3, 40);
        QSettings(QSettings::UserScope, QStringLiteral("QtProject"))
            .setValue(QStringLiteral("FileDialog/treeViewHeader"), shape.header()->saveState());
    }
    // Qt has no Hindi catalogue: TokenDesk's words its file dialog.
    applyLanguage(QStringLiteral("hi"));
    {
        DialogDriver driver(true, QString());
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        applyLanguage(QString());
        QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
        QCOMPARE(driver.saveDialogs().size(), 1);
        const auto &hindi = driver.saveDialogs().constFirst();
        const auto devanagari = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() >= 0x0900 && c.unicode() <= 0x097F;
            });
        };
        QVERIFY2(devanagari(hindi.folderLabel), qPrintable(hindi.folderLabel));
        QVERIFY2(devanagari(hindi.columnTitle), qPrintable(hindi.columnTitle));
        QVERIFY(hindi.datesFit); // widened to a whole date
        QVERIFY(hindi.datesKeepOwnDirection);
    }
}

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
