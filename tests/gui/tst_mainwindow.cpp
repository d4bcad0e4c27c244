// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/clipboardguard.h"
#include "app/settings/appsettings.h"
#include "app/settings/apptranslations.h"
#include "app/tokens/copybuttondelegate.h"
#include "app/tokens/statusbadgedelegate.h"
#include "app/window/mainwindow.h"
#include "core/partnerapi.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxserver.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestMainWindow final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hasTheContractsAccessibleNames();
    void fetchesShowsBadgeAndCopies();
    void ctrlCCopiesTheSelectedToken();
    void shiftEnterAddsALineAndManyIdsFetch();
    void revealShowsFullTokens();
    void keyToggleShowsAndHidesTheKey();
    void refusesMissingKeyWithoutSending();
    void rejectedKeyStopsWithOneMessage_data();
    void rejectedKeyStopsWithOneMessage();
    void failedRowShowsItsReason();
    void demoModeShowsBannerAndSamples();
    void clipboardClearsOnlyWhenUnchanged();
    void filtersByStatusAndText();
    void retriesFailedRows();
    void looksUpTeamMembers();
    void remembersConcurrency();
    void browsesFiltersAndFetchesCustomers();
    void importsACsvFile();
    void cancelStopsTheBatchAndKeepsFinishedRows();
    void settingsApplyAtOnceAndStayOutOfTheKey();
    void revealedTokensHideAgain();
    void exportsAfterConfirmationReadableByOwnerOnly();
    void copiesUserIdAndTokenAndCountsDown();
    void refusesABinaryFileAndChangesNothing();

private:
    void typeAndFetch(const QString &key, const QString &ids);
    QString statusOf(int row) const;
};

void TestMainWindow::initTestCase()
{
    isolateSettings();
    // The catalogues as main() installs them: English has its plural forms.
    applyLanguage(QString());
}

void TestMainWindow::init()
{
    // Every function starts from the default settings, whatever the last one changed.
    QSettings().clear();
    QVERIFY(openWindow());
    QApplication::clipboard()->clear();
}

void TestMainWindow::cleanup()
{
    closeWindow();
    QSettings().clear(); // also what the window stored on closing
}

void TestMainWindow::typeAndFetch(const QString &key, const QString &ids)
{
    auto *keyEdit = child<QLineEdit>("agencyKeyEdit");
    auto *idsEdit = child<QPlainTextEdit>("userIdsEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
    idsEdit->clear();
    idsEdit->setFocus();
    QTest::keyClicks(idsEdit, ids);
    QTest::keyClick(idsEdit, Qt::Key_Return);
}

QString TestMainWindow::statusOf(int row) const
{
    return m_window->tokenModel()->index(row, TokenTableModel::StatusColumn).data().toString();
}

void TestMainWindow::hasTheContractsAccessibleNames()
{
    QCOMPARE(child<QLineEdit>("agencyKeyEdit")->accessibleName(), QStringLiteral("Agency API key"));
    QCOMPARE(child<QLineEdit>("agencyKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QPlainTextEdit>("userIdsEdit")->accessibleName(),
             QStringLiteral("Customer user IDs"));
    QCOMPARE(child<QPushButton>("fetchButton")->accessibleName(), QStringLiteral("Fetch tokens"));
    QCOMPARE(child<QTableView>("tokensView")->accessibleName(), QStringLiteral("Fetched tokens"));
}

void TestMainWindow::fetchesShowsBadgeAndCopies()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    const Sandbox::Customer active = customers.at(0);
    const Sandbox::Customer inactive = customers.at(4);
    QVERIFY(active.tokenActive);
    QVERIFY(!inactive.tokenActive);
    typeAndFetch(Sandbox::SandboxServer::demoKey(), active.id + QLatin1String(", ") + inactive.id);

    TokenTableModel *model = m_window->tokenModel();
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    QTRY_COMPARE(statusOf(1), QStringLiteral("Inactive"));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
        QLatin1String("Done: 1 active, 1 inactive, 0 failed")));
    // The token is masked in the table, whole in the raw role.
    const QModelIndex token = model->index(0, TokenTableModel::TokenColumn);
    QVERIFY(!token.data().toString().contains(active.tokenKey));
    QCOMPARE(token.data(RawTokenRole).toString(), active.tokenKey);

    // The badge is painted by its delegate, in the badge's colour, with its text.
    auto *view = child<QTableView>("tokensView");
    QVERIFY(qobject_cast<StatusBadgeDelegate *>(
        view->itemDelegateForColumn(TokenTableModel::StatusColumn)));
    const QModelIndex status = view->model()->index(0, TokenTableModel::StatusColumn);
    const QRect cell = view->visualRect(status);
    QVERIFY(cell.isValid());
    const QImage shot = view->viewport()->grab().toImage();
    const QColor fill = badgeColors(TokenTableModel::RowState::Active, view->palette()).fill;
    int badgePixels = 0;
    for (int y = cell.top(); y <= cell.bottom(); ++y)
        for (int x = cell.left(); x <= cell.right(); ++x)
            badgePixels +=
                shot.pixelColor(x * shot.devicePixelRatio(), y * shot.devicePixelRatio()) == fill
                    ? 1
                    : 0;
    QVERIFY2(badgePixels > 50, qPrintable(QString::number(badgePixels)));

    // The copy button, clicked, puts the whole token on the clipboard, marked secret.
    const QRect copyCell = view->visualRect(view->model()->index(0, TokenTableModel::CopyColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, copyCell.center());
    QTRY_COMPARE(QApplication::clipboard()->text(), active.tokenKey);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(
        m_window->statusBar()->currentMessage().startsWith(QLatin1String("Copied the token for ")));
}

