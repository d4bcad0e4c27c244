// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetch pressed while a batch runs, as a user meets it: only IDs with no
// answer yet are sent (the sandbox counts the requests), and the progress and
// the status bar's summary stay true after any mix of Fetch, Cancel and Clear
// table. A batch keeps the agency key it started with.
#include "app/settings/apptranslations.h"
#include "core/tokentablemodel.h"
#include "sandbox/sandboxfaults.h"
#include "windowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {
// Holds every reply until this many requests are out at once: never, with the
// concurrency these tests set, until the test lets them go.
constexpr int HoldAll = 1000;
} // namespace

class TestBatchFetch final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fetchPressedTwiceDuringABatch();
    void fetchAfterABatchSendsOnlyNewIds();
    void quickPressesDoNotInflateCounts();
    void cancelThenFetch();
    void clearTableDuringABatchThenFetch();
    void anotherKeyDuringABatchIsRefused();
    void retryFailedSendsWhatFetchLeaves();

private:
    void typeKey(const QString &key);
    void fetchIds(const QStringList &ids);
    QString status() const { return m_window->statusBar()->currentMessage(); }
    QString progressText() const;
    QPushButton *statusBarCancel() const;
    QString stateOf(int row) const
    {
        return m_window->tokenModel()->index(row, TokenTableModel::StatusColumn).data().toString();
    }
    // "Done: a active, i inactive, 0 failed." for these known customers.
    QString doneLine(const QStringList &ids) const;
    int activeAmong(const QStringList &ids) const;
};

void TestBatchFetch::initTestCase()
{
    isolateSettings();
    applyLanguage(QString()); // the catalogues as main() installs them
}

void TestBatchFetch::init()
{
    QVERIFY(openWindow());
    typeKey(Sandbox::SandboxServer::demoKey());
}

void TestBatchFetch::cleanup()
{
    closeWindow();
    QSettings().clear();
}

void TestBatchFetch::typeKey(const QString &key)
{
    auto *keyEdit = child<QLineEdit>("agencyKeyEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
}

void TestBatchFetch::fetchIds(const QStringList &ids)
{
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(ids.join(QLatin1Char('\n')));
    QTest::mouseClick(child<QPushButton>("fetchButton"), Qt::LeftButton);
}

QString TestBatchFetch::progressText() const
{
    auto *bar = m_window->statusBar()->findChild<QProgressBar *>();
    return bar ? bar->text() : QString();
}

QPushButton *TestBatchFetch::statusBarCancel() const
{
    const auto buttons = m_window->statusBar()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == QLatin1String("Cancel"))
            return button;
    }
    qFatal("no Cancel in the status bar");
}

int TestBatchFetch::activeAmong(const QStringList &ids) const
{
    int active = 0;
    for (const Sandbox::Customer &customer : m_sandbox->customers())
        active += ids.contains(customer.id) && customer.tokenActive ? 1 : 0;
    return active;
}

QString TestBatchFetch::doneLine(const QStringList &ids) const
{
    const int active = activeAmong(ids);
    return QStringLiteral("Done: %1 active, %2 inactive, 0 failed.")
        .arg(active)
        .arg(ids.size() - active);
}

void TestBatchFetch::fetchPressedTwiceDuringABatch()
{
    child<QSpinBox>("concurrencySpinBox")->setValue(2);
    // Eight requests are answered, then the sandbox holds the rest: when Fetch
    // is pressed again, eight rows are done, two in flight and ten waiting.
    connect(m_sandbox.get(), &Sandbox::SandboxServer::requestReceived, this, [this] {
        if (m_sandbox->requestCount() == 8)
            m_sandbox->setHoldRepliesUntilInFlight(HoldAll);
    });
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(22);
    fetchIds(ids.mid(0, 20));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 10, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(progressText(), QStringLiteral("8 of 20"), 30000);

    // The same twenty and two new: two more rows, nothing else changes.
    fetchIds(ids);
    QVERIFY2(status().startsWith(QLatin1String("Fetching 2 new token")), qPrintable(status()));
    QCOMPARE(m_window->tokenModel()->rowCount(), 22);
    QCOMPARE(progressText(), QStringLiteral("8 of 22"));
    // And once more: nothing new at all.
    fetchIds(ids);
    QVERIFY2(status().contains(QLatin1String("already in the table or on their way")),
             qPrintable(status()));
    QCOMPARE(progressText(), QStringLiteral("8 of 22"));
    QCOMPARE(m_sandbox->requestCount(), 10);

    m_sandbox->setHoldRepliesUntilInFlight(0);
    QVERIFY(batches.wait(60000));
    QCOMPARE(batches.size(), 1); // one batch, one end
    QCOMPARE(m_sandbox->requestCount(), 22);
    QCOMPARE(progressText(), QStringLiteral("22 of 22"));
    QCOMPARE(status(), doneLine(ids));
    QVERIFY(!statusBarCancel()->isVisible());
}

