// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's defaults as the README lists them, read from the objects a
// fresh window uses and seen in what they do: the clipboard cleared after
// 30 s, revealed tokens hidden after 20 s, 6 requests in flight (1 to 64), and
// the customer list stopped at 500 pages.
#include "app/customers/customerbrowser.h"
#include "app/secrets/clipboardguard.h"
#include "app/settings/appsettings.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestDefaults final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsShowTheDefaults();
    void restoreDefaultsBringsThemBack();
    void clipboardIsClearedAfterThirtySeconds();
    void revealedTokensHideAfterTwentySeconds();
    void sixRequestsInFlight();
    void customerListStopsAtFiveHundredPages();

private:
    QDialog *openSettings();
    QSpinBox *spinBox(QWidget *parent, const char *name) const;
    void fetchFirstCustomer();
    // The window's running single-shot timers of this length.
    QList<QTimer *> singleShotTimers(std::chrono::milliseconds interval) const;
};

void TestDefaults::initTestCase()
{
    isolateSettings();
}

void TestDefaults::init()
{
    QSettings().clear(); // a fresh user: nothing stored
    QVERIFY(openWindow());
}

void TestDefaults::cleanup()
{
    closeWindow();
    QSettings().clear();
    QApplication::clipboard()->clear();
}

QDialog *TestDefaults::openSettings()
{
    m_window->showSettings();
    return m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
}

QSpinBox *TestDefaults::spinBox(QWidget *parent, const char *name) const
{
    return parent->findChild<QSpinBox *>(QLatin1String(name));
}

void TestDefaults::fetchFirstCustomer()
{
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(m_sandbox->customers().at(0).id);
    m_window->fetch();
    QTRY_VERIFY(!m_window->tokenModel()
                     ->index(0, TokenTableModel::TokenColumn)
                     .data(RawTokenRole)
                     .toString()
                     .isEmpty());
}

QList<QTimer *> TestDefaults::singleShotTimers(std::chrono::milliseconds interval) const
{
    QList<QTimer *> found;
    for (QTimer *timer : m_window->findChildren<QTimer *>()) {
        if (timer->isActive() && timer->isSingleShot() && timer->intervalAsDuration() == interval)
            found.append(timer);
    }
    return found;
}

void TestDefaults::settingsShowTheDefaults()
{
    QDialog *dialog = openSettings();
    QVERIFY(dialog);
    QSpinBox *clipboard = spinBox(dialog, "clipboardDelaySpinBox");
    QSpinBox *reveal = spinBox(dialog, "revealTimeoutSpinBox");
    QSpinBox *parallel = spinBox(dialog, "concurrencySpinBox");
    QVERIFY(clipboard && reveal && parallel);
    QCOMPARE(clipboard->value(), 30);
    QCOMPARE(clipboard->minimum(), 0); // 0: never
    QCOMPARE(reveal->value(), 20);
    QCOMPARE(reveal->minimum(), 0);
    QCOMPARE(parallel->value(), 6);
    QCOMPARE(parallel->minimum(), 1);
    QCOMPARE(parallel->maximum(), 64);
    QCOMPARE(spinBox(dialog, "timeoutSpinBox")->value(), 30);
    QCOMPARE(spinBox(dialog, "retriesSpinBox")->value(), 2);

    // The main window's own Parallel requests box says the same.
    auto *mainParallel = child<QSpinBox>("concurrencySpinBox");
    QCOMPARE(mainParallel->value(), 6);
    QCOMPARE(mainParallel->minimum(), 1);
    QCOMPARE(mainParallel->maximum(), 64);
    // Out of range is held at the ends, not taken.
    mainParallel->setValue(65);
    QCOMPARE(m_window->settings()->concurrency(), 64);
    mainParallel->setValue(0);
    QCOMPARE(m_window->settings()->concurrency(), 1);
}

void TestDefaults::restoreDefaultsBringsThemBack()
{
    // A user who changed everything: the window shows their values...
    closeWindow();
    {
        QSettings settings;
        settings.setValue(QStringLiteral("secrets/clipboardClearSeconds"), 45);
        settings.setValue(QStringLiteral("secrets/revealSeconds"), 5);
        settings.setValue(QStringLiteral("fetch/concurrency"), 17);
    }
    QVERIFY(openWindow());
    QDialog *dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(spinBox(dialog, "clipboardDelaySpinBox")->value(), 45);
    QCOMPARE(spinBox(dialog, "revealTimeoutSpinBox")->value(), 5);
    QCOMPARE(spinBox(dialog, "concurrencySpinBox")->value(), 17);
    QCOMPARE(m_window->clipboardGuard()->clearDelay(), 45s);

    // ...until Restore Defaults, which brings back the README's.
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(spinBox(dialog, "clipboardDelaySpinBox")->value(), 30);
    QCOMPARE(spinBox(dialog, "revealTimeoutSpinBox")->value(), 20);
    QCOMPARE(spinBox(dialog, "concurrencySpinBox")->value(), 6);
    QCOMPARE(child<QSpinBox>("concurrencySpinBox")->value(), 6);
    QCOMPARE(m_window->clipboardGuard()->clearDelay(), 30s);
    QCOMPARE(QSettings().value(QStringLiteral("secrets/clipboardClearSeconds")).toInt(), 30);
}