void TestMainWindow::ctrlCCopiesTheSelectedToken()
{
    const QStringList ids = m_sandbox->sampleUserIds(3);
    typeAndFetch(Sandbox::SandboxServer::demoKey(), ids.join(QLatin1Char(' ')));
    TokenTableModel *model = m_window->tokenModel();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_COMPARE(statusOf(2), QStringLiteral("Active"));
    auto *view = child<QTableView>("tokensView");
    view->setFocus();
    view->selectRow(1);
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), model->index(1, 0).data(RawTokenRole).toString());
    QCOMPARE(QApplication::clipboard()->text(), m_sandbox->customers().at(1).tokenKey);
}

void TestMainWindow::shiftEnterAddsALineAndManyIdsFetch()
{
    const QStringList ids = m_sandbox->sampleUserIds(2);
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    auto *idsEdit = child<QPlainTextEdit>("userIdsEdit");
    idsEdit->setFocus();
    QTest::keyClicks(idsEdit, ids.at(0));
    QTest::keyClick(idsEdit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(idsEdit, ids.at(1));
    QCOMPARE(m_window->tokenModel()->rowCount(), 0); // Shift+Enter did not fetch
    QCOMPARE(idsEdit->toPlainText(), ids.join(QLatin1Char('\n')));
    QTest::mouseClick(child<QPushButton>("fetchButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->tokenModel()->rowCount(), 2);
    QTRY_COMPARE(statusOf(1), QStringLiteral("Active"));
}

void TestMainWindow::revealShowsFullTokens()
{
    const Sandbox::Customer customer = m_sandbox->customers().at(0);
    typeAndFetch(Sandbox::SandboxServer::demoKey(), customer.id);
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    const QModelIndex token = m_window->tokenModel()->index(0, TokenTableModel::TokenColumn);
    QVERIFY(!token.data().toString().contains(customer.tokenKey));
    child<QCheckBox>("revealTokensCheckBox")->click();
    QCOMPARE(token.data().toString(), customer.tokenKey);
    child<QCheckBox>("revealTokensCheckBox")->click();
    QVERIFY(!token.data().toString().contains(customer.tokenKey));
}

void TestMainWindow::keyToggleShowsAndHidesTheKey()
{
    auto *keyEdit = child<QLineEdit>("agencyKeyEdit");
    QList<QAction *> actions = keyEdit->actions();
    QCOMPARE(actions.size(), 1);
    QAction *toggle = actions.constFirst();
    QCOMPARE(toggle->text(), QStringLiteral("Show key"));
    keyEdit->setText(QStringLiteral("agency-key-0123456789-wxyz"));
    auto *tail = child<QLabel>("agencyKeyTailLabel");
    // The key's tail keeps its own direction (an isolate) in a right-to-left sentence.
    QCOMPARE(tail->text(), QStringLiteral("ends in \u2068wxyz\u2069"));
    toggle->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(tail->text().isEmpty()); // the whole key is on show anyway
    QCOMPARE(toggle->text(), QStringLiteral("Hide key"));
    toggle->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
}

void TestMainWindow::refusesMissingKeyWithoutSending()
{
    typeAndFetch(QString(), m_sandbox->sampleUserIds(1).constFirst());
    QCOMPARE(m_window->tokenModel()->rowCount(), 0);
    QCOMPARE(m_sandbox->requestCount(), 0);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Enter the agency API key."));
    QVERIFY(child<QLineEdit>("agencyKeyEdit")->hasFocus());
}

void TestMainWindow::rejectedKeyStopsWithOneMessage_data()
{
    // One at a time, the first answer decides everything; six at a time, the
    // other five come back rejected too, or are aborted, and must not say it again.
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one in flight") << 1;
    QTest::newRow("six in flight") << 6;
}

void TestMainWindow::rejectedKeyStopsWithOneMessage()
{
    QFETCH(int, concurrency);
    child<QSpinBox>("concurrencySpinBox")->setValue(concurrency);
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    typeAndFetch(QStringLiteral("not-the-key"),
                 m_sandbox->sampleUserIds(20).join(QLatin1Char(',')));
    QVERIFY(batches.wait(20000));
    TokenTableModel *model = m_window->tokenModel();
    QCOMPARE(model->rowCount(), 20);
    const QString rejected =
        QStringLiteral("The agency API key was rejected (HTTP 401). Check the key and try again. "
                       "The server said: “Invalid API key”");
    const QString notSent = QStringLiteral("Not sent: the agency API key was rejected.");
    const QString aborted = QStringLiteral("The request was cancelled.");
    int failed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TokenTableModel::TokenColumn);
        const QString where =
            QStringLiteral("row %1: %2, %3")
                .arg(QString::number(row), statusOf(row), index.data().toString());
        if (row >= concurrency) {
            // Never sent: the queue stopped before it reached them.
            QVERIFY2(statusOf(row) == QLatin1String("Cancelled"), qPrintable(where));
            QVERIFY2(index.data().toString() == notSent, qPrintable(where));
        } else if (statusOf(row) == QLatin1String("Failed")) {
            // Sent, and answered 401 before the rest was aborted; shown with
            // the server's words isolated, kept as they came.
            QVERIFY2(index.data(ErrorMessageRole).toString() == rejected, qPrintable(where));
            QVERIFY2(index.data().toString() ==
                         QString(rejected).replace(QStringLiteral("“Invalid API key”"),
                                                   QStringLiteral("“\u2068Invalid API key\u2069”")),
                     qPrintable(where));
            QVERIFY2(index.data(ErrorKindRole).toString() == QLatin1String("auth"),
                     qPrintable(where));
            ++failed;
        } else {
            // Sent, and aborted in flight once the first 401 came back.
            QVERIFY2(statusOf(row) == QLatin1String("Cancelled"), qPrintable(where));
            QVERIFY2(index.data().toString() == aborted, qPrintable(where));
        }
    }
    QVERIFY(failed >= 1);
    if (concurrency == 1)
        QCOMPARE(failed, 1);
    QVERIFY(m_sandbox->requestCount() >= 1);
    QVERIFY(m_sandbox->requestCount() <= concurrency);
    QCOMPARE(model->failedQueries().size(), failed);

    // Told once: the reason when the first 401 came back, then that the batch
    // stopped; not once per rejected request, and no dialog.
    QStringList shown;
    for (const QList<QVariant> &message : std::as_const(messages))
        shown.append(message.constFirst().toString());
    QCOMPARE(shown.count(rejected), 1);
    QCOMPARE(shown.constLast(), QStringLiteral("The agency API key was rejected, so the batch "
                                               "stopped. Check the key and fetch again."));
    QCOMPARE(shown.filter(QLatin1String("rejected")).size(), 2);
    QVERIFY(m_window->findChildren<QMessageBox *>().isEmpty());
    QCOMPARE(batches.size(), 1);
    QVERIFY(!child<QPushButton>("fetchButton")->isHidden());
    QVERIFY(child<QLineEdit>("agencyKeyEdit")->hasFocus());
}

void TestMainWindow::failedRowShowsItsReason()
{
    typeAndFetch(Sandbox::SandboxServer::demoKey(), QStringLiteral("000000000000000000000000"));
    QTRY_COMPARE(statusOf(0), QStringLiteral("Failed"));
    const QModelIndex token = m_window->tokenModel()->index(0, TokenTableModel::TokenColumn);
    QCOMPARE(token.data().toString(), QStringLiteral("No customer with this user ID."));
    QCOMPARE(token.data(ErrorKindRole).toString(), QStringLiteral("not_found"));
}

void TestMainWindow::demoModeShowsBannerAndSamples()
{
    const QStringList samples = m_sandbox->sampleUserIds(5);
    m_window->enterDemoMode(Sandbox::SandboxServer::demoKey(), samples);
    QVERIFY(child<QLabel>("demoBannerLabel")->isVisible());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("demo")));
    QCOMPARE(child<QPlainTextEdit>("userIdsEdit")->toPlainText(), samples.join(QLatin1Char('\n')));
    QTest::mouseClick(child<QPushButton>("fetchButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->tokenModel()->rowCount(), 5);
    QTRY_COMPARE(statusOf(4), QStringLiteral("Inactive"));
}

void TestMainWindow::clipboardClearsOnlyWhenUnchanged()
{
    QClipboard *clipboard = QApplication::clipboard();
    ClipboardGuard guard(clipboard);
    guard.setClearDelay(1s);
    QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);

    guard.copySecret(QStringLiteral("secret-one"));
    QCOMPARE(clipboard->text(), QStringLiteral("secret-one"));
    QVERIFY(cleared.wait(10000));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
    QVERIFY(clipboard->text().isEmpty());

    // Something else on the clipboard is left alone. Heard at once, the change
    // ends the countdown: no clear is pending any more.
    guard.copySecret(QStringLiteral("secret-two"));
    QCOMPARE(guard.secondsLeft(), 1);
    clipboard->setText(QStringLiteral("the user's own text"));
    QTRY_COMPARE(guard.secondsLeft(), 0);

    // Unheard (a system that does not report the change), the clear timer
    // fires at the deadline, which ends the countdown, and still leaves the
    // user's text alone: the guard looks before it clears.
    guard.copySecret(QStringLiteral("secret-three"));
    QCOMPARE(guard.secondsLeft(), 1);
    {
        const QSignalBlocker unheard(clipboard);
        clipboard->setText(QStringLiteral("the user's other text"));
    }
    QCOMPARE(guard.secondsLeft(), 1); // still pending: only the timer ends it now
    QTRY_COMPARE_WITH_TIMEOUT(guard.secondsLeft(), 0, 10000);
    QCOMPARE(clipboard->text(), QStringLiteral("the user's other text"));
    QCOMPARE(cleared.size(), 1);
}