void TestBatchFetch::fetchAfterABatchSendsOnlyNewIds()
{
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    const QStringList ids = m_sandbox->sampleUserIds(22);
    fetchIds(ids.mid(0, 20));
    QVERIFY(batches.wait(60000));
    QCOMPARE(status(), doneLine(ids.mid(0, 20)));
    QCOMPARE(m_sandbox->requestCount(), 20);

    fetchIds(ids);
    QVERIFY(batches.wait(60000));
    QCOMPARE(m_sandbox->requestCount(), 22);
    QCOMPARE(progressText(), QStringLiteral("2 of 2"));
    QCOMPARE(status(), doneLine(ids.mid(20))); // the batch of the two, not of all 22
    QCOMPARE(m_window->tokenModel()->rowCount(), 22);
}

void TestBatchFetch::quickPressesDoNotInflateCounts()
{
    // Five presses on 1,000 IDs, rows finishing between them.
    m_sandbox->setCustomerCount(1000);
    m_sandbox->setLatency(5ms);
    const QStringList ids = m_sandbox->sampleUserIds(1000);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    fetchIds(ids);
    for (int press = 1; press < 5; ++press) {
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() >= press * 100, 60000);
        QVERIFY(statusBarCancel()->isVisible()); // the batch still runs
        QTest::mouseClick(child<QPushButton>("fetchButton"), Qt::LeftButton);
    }
    QVERIFY(batches.wait(120000));
    QCOMPARE(batches.size(), 1);
    QCOMPARE(m_sandbox->requestCount(), 1000);
    QCOMPARE(progressText(), QStringLiteral("1000 of 1000"));
    QCOMPARE(status(), doneLine(ids));
}

void TestBatchFetch::cancelThenFetch()
{
    child<QSpinBox>("concurrencySpinBox")->setValue(1); // the hang holds the one place
    const QStringList known = m_sandbox->sampleUserIds(5);
    const QString hang = QLatin1String(Sandbox::FaultHang);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    fetchIds({known.at(0), known.at(1), hang, known.at(2), known.at(3), known.at(4)});
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->lastDecodedUserId() == hang, 30000);
    QTest::mouseClick(statusBarCancel(), Qt::LeftButton);
    QCOMPARE(batches.size(), 1);
    for (int row = 2; row < 6; ++row)
        QCOMPARE(stateOf(row), QStringLiteral("Cancelled"));
    // Not "Done": four rows say Cancelled, and so does the status bar.
    const int active = activeAmong(known.mid(0, 2));
    QCOMPARE(status(), QStringLiteral("Cancelled: %1 active, %2 inactive, 0 failed, 4 not fetched.")
                           .arg(active)
                           .arg(2 - active));

    // Fetch again (the hang left out): the three cancelled go, the two done stay.
    m_sandbox->resetCounters();
    fetchIds(known);
    QVERIFY2(status().startsWith(QLatin1String("Fetching 3 new token")), qPrintable(status()));
    QVERIFY(batches.wait(60000));
    QCOMPARE(m_sandbox->requestCount(), 3);
    QCOMPARE(progressText(), QStringLiteral("3 of 3"));
    QCOMPARE(status(), doneLine(known.mid(2)));
    QCOMPARE(stateOf(2), QStringLiteral("Cancelled")); // the hang, not asked for again
}

