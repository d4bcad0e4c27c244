// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Customer list tab as the README promises it: demo mode loads the list at
// once, and Fetch all fetches exactly the customers the filter shows, checked
// in the tokens table and at the sandbox.
#include "app/customers/customerbrowser.h"
#include "core/tokentablemodel.h"
#include "sandbox/httpmessage.h"
#include "windowfixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace TokenDesk;

namespace {

// QTest::keyClicks takes ASCII only: other letters go as key events with text,
// as a keyboard layout or an input method delivers them.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestCustomerFetch final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void demoModeLoadsTheListAtOnce_data();
    void demoModeLoadsTheListAtOnce();
    void fetchAllFetchesExactlyWhatTheFilterShows_data();
    void fetchAllFetchesExactlyWhatTheFilterShows();

private:
    // The window as main() builds it for --demo: the demo banner and key are
    // set before the window is shown, so before the customer tab is built.
    [[nodiscard]] bool openDemoWindowLikeMain();
    // The user IDs of the token requests the sandbox saw, decoded.
    QStringList requestedUserIds() const;
    QTableView *customersView() const { return child<QTableView>("customersView"); }
    // -1 while the tab's browser is not built yet (it is, after the first paint).
    int customerRows() const
    {
        const auto *view = m_window->findChild<QTableView *>(QStringLiteral("customersView"));
        return view ? view->model()->rowCount() : -1;
    }
};

void TestCustomerFetch::initTestCase()
{
    isolateSettings();
}

void TestCustomerFetch::cleanup()
{
    closeWindow();
}

bool TestCustomerFetch::openDemoWindowLikeMain()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    if (!m_sandbox->listen())
        return false;
    m_api = std::make_unique<PartnerApi>();
    if (!m_api->setBaseUrl(m_sandbox->baseUrl().toString()).isEmpty())
        return false;
    m_window = std::make_unique<MainWindow>(m_api.get());
    m_window->fixBaseUrl();
    m_window->enterDemoMode(Sandbox::SandboxServer::demoKey(), m_sandbox->sampleUserIds(5));
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

QStringList TestCustomerFetch::requestedUserIds() const
{
    QStringList ids;
    for (const QByteArray &head : m_sandbox->lastRequestHeads()) {
        // "GET /ext/get-user-token?userId=… HTTP/1.1"
        const QByteArray target = head.left(head.indexOf('\r')).split(' ').value(1);
        if (!target.startsWith("/ext/get-user-token?"))
            continue;
        const auto id = Sandbox::queryValue(target.mid(target.indexOf('?') + 1), u"userId");
        ids.append(id.value_or(QStringLiteral("<no userId>")));
    }
    return ids;
}

void TestCustomerFetch::demoModeLoadsTheListAtOnce_data()
{
    QTest::addColumn<bool>("likeMain");
    // main(): demo mode is entered before the first paint, when the tab's
    // browser does not exist yet.
    QTest::newRow("before the first paint, as main() does") << true;
    // The browser already built (the tab was opened first).
    QTest::newRow("with the tab already built") << false;
}

void TestCustomerFetch::demoModeLoadsTheListAtOnce()
{
    QFETCH(bool, likeMain);
    if (likeMain) {
        QVERIFY(openDemoWindowLikeMain());
    } else {
        QVERIFY(openWindow());
        m_window->customerBrowser();
        QCOMPARE(customersView()->model()->rowCount(), 0);
        m_window->enterDemoMode(Sandbox::SandboxServer::demoKey(), m_sandbox->sampleUserIds(5));
    }
    // Nobody presses Load customers: the list fills in by itself, every page
    // read up to the empty one that ends it.
    const int customers = static_cast<int>(m_sandbox->customers().size());
    QTRY_COMPARE_WITH_TIMEOUT(customerRows(), customers, 30000);
    QTRY_VERIFY(!isListing());
    QVERIFY(child<QPushButton>("loadCustomersButton")->isEnabled());
    QCOMPARE(m_sandbox->requestCount(), 3);          // pages 1 and 2 of 20, then the empty page 3
    QCOMPARE(m_window->tokenModel()->rowCount(), 0); // and no token was fetched
    // The tokens tab stays in front: the list loads behind it.
    QCOMPARE(child<QTabWidget>("viewTabs")->currentWidget()->objectName(),
             QStringLiteral("tokensTab"));
}

void TestCustomerFetch::fetchAllFetchesExactlyWhatTheFilterShows_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected"); // of the sandbox's 40 customers
    QTest::newRow("a name, lower case") << QStringLiteral("maple") << 3;
    QTest::newRow("a word with an accent") << QStringLiteral("Café") << 3;
    // owner1@, owner10@ … owner19@: matched in the e-mail column.
    QTest::newRow("part of an e-mail") << QStringLiteral("owner1") << 11;
}

void TestCustomerFetch::fetchAllFetchesExactlyWhatTheFilterShows()
{
    QFETCH(QString, filter);
    QFETCH(int, expected);
    QVERIFY(openWindow());
    m_window->customerBrowser();
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    QTest::mouseClick(child<QPushButton>("loadCustomersButton"), Qt::LeftButton);
    const QList<Sandbox::Customer> all = m_sandbox->customers();
    QTRY_COMPARE(customersView()->model()->rowCount(), static_cast<int>(all.size()));
    QTRY_VERIFY(!isListing());

    // The customers the filter should leave, from the sandbox's own data:
    // every one whose name or e-mail holds the text, in the list's order.
    QStringList wanted;
    for (const Sandbox::Customer &customer : all) {
        if (customer.name.contains(filter, Qt::CaseInsensitive) ||
            customer.email.contains(filter, Qt::CaseInsensitive))
            wanted.append(customer.id);
    }
    QCOMPARE(wanted.size(), expected);

    // A row selected before filtering, that the filter then hides, must not
    // come along with Fetch all.
    const QString hidden = all.at(1).id;
    QVERIFY(!wanted.contains(hidden));
    customersView()->selectRow(1);

    auto *filterEdit = child<QLineEdit>("customerFilterEdit");
    filterEdit->setFocus();
    typeText(filterEdit, filter);
    QCOMPARE(customersView()->model()->rowCount(), expected);

    m_sandbox->resetCounters();
    QSignalSpy finished(m_window.get(), &MainWindow::batchFinished);
    QTest::mouseClick(child<QPushButton>("fetchAllButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));

    // The tokens table holds those customers, in the order shown, each fetched
    // and named; nothing else.
    TokenTableModel *model = m_window->tokenModel();
    QCOMPARE(model->rowCount(), expected);
    for (int row = 0; row < expected; ++row) {
        const QString id = model->index(row, TokenTableModel::UserIdColumn).data().toString();
        QCOMPARE(id, wanted.at(row));
        const auto customer = std::find_if(
            all.cbegin(), all.cend(), [&id](const Sandbox::Customer &c) { return c.id == id; });
        QCOMPARE(model->index(row, TokenTableModel::CustomerColumn).data().toString(),
                 customer->name);
    }
    QCOMPARE(model->failedQueries().size(), 0);

    // The sandbox saw exactly one token request for each of them.
    QCOMPARE(m_sandbox->requestCount(), expected);
    QStringList requested = requestedUserIds();
    requested.sort();
    wanted.sort();
    QCOMPARE(requested, wanted);
}

QTEST_MAIN(TestCustomerFetch)
#include "tst_customerfetch.moc"