void TestMainWindow::filtersByStatusAndText()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    typeAndFetch(
        Sandbox::SandboxServer::demoKey(),
        QStringList{customers.at(0).id, customers.at(4).id, QStringLiteral("missing-id")}.join(
            QLatin1Char(' ')));
    QTRY_COMPARE(m_window->tokenModel()->failedQueries().size(), 1);
    QTRY_COMPARE(statusOf(1), QStringLiteral("Inactive"));
    auto *view = child<QTableView>("tokensView");
    QCOMPARE(view->model()->rowCount(), 3);
    child<QComboBox>("statusFilterComboBox")->setCurrentIndex(3); // Failed
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, TokenTableModel::UserIdColumn).data().toString(),
             QStringLiteral("missing-id"));
    child<QComboBox>("statusFilterComboBox")->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>("tokenFilterEdit"), customers.at(4).id.left(10));
    QCOMPARE(view->model()->rowCount(), 1);
    // Copying a filtered row copies that row's token, not the source row's at that position.
    view->setFocus();
    view->selectRow(0);
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), customers.at(4).tokenKey);
}

void TestMainWindow::retriesFailedRows()
{
    typeAndFetch(Sandbox::SandboxServer::demoKey(), QStringLiteral("fault-flaky-3"));
    auto *retry = child<QPushButton>("retryFailedButton");
    QTRY_COMPARE(statusOf(0), QStringLiteral("Failed")); // 1 try + 2 retries, all 503
    QTRY_VERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active")); // the fourth request succeeds
    QCOMPARE(m_window->tokenModel()->rowCount(), 1);
    QTRY_VERIFY(!retry->isEnabled());
}