void TestBatchFetch::clearTableDuringABatchThenFetch()
{
    child<QSpinBox>("concurrencySpinBox")->setValue(2);
    m_sandbox->setHoldRepliesUntilInFlight(HoldAll);
    const QStringList ids = m_sandbox->sampleUserIds(10);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    fetchIds(ids);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 2, 30000);
    m_window->findChild<QAction *>(QStringLiteral("clearTableAction"))->trigger();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(m_window->tokenModel()->rowCount(), 0);
    QCOMPARE(status(), QStringLiteral("Cleared the table: no token is kept in memory."));
    QVERIFY(!statusBarCancel()->isVisible());

    // Every ID is new again: all ten go, counted from zero.
    m_sandbox->setHoldRepliesUntilInFlight(0);
    m_sandbox->resetCounters();
    fetchIds(ids);
    QVERIFY(batches.wait(60000));
    QCOMPARE(m_sandbox->requestCount(), 10);
    QCOMPARE(progressText(), QStringLiteral("10 of 10"));
    QCOMPARE(status(), doneLine(ids));
    QCOMPARE(m_window->tokenModel()->rowCount(), 10);
}

void TestBatchFetch::anotherKeyDuringABatchIsRefused()
{
    child<QSpinBox>("concurrencySpinBox")->setValue(2);
    m_sandbox->setHoldRepliesUntilInFlight(HoldAll);
    const QStringList ids = m_sandbox->sampleUserIds(6);
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    fetchIds(ids.mid(0, 4));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), 2, 30000);

    // A new key in the field: the rows waiting keep theirs, and Fetch says why
    // it sends nothing.
    typeKey(QStringLiteral("another-agency-key"));
    fetchIds(ids);
    QVERIFY2(status().contains(QLatin1String("keeps the agency API key it started with")),
             qPrintable(status()));
    QCOMPARE(m_window->tokenModel()->rowCount(), 4);
    QCOMPARE(child<QLineEdit>("agencyKeyEdit")->text(), QStringLiteral("another-agency-key"));

    m_sandbox->setHoldRepliesUntilInFlight(0);
    QVERIFY(batches.wait(60000));
    QCOMPARE(m_sandbox->requestCount(), 4);
    QCOMPARE(status(), doneLine(ids.mid(0, 4))); // no 401: every row went with the first key
    const QByteArray header =
        QByteArray("Bearer ").append(Sandbox::SandboxServer::demoKey().toLatin1());
    for (const QByteArray &head : m_sandbox->lastRequestHeads())
        QVERIFY(head.contains(header));
}

void TestBatchFetch::retryFailedSendsWhatFetchLeaves()
{
    const QString missing = QStringLiteral("000000000000000000000000"); // no such customer
    const QString known = m_sandbox->sampleUserIds(1).constFirst();
    QSignalSpy batches(m_window.get(), &MainWindow::batchFinished);
    fetchIds({known, missing});
    QVERIFY(batches.wait(60000));
    const int active = activeAmong({known});
    QCOMPARE(status(),
             QStringLiteral("Done: %1 active, %2 inactive, 1 failed.").arg(active).arg(1 - active));

    // A failure is an answer: Fetch leaves it, and says what does not.
    fetchIds({known, missing});
    QVERIFY2(status().contains(QLatin1String("Retry failed")), qPrintable(status()));
    QCOMPARE(m_sandbox->requestCount(), 2);

    auto *retry = child<QPushButton>("retryFailedButton");
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(batches.wait(60000));
    QCOMPARE(m_sandbox->requestCount(), 3);
    QCOMPARE(m_sandbox->lastDecodedUserId(), missing);
    QCOMPARE(progressText(), QStringLiteral("1 of 1, 1 failed"));
    QCOMPARE(status(), QStringLiteral("Done: 0 active, 0 inactive, 1 failed."));
}

QTEST_MAIN(TestBatchFetch)
#include "tst_batchfetch.moc"
