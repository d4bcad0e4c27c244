// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two tabs' work, as a user meets it: cancelling a token batch never
// stops a customer listing, nor the reverse; a rejected agency key stops both,
// with one message.
#include "windowfixture.h"

#include "app/customers/customerbrowser.h"
#include "app/settings/apptranslations.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxfaults.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestIndependentWork final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cancellingTheBatchLeavesTheListing();
    void cancellingTheListingLeavesTheBatch();
    void rejectedKeyStopsBothWithOneMessage();

private:
    void typeKey(const QString &key);
    void fetchIds(const QStringList &ids);
    void loadCustomers();
    QPushButton *statusBarCancel() const;
    int customerRows() const { return child<QTableView>("customersView")->model()->rowCount(); }
    QString statusOf(int row) const
    {
        return m_window->tokenModel()->index(row, TokenTableModel::StatusColumn).data().toString();
    }
    QStringList shownMessages(const QSignalSpy &messages) const;
};

void TestIndependentWork::initTestCase()
{
    isolateSettings();
    applyLanguage(QString()); // the catalogues as main() installs them
}

void TestIndependentWork::init()
{
    QVERIFY(openWindow());
    m_window->customerBrowser(); // the tab's contents, as after the first paint
}

void TestIndependentWork::cleanup()
{
    closeWindow();
    QSettings().clear();
}

void TestIndependentWork::typeKey(const QString &key)
{
    auto *keyEdit = child<QLineEdit>("agencyKeyEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
}

void TestIndependentWork::fetchIds(const QStringList &ids)
{
    auto *idsEdit = child<QPlainTextEdit>("userIdsEdit");
    idsEdit->setPlainText(ids.join(QLatin1Char('\n')));
    QTest::mouseClick(child<QPushButton>("fetchButton"), Qt::LeftButton);
}

void TestIndependentWork::loadCustomers()
{
    QTest::mouseClick(child<QPushButton>("loadCustomersButton"), Qt::LeftButton);
}

QPushButton *TestIndependentWork::statusBarCancel() const
{
    const auto buttons = m_window->statusBar()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == QLatin1String("Cancel"))
            return button;
    }
    qFatal("no Cancel button in the status bar");
    return nullptr;
}

QStringList TestIndependentWork::shownMessages(const QSignalSpy &messages) const
{
    QStringList shown;
    for (const QList<QVariant> &message : messages) {
        if (!message.constFirst().toString().isEmpty())
            shown.append(message.constFirst().toString());
    }
    return shown;
}

void TestIndependentWork::cancellingTheBatchLeavesTheListing()
{
    m_sandbox->setCustomerCount(300);
    m_sandbox->setLatency(100ms); // 15 pages of 20: the list takes a while
    child<QSpinBox>("concurrencySpinBox")->setValue(1);
    typeKey(Sandbox::SandboxServer::demoKey());
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    loadCustomers();
    QVERIFY(isListing());
    fetchIds({QLatin1String(Sandbox::FaultHang), m_sandbox->sampleUserIds(1).constFirst()});
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), QStringLiteral("Fetching…"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->lastDecodedUserId() == QLatin1String(Sandbox::FaultHang),
                             30000);

    QPushButton *cancel = statusBarCancel();
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(batches.size(), 1);
    QCOMPARE(statusOf(0), QStringLiteral("Cancelled"));
    QCOMPARE(statusOf(1), QStringLiteral("Cancelled"));

    // The listing goes on to its end, every customer on the list.
    QVERIFY(isListing());
    QTRY_VERIFY_WITH_TIMEOUT(!isListing(), 60000);
    QCOMPARE(customerRows(), 300);
    QCOMPARE(child<QLabel>("listStatusLabel")->text(), QStringLiteral("Customers listed: 300."));
    for (const QString &message : shownMessages(messages))
        QVERIFY2(!message.contains(QLatin1String("cancelled")), qPrintable(message));
}

void TestIndependentWork::cancellingTheListingLeavesTheBatch()
{
    m_sandbox->setCustomerCount(300);
    m_sandbox->setLatency(100ms);
    child<QSpinBox>("concurrencySpinBox")->setValue(1); // ten IDs one after another
    typeKey(Sandbox::SandboxServer::demoKey());
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(10);
    fetchIds(ids);
    loadCustomers();
    QTRY_VERIFY_WITH_TIMEOUT(customerRows() > 0, 30000); // the list is under way
    QVERIFY(isListing());

    QTest::mouseClick(child<QPushButton>("cancelListButton"), Qt::LeftButton);
    QVERIFY(!isListing());
    QVERIFY(child<QLabel>("listStatusLabel")
                ->text()
                .startsWith(QLatin1String("Listing the customers was cancelled")));
    QVERIFY(batches.isEmpty()); // the batch still runs

    QVERIFY(batches.wait(60000));
    for (int row = 0; row < ids.size(); ++row) {
        const QString status = statusOf(row);
        QVERIFY2(status == QLatin1String("Active") || status == QLatin1String("Inactive"),
                 qPrintable(QStringLiteral("row %1: %2").arg(row).arg(status)));
    }
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Done: ")));
}

void TestIndependentWork::rejectedKeyStopsBothWithOneMessage()
{
    m_sandbox->setCustomerCount(300);
    m_sandbox->setLatency(300ms); // both under way before the first 401 comes back
    child<QSpinBox>("concurrencySpinBox")->setValue(1);
    typeKey(QStringLiteral("not-the-key"));
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    loadCustomers();
    fetchIds(m_sandbox->sampleUserIds(10));
    QVERIFY(isListing());

    QVERIFY(batches.wait(30000));
    QVERIFY(!isListing()); // stopped with the batch
    QCOMPARE(customerRows(), 0);
    // One request each at most: nothing was sent after the first rejection.
    QVERIFY2(m_sandbox->requestCount() <= 2,
             qPrintable(QString::number(m_sandbox->requestCount())));
    for (int row = 1; row < 10; ++row)
        QCOMPARE(statusOf(row), QStringLiteral("Cancelled"));

    // Told once: the server's reason, then that the batch stopped; nothing
    // from the customer list on top.
    const QStringList shown = shownMessages(messages);
    const QString reason =
        QStringLiteral("The agency API key was rejected (HTTP 401). Check the key and try again. "
                       "The server said: “Invalid API key”");
    QCOMPARE(shown.count(reason), 1);
    QCOMPARE(shown.constLast(), QStringLiteral("The agency API key was rejected, so the batch "
                                               "stopped. Check the key and fetch again."));
    QCOMPARE(shown.filter(QLatin1String("rejected")).size(), 2);
    QVERIFY2(shown.filter(QLatin1String("customer")).isEmpty(),
             qPrintable(shown.join(QLatin1String(" | "))));
    QVERIFY(child<QLineEdit>("agencyKeyEdit")->hasFocus());
}

QTEST_MAIN(TestIndependentWork)
#include "tst_independentwork.moc"