void TestMainWindow::looksUpTeamMembers()
{
    child<QComboBox>("lookupModeComboBox")->setCurrentIndex(1);
    auto *type = child<QComboBox>("memberTypeComboBox");
    QVERIFY(type->isVisible());
    QCOMPARE(child<QPlainTextEdit>("userIdsEdit")->accessibleName(),
             QStringLiteral("Team member e-mails"));
    type->setCurrentText(QStringLiteral("CUSTOM_USER"));
    typeAndFetch(Sandbox::SandboxServer::demoKey(),
                 QStringLiteral("custom1@sandbox.example custom2@sandbox.example"));
    QTRY_COMPARE(m_window->tokenModel()->rowCount(), 2);
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    QTRY_COMPARE(statusOf(1), QStringLiteral("Inactive"));
    QCOMPARE(m_window->tokenModel()->index(0, TokenTableModel::UserIdColumn).data().toString(),
             QStringLiteral("custom1@sandbox.example (CUSTOM_USER)"));
    child<QComboBox>("lookupModeComboBox")->setCurrentIndex(0);
    QCOMPARE(child<QPlainTextEdit>("userIdsEdit")->accessibleName(),
             QStringLiteral("Customer user IDs"));
}

void TestMainWindow::remembersConcurrency()
{
    child<QSpinBox>("concurrencySpinBox")->setValue(17);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_api.get());
    QCOMPARE(child<QSpinBox>("concurrencySpinBox")->value(), 17);
}