void TestDefaults::clipboardIsClearedAfterThirtySeconds()
{
    fetchFirstCustomer();
    QCOMPARE(m_window->clipboardGuard()->clearDelay(), 30s);
    auto *view = child<QTableView>("tokensView");
    view->setFocus();
    view->selectRow(0);
    m_window->copySelectedToken();
    const Sandbox::Customer customer = m_sandbox->customers().at(0);
    QCOMPARE(QApplication::clipboard()->text(), customer.tokenKey);
    // The countdown starts at 30 (no event loop has run since the copy).
    QCOMPARE(m_window->clipboardGuard()->secondsLeft(), 30);
    // The countdown says it, from 30 s: "30 s" untranslated or through the English catalogue.
    auto *countdown = m_window->statusBar()->findChild<QLabel *>();
    QVERIFY(countdown);
    QTRY_VERIFY2(countdown->text().startsWith(QLatin1String("Clipboard clears in 30 s")) ||
                     countdown->text().startsWith(QLatin1String("Clipboard clears in 29 s")),
                 qPrintable(countdown->text()));
}

void TestDefaults::revealedTokensHideAfterTwentySeconds()
{
    fetchFirstCustomer();
    const QModelIndex token = m_window->tokenModel()->index(0, TokenTableModel::TokenColumn);
    const QString raw = token.data(RawTokenRole).toString();
    QVERIFY(token.data().toString() != raw); // masked
    QVERIFY(singleShotTimers(20s).isEmpty());

    auto *showTokens = child<QCheckBox>("revealTokensCheckBox");
    showTokens->setChecked(true);
    QCOMPARE(token.data().toString(), raw);
    // One timer of 20 s now runs...
    const QList<QTimer *> timers = singleShotTimers(20s);
    QCOMPARE(timers.size(), 1);
    // ...and it is the one that hides the tokens: fired early, it does.
    timers.constFirst()->start(0);
    QTRY_VERIFY(!showTokens->isChecked());
    QVERIFY(token.data().toString() != raw);

    // Revealing one row (Enter on it) starts the same 20 s.
    auto *view = child<QTableView>("tokensView");
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TokenTableModel::TokenColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(token.data().toString(), raw);
    QCOMPARE(singleShotTimers(20s).size(), 1);
}

void TestDefaults::sixRequestsInFlight()
{
    // Replies an hour away: every request sent stays in flight, so the count
    // the sandbox holds is the window's limit, however slow the machine.
    m_sandbox->setLatency(1h);
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    child<QPlainTextEdit>("userIdsEdit")
        ->setPlainText(m_sandbox->sampleUserIds(16).join(QLatin1Char('\n')));
    m_window->fetch();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->inFlight(), 6, 30000);
    // Given time, no seventh follows (a lower bound on the wait, not a speed claim).
    QTest::qWait(1000);
    QCOMPARE(m_sandbox->inFlight(), 6);
    QCOMPARE(m_sandbox->maxInFlight(), 6);
    QCOMPARE(m_sandbox->requestCount(), 6);
}

void TestDefaults::customerListStopsAtFiveHundredPages()
{
    // One customer a page, 520 of them, and past the end page 1 again: a
    // server that never sends the empty page that ends the list.
    m_sandbox->setCustomerCount(520);
    m_sandbox->setPageSize(1);
    m_sandbox->setPastEndPages(Sandbox::PastEndPages::WrapAround);
    m_window->customerBrowser(); // built now, so its Load button exists
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    QTest::mouseClick(child<QPushButton>("loadCustomersButton"), Qt::LeftButton);
    QVERIFY(isListing());
    QTRY_VERIFY_WITH_TIMEOUT(!isListing(), 150000);
    QCOMPARE(m_sandbox->requestCount(), 500);
    QCOMPARE(child<QTableView>("customersView")->model()->rowCount(), 500);
    const QString status = child<QLabel>("listStatusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("500")), qPrintable(status));
}

QTEST_MAIN(TestDefaults)
#include "tst_defaults.moc"