void TestMainWindow::browsesFiltersAndFetchesCustomers()
{
    m_window->customerBrowser(); // built after the first paint, or at once when asked for
    m_sandbox->setCustomerCount(137);
    m_sandbox->setPageSize(20);
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    auto *customersView = child<QTableView>("customersView");
    QCOMPARE(customersView->accessibleName(), QStringLiteral("Customers"));
    QTest::mouseClick(child<QPushButton>("loadCustomersButton"), Qt::LeftButton);
    QTRY_COMPARE(customersView->model()->rowCount(), 137);
    QTRY_VERIFY(child<QPushButton>("loadCustomersButton")->isEnabled());
    QCOMPARE(m_sandbox->requestCount(), 8); // 7 pages and the empty one that ends the list

    // The filter narrows the list as one types.
    const Sandbox::Customer third = m_sandbox->customers().at(2);
    QTest::keyClicks(child<QLineEdit>("customerFilterEdit"), third.id.left(12));
    QCOMPARE(customersView->model()->rowCount(), 1);
    child<QLineEdit>("customerFilterEdit")->clear();
    QCOMPARE(customersView->model()->rowCount(), 137);

    // Two selected customers go to the tokens table, each with its name.
    customersView->selectionModel()->select(customersView->model()->index(0, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
    customersView->selectionModel()->select(customersView->model()->index(4, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
    QTest::mouseClick(child<QPushButton>("fetchSelectedButton"), Qt::LeftButton);
    TokenTableModel *model = m_window->tokenModel();
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(statusOf(1), QStringLiteral("Inactive"));
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    QCOMPARE(model->index(0, TokenTableModel::UserIdColumn).data().toString(), customers.at(0).id);
    QCOMPARE(model->index(0, TokenTableModel::CustomerColumn).data().toString(),
             customers.at(0).name);
    QCOMPARE(model->index(1, TokenTableModel::CustomerColumn).data().toString(),
             customers.at(4).name);

    // "Fetch all" sends every customer shown.
    QTest::mouseClick(child<QPushButton>("fetchAllButton"), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 137);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Done:")));
    QCOMPARE(model->failedQueries().size(), 0);
}

void TestMainWindow::cancelStopsTheBatchAndKeepsFinishedRows()
{
    child<QSpinBox>("concurrencySpinBox")->setValue(1);
    const QString first = m_sandbox->sampleUserIds(1).constFirst();
    typeAndFetch(Sandbox::SandboxServer::demoKey(),
                 first + QLatin1String(" fault-hang ") + m_sandbox->sampleUserIds(3).constLast());
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    QTRY_COMPARE(statusOf(1), QStringLiteral("Fetching…"));
    // "Fetching" is the window's word; wait until the server holds the request.
    QTRY_COMPARE(m_sandbox->inFlight(), 1);
    QCOMPARE(m_sandbox->requestCount(), 2);
    QCOMPARE(statusOf(2), QStringLiteral("Queued"));
    // By the contract's name: the status bar holds other buttons (Fetch again).
    QPushButton *cancel = nullptr;
    for (QPushButton *button : m_window->statusBar()->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QLatin1String("Cancel"))
            cancel = button;
    }
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(statusOf(1), QStringLiteral("Cancelled"));
    QCOMPARE(statusOf(2), QStringLiteral("Cancelled"));
    QCOMPARE(statusOf(0), QStringLiteral("Active")); // finished rows stay
    QVERIFY(!cancel->isVisible());
    QCOMPARE(m_sandbox->requestCount(), 2); // nothing more was sent
}

void TestMainWindow::settingsApplyAtOnceAndStayOutOfTheKey()
{
    const QString canaryKey = QStringLiteral("CANARY-agency-key-5f2e9c");
    child<QLineEdit>("agencyKeyEdit")->setText(canaryKey);
    m_window->showSettings();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"))->setValue(7);
    QCOMPARE(m_api->timeout(), std::chrono::milliseconds(7000));
    dialog->findChild<QSpinBox *>(QStringLiteral("clipboardDelaySpinBox"))->setValue(0);
    QCOMPARE(m_window->clipboardGuard()->clearDelay().count(), 0);
    // The main window's spin box and the dialog's are one setting.
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrencySpinBox"))->setValue(9);
    QCOMPARE(child<QSpinBox>("concurrencySpinBox")->value(), 9);

    // An insecure address is refused with a reason and never stored or used.
    const QUrl before = m_api->baseUrl();
    auto *baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    baseUrl->setText(QStringLiteral("http://api.example.com"));
    Q_EMIT baseUrl->editingFinished();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("baseUrlProblemLabel"))->isVisible());
    QCOMPARE(m_api->baseUrl(), before);
    QVERIFY(m_window->settings()->baseUrl().isEmpty());

    // Fetching with the canary key leaves no trace of it in the settings file.
    typeAndFetch(canaryKey, QStringLiteral("abc"));
    QTRY_COMPARE(statusOf(0), QStringLiteral("Failed"));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("timeoutSeconds=7"));
    QVERIFY(!stored.contains("CANARY"));
    // Restoring the defaults applies at once too.
    m_window->settings()->restoreDefaults();
    QCOMPARE(m_api->timeout(), std::chrono::milliseconds(30000));
}

void TestMainWindow::revealedTokensHideAgain()
{
    m_window->settings()->setRevealSeconds(1);
    const Sandbox::Customer customer = m_sandbox->customers().at(0);
    typeAndFetch(Sandbox::SandboxServer::demoKey(), customer.id);
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    auto *view = child<QTableView>("tokensView");
    const QModelIndex token = view->model()->index(0, TokenTableModel::TokenColumn);
    // One row, by double-click.
    const QPoint cell = view->visualRect(token).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(token.data().toString(), customer.tokenKey);
    QTRY_VERIFY(!token.data().toString().contains(customer.tokenKey));
    // All rows, by the switch, which turns itself off again.
    auto *reveal = child<QCheckBox>("revealTokensCheckBox");
    reveal->click();
    QCOMPARE(token.data().toString(), customer.tokenKey);
    QTRY_VERIFY(!reveal->isChecked());
    QVERIFY(!token.data().toString().contains(customer.tokenKey));
}

void TestMainWindow::exportsAfterConfirmationReadableByOwnerOnly()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    typeAndFetch(Sandbox::SandboxServer::demoKey(),
                 customers.at(0).id + QLatin1Char(' ') + customers.at(1).id);
    QTRY_COMPARE(statusOf(1), QStringLiteral("Active"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    QString question;
    bool answer = false;
    m_window->setDialogHooks({[&](const QString &, const QString &text) {
                                  question = text;
                                  return answer;
                              },
                              [&](const QString &, const QString &) {
                                  return path;
                              }});
    // Declined: nothing is written.
    m_window->exportTokens();
    QVERIFY(question.contains(QLatin1String("plain text")));
    QVERIFY(!QFile::exists(path));
    // Accepted, with one row selected: that row only, and the file is the owner's alone.
    answer = true;
    auto *view = child<QTableView>("tokensView");
    view->selectRow(1);
    m_window->exportTokens();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains(customers.at(1).tokenKey.toLatin1()));
    QVERIFY(!csv.contains(customers.at(0).tokenKey.toLatin1()));
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Exported 1 row to \u2068") + QDir::toNativeSeparators(path) +
                 QStringLiteral("\u2069, readable by you only."));
}

void TestMainWindow::copiesUserIdAndTokenAndCountsDown()
{
    const Sandbox::Customer customer = m_sandbox->customers().at(0);
    typeAndFetch(Sandbox::SandboxServer::demoKey(), customer.id);
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    child<QTableView>("tokensView")->selectRow(0);
    m_window->copySelectedAs(true);
    QCOMPARE(QApplication::clipboard()->text(), customer.id + QLatin1Char(',') + customer.tokenKey);
    auto *countdown = m_window->statusBar()->findChild<QLabel *>();
    QVERIFY(countdown);
    QTRY_VERIFY(countdown->text().startsWith(QLatin1String("Clipboard clears in")));
    m_window->copySelectedAs(false);
    QCOMPARE(QApplication::clipboard()->text(), customer.tokenKey);
}

void TestMainWindow::importsACsvFile()
{
    const QList<Sandbox::Customer> customers = m_sandbox->customers();
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("customers.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("\xEF\xBB\xBFname,userId\r\n\"Acme, Inc.\"," + customers.at(0).id.toLatin1() +
              "\r\n\"Bob \"\"B\"\"\"," + customers.at(1).id.toLatin1() + "\r\nno id here,\r\n" +
              "dup," + customers.at(0).id.toLatin1() + "\r\n");
    csv.close();
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    m_window->importFile(csv.fileName());
    TokenTableModel *model = m_window->tokenModel();
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(statusOf(1), QStringLiteral("Active"));
    QCOMPARE(model->index(0, TokenTableModel::UserIdColumn).data().toString(), customers.at(0).id);
    // The row without an ID was reported, not silently dropped.
    auto *notice = m_window->findChild<QMessageBox *>(QStringLiteral("noticeMessageBox"));
    QVERIFY(notice);
    QCOMPARE(notice->windowTitle(),
             QStringLiteral("Some lines of \u2068customers.csv\u2069 were skipped"));
    QCOMPARE(notice->text(),
             QStringLiteral("1 line could not be used; the other IDs are being fetched."));
    QCOMPARE(notice->detailedText(), QStringLiteral("Line 4 has no userId; skipped."));
    notice->close();
}

void TestMainWindow::refusesABinaryFileAndChangesNothing()
{
    typeAndFetch(Sandbox::SandboxServer::demoKey(), m_sandbox->sampleUserIds(1).constFirst());
    QTRY_COMPARE(statusOf(0), QStringLiteral("Active"));
    const int requestsBefore = m_sandbox->requestCount();
    QTemporaryDir dir;
    QFile binary(dir.filePath(QStringLiteral("photo.png")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    binary.close();
    m_window->importFile(binary.fileName());
    QVERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("noticeMessageBox")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("text")));
    QCOMPARE(m_window->tokenModel()->rowCount(), 1);
    QCOMPARE(m_sandbox->requestCount(), requestsBefore);
    m_window->importFile(dir.filePath(QStringLiteral("missing.csv")));
    QCOMPARE(m_window->tokenModel()->rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
