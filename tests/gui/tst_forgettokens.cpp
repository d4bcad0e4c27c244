// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens that do not outlive their use: a screen lock (a stand-in screen
// saver on a private session bus), logind's Lock and PrepareForSleep (a
// stand-in logind on a private bus used as the system bus) and the idle time
// forget every token; Fetch again brings the same tokens back from the
// sandbox; the clipboard is cleared only if unchanged; no forgotten token is
// left in the model, the accessibility tree or the clipboard; a token is
// dragged with the clipboard's secret hints and never lands inside TokenDesk.
#include "app/secrets/idlewatcher.h"
#include "app/secrets/sessionlockwatcher.h"
#include "app/secrets/tokendrag.h"
#include "app/secrets/tokenforgetter.h"
#include "app/settings/appsettings.h"
#include "core/tokenroles.h"
#include "core/tokentablemodel.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

const QString UserText = QStringLiteral("the user's own clipboard text");
const QString LogindSessionPath = QStringLiteral("/org/freedesktop/login1/session/_3ctest");

// A dbus-daemon of our own, so nothing on the machine hears or sends.
struct PrivateBus
{
    QByteArray address;
    long pid = 0;

    bool start()
    {
        FILE *out = popen("dbus-daemon --session --fork --print-address=1 --print-pid=1", "r");
        if (!out)
            return false;
        char line[512] = {};
        if (std::fgets(line, sizeof line, out))
            address = QByteArray(line).trimmed();
        if (std::fgets(line, sizeof line, out))
            pid = std::atol(line);
        pclose(out);
        return !address.isEmpty() && pid > 0;
    }
    ~PrivateBus()
    {
        if (pid > 0)
            ::kill(static_cast<pid_t>(pid), SIGTERM);
    }
};

} // namespace

// logind's manager, as far as SessionLockWatcher asks it.
class StandInLogind final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid) // NOLINT: the D-Bus method's name
    {
        Q_UNUSED(pid)
        return QDBusObjectPath(LogindSessionPath);
    }
};

class TestForgetTokens final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void screenSaverLockForgetsAndFetchAgainBringsThemBack_data();
    void screenSaverLockForgetsAndFetchAgainBringsThemBack();
    void inactiveScreenSaverForgetsNothing();
    void logindLockAndSleepForget_data();
    void logindLockAndSleepForget();
    void lockSettingOffKeepsTokens();
    void idleTimeForgetsAndFetchAgainBringsThemBack();
    void inputPostponesIdle();
    void clipboardClearedOnlyIfUnchanged();
    void canaryNoForgottenTokenAnywhereAfterLock();
    void copyAndExportOfForgottenRowsRefused();
    void dragCarriesSecretHintsWithoutClipboard();
    void dragImageShowsOnlyTheMaskedForm();
    void tokenDroppedInsideTokenDeskDoesNothing();

private:
    TokenTableModel *model() const { return m_window->tokenModel(); }
    QTableView *tokensView() const { return child<QTableView>("tokensView"); }
    QStringList tokensInTable() const;
    void verifyAllForgotten() const;
    void fetchAgainAndVerifyTheSameTokens();
    static void emitScreenSaver(const QString &service, const QString &path, bool active);

    QList<Sandbox::Customer> m_customers;
    QStringList m_tokens; // what the sandbox handed out, in table order
    QDBusConnection m_standIn{QString()};
    QDBusConnection m_logind{QString()};
    StandInLogind m_logindManager;
};

void TestForgetTokens::initTestCase()
{
    isolateSettings();
    QAccessible::setActive(true);
    // The stand-ins are other programs to the window: connections of their own.
    m_standIn =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("standin"));
    QVERIFY2(m_standIn.isConnected(), "the private session bus");
    for (const char *name : {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"})
        QVERIFY(m_standIn.registerService(QLatin1String(name)));
    m_logind = QDBusConnection::connectToBus(QDBusConnection::SystemBus, QStringLiteral("logind"));
    QVERIFY2(m_logind.isConnected(), "the private bus standing in for the system bus");
    QVERIFY(m_logind.registerService(QStringLiteral("org.freedesktop.login1")));
    QVERIFY(m_logind.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_logindManager,
                                    QDBusConnection::ExportAllSlots));
}

void TestForgetTokens::init()
{
    QVERIFY(openWindow());
    SessionLockWatcher *watcher = m_window->tokenForgetter()->lockWatcher();
    // After the first paint the window listens; the bus then has its rules.
    QTRY_VERIFY(watcher->isWatchingSessionBus() && watcher->isWatchingLogind());

    const QList<Sandbox::Customer> all = m_sandbox->customers();
    m_customers = {all.at(0), all.at(4), all.at(7)}; // the middle one's token is inactive
    child<QLineEdit>("agencyKeyEdit")->setText(Sandbox::SandboxServer::demoKey());
    QStringList ids;
    for (const Sandbox::Customer &customer : std::as_const(m_customers))
        ids.append(customer.id);
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(ids.join(QLatin1Char(' ')));
    m_window->fetch();
    QTRY_COMPARE(model()->rowCount(), 3);
    m_tokens.clear();
    for (int row = 0; row < 3; ++row) {
        QTRY_VERIFY(!model()->index(row, 0).data(RawTokenRole).toString().isEmpty());
        m_tokens.append(model()->index(row, 0).data(RawTokenRole).toString());
        QCOMPARE(m_tokens.last(), m_customers.at(row).tokenKey);
    }
    QVERIFY(!m_window->tokenForgetter()->fetchAgainButton()->isVisible());
}

void TestForgetTokens::cleanup()
{
    closeWindow();
    QApplication::clipboard()->clear();
    QSettings().clear();
}

QStringList TestForgetTokens::tokensInTable() const
{
    QStringList tokens;
    for (int row = 0; row < model()->rowCount(); ++row)
        tokens.append(model()->index(row, 0).data(RawTokenRole).toString());
    return tokens;
}

void TestForgetTokens::verifyAllForgotten() const
{
    QCOMPARE(model()->rowCount(), 3); // the rows stay
    for (int row = 0; row < 3; ++row) {
        const QModelIndex token = model()->index(row, TokenTableModel::TokenColumn);
        QVERIFY(token.data(RawTokenRole).toString().isEmpty());
        QVERIFY(token.data(TokenForgottenRole).toBool());
        QCOMPARE(token.data().toString(), TokenTableModel::forgottenText());
        QCOMPARE(model()->index(row, TokenTableModel::UserIdColumn).data().toString(),
                 m_customers.at(row).id);
        QCOMPARE(model()->index(row, TokenTableModel::StatusColumn).data().toString(),
                 TokenTableModel::stateText(row == 1 ? TokenTableModel::RowState::Inactive
                                                     : TokenTableModel::RowState::Active));
        QVERIFY(model()->index(row, 0).data(FetchedAtRole).toDateTime().isValid());
        QVERIFY(model()->index(row, TokenTableModel::CopyColumn).data().toString().isEmpty());
    }
    QTRY_VERIFY(m_window->tokenForgetter()->fetchAgainButton()->isVisible());
    QVERIFY(m_window->tokenForgetter()->fetchAgainAction()->isEnabled());
}

void TestForgetTokens::fetchAgainAndVerifyTheSameTokens()
{
    auto *button = m_window->tokenForgetter()->fetchAgainButton();
    QCOMPARE(button->accessibleName(), QStringLiteral("Fetch again"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(tokensInTable(), m_tokens);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!model()->index(row, 0).data(TokenForgottenRole).toBool());
    QTRY_VERIFY(!button->isVisible());
}

void TestForgetTokens::emitScreenSaver(const QString &service, const QString &path, bool active)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(path, service, QStringLiteral("ActiveChanged"));
    signal << active;
    QVERIFY(QDBusConnection(QStringLiteral("standin")).send(signal));
}

void TestForgetTokens::screenSaverLockForgetsAndFetchAgainBringsThemBack_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::newRow("KDE") << "org.freedesktop.ScreenSaver"
                         << "/ScreenSaver";
    QTest::newRow("freedesktop") << "org.freedesktop.ScreenSaver"
                                 << "/org/freedesktop/ScreenSaver";
    QTest::newRow("GNOME") << "org.gnome.ScreenSaver"
                           << "/org/gnome/ScreenSaver";
}

void TestForgetTokens::screenSaverLockForgetsAndFetchAgainBringsThemBack()
{
    QFETCH(QString, service);
    QFETCH(QString, path);
    const int requestsBefore = m_sandbox->requestCount();
    emitScreenSaver(service, path, true);
    QTRY_VERIFY(model()->index(2, 0).data(TokenForgottenRole).toBool());
    verifyAllForgotten();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tokens forgotten: the screen was locked."));
    fetchAgainAndVerifyTheSameTokens();
    QCOMPARE(m_sandbox->requestCount(), requestsBefore + 3); // exactly the forgotten rows
}

void TestForgetTokens::inactiveScreenSaverForgetsNothing()
{
    QSignalSpy heard(m_window->tokenForgetter()->lockWatcher(), &SessionLockWatcher::sessionLocked);
    emitScreenSaver(QStringLiteral("org.gnome.ScreenSaver"),
                    QStringLiteral("/org/gnome/ScreenSaver"), false);
    // A lock after it is heard after it: the first was heard and ignored by then.
    emitScreenSaver(QStringLiteral("org.gnome.ScreenSaver"),
                    QStringLiteral("/org/gnome/ScreenSaver"), true);
    QTRY_COMPARE(heard.count(), 1);
    verifyAllForgotten();
}

void TestForgetTokens::logindLockAndSleepForget_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("Lock") << LogindSessionPath << "org.freedesktop.login1.Session"
                          << "Lock"
                          << "Tokens forgotten: the screen was locked.";
    QTest::newRow("PrepareForSleep") << "/org/freedesktop/login1"
                                     << "org.freedesktop.login1.Manager"
                                     << "PrepareForSleep"
                                     << "Tokens forgotten: the computer was going to sleep.";
}

void TestForgetTokens::logindLockAndSleepForget()
{
    QFETCH(QString, path);
    QFETCH(QString, interface);
    QFETCH(QString, name);
    QFETCH(QString, sentence);
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
    if (name == QLatin1String("PrepareForSleep"))
        signal << true;
    QVERIFY(m_logind.send(signal));
    QTRY_VERIFY(model()->index(2, 0).data(TokenForgottenRole).toBool());
    verifyAllForgotten();
    QCOMPARE(m_window->statusBar()->currentMessage(), sentence);
    fetchAgainAndVerifyTheSameTokens();
}

void TestForgetTokens::lockSettingOffKeepsTokens()
{
    m_window->settings()->setForgetOnLock(false);
    QSignalSpy heard(m_window->tokenForgetter()->lockWatcher(), &SessionLockWatcher::sessionLocked);
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_COMPARE(heard.count(), 1);
    QCOMPARE(tokensInTable(), m_tokens);
    m_window->settings()->setForgetOnLock(true);
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_VERIFY(model()->index(2, 0).data(TokenForgottenRole).toBool());
}

void TestForgetTokens::idleTimeForgetsAndFetchAgainBringsThemBack()
{
    QCOMPARE(m_window->settings()->forgetAfterMinutes(), 15); // the default
    m_window->tokenForgetter()->setIdleInterval(300ms);       // the test seam
    QTRY_VERIFY_WITH_TIMEOUT(model()->index(2, 0).data(TokenForgottenRole).toBool(), 20000);
    verifyAllForgotten();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tokens forgotten: TokenDesk was not used for a while."));
    m_window->tokenForgetter()->setIdleInterval(0ms);
    fetchAgainAndVerifyTheSameTokens();
}

void TestForgetTokens::inputPostponesIdle()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    constexpr auto Interval = 2000ms;
    watcher.setInterval(Interval);
    QTest::qWait(1000);
    if (!idle.isEmpty())
        QSKIP("the machine stalled past the whole interval before the input could be sent");
    QTest::keyClick(child<QPlainTextEdit>("userIdsEdit"), Qt::Key_Shift);
    QElapsedTimer sinceInput;
    sinceInput.start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
    // Lower bound only: the input restarted the count.
    QVERIFY2(sinceInput.elapsed() >= Interval.count() - 50,
             qPrintable(QString::number(sinceInput.elapsed())));
}

void TestForgetTokens::clipboardClearedOnlyIfUnchanged()
{
    QClipboard *clipboard = QApplication::clipboard();
    tokensView()->selectRow(0);
    m_window->copySelectedToken();
    QCOMPARE(clipboard->text(), m_tokens.at(0));
    m_window->tokenForgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    QVERIFY(clipboard->text().isEmpty());

    m_window->tokenForgetter()->fetchAgainAction()->trigger();
    QTRY_COMPARE(tokensInTable(), m_tokens);
    m_window->copySelectedToken();
    QCOMPARE(clipboard->text(), m_tokens.at(0));
    clipboard->setText(UserText); // the user copied something else since
    m_window->tokenForgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    QCOMPARE(clipboard->text(), UserText);
}

void TestForgetTokens::canaryNoForgottenTokenAnywhereAfterLock()
{
    const auto leaks = [this] {
        QStringList found;
        const auto check = [&](const QString &where, const QString &text) {
            for (const QString &token : std::as_const(m_tokens)) {
                if (text.contains(token))
                    found.append(where);
            }
        };
        for (int row = 0; row < model()->rowCount(); ++row)
            for (int column = 0; column < model()->columnCount(); ++column)
                for (int role = 0; role <= Qt::UserRole + 64; ++role)
                    check(QStringLiteral("model %1,%2 role %3").arg(row).arg(column).arg(role),
                          model()->index(row, column).data(role).toString());
        // What assistive technology is told about the table, cell by cell.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(tokensView());
        const std::function<void(QAccessibleInterface *, int)> walk =
            [&](QAccessibleInterface *node, int depth) {
                if (!node || depth > 6)
                    return;
                for (QAccessible::Text kind : {QAccessible::Name, QAccessible::Value,
                                               QAccessible::Description, QAccessible::Help})
                    check(QStringLiteral("accessible"), node->text(kind));
                for (int i = 0; i < node->childCount(); ++i)
                    walk(node->child(i), depth + 1);
            };
        walk(table, 0);
        check(QStringLiteral("clipboard"), QApplication::clipboard()->text());
        return found;
    };
    // Revealed and copied first, so the search has something to find.
    m_window->findChild<QAction *>(QStringLiteral("revealTokensAction"))->setChecked(true);
    tokensView()->selectRow(2);
    m_window->copySelectedToken();
    QVERIFY2(leaks().contains(QStringLiteral("accessible")), "the search finds a revealed token");
    QVERIFY(leaks().contains(QStringLiteral("clipboard")));

    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
                    true);
    QTRY_VERIFY(model()->index(2, 0).data(TokenForgottenRole).toBool());
    QCOMPARE(leaks(), QStringList());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("revealTokensAction"))->isChecked());
    // The agency key is not touched: Fetch again needs no new one.
    QCOMPARE(child<QLineEdit>("agencyKeyEdit")->text(), Sandbox::SandboxServer::demoKey());
}

void TestForgetTokens::copyAndExportOfForgottenRowsRefused()
{
    m_window->tokenForgetter()->forget(TokenForgetter::Reason::Sleep);
    QApplication::clipboard()->setText(UserText);
    tokensView()->selectRow(0);
    m_window->copySelectedToken();
    m_window->copySelectedAs(true);
    QCOMPARE(QApplication::clipboard()->text(), UserText);
    bool asked = false;
    m_window->setDialogHooks({[&](const QString &, const QString &) { return asked = true; },
                              [](const QString &, const QString &) {
                                  return QString();
                              }});
    tokensView()->clearSelection();
    m_window->exportTokens();
    QVERIFY2(!asked, "no export offered for forgotten rows");
}

void TestForgetTokens::dragCarriesSecretHintsWithoutClipboard()
{
    QApplication::clipboard()->setText(UserText);
    QSignalSpy clipboardChanged(QApplication::clipboard(), &QClipboard::dataChanged);
    auto *drag = tokensView()->findChild<TokenDrag *>();
    QVERIFY(drag);
    std::unique_ptr<QMimeData> dragged;
    QPixmap image;
    drag->setStarter([&](QMimeData *mime, const QPixmap &pixmap) {
        dragged.reset(mime);
        image = pixmap;
    });
    for (const int column :
         {int(TokenTableModel::UserIdColumn), int(TokenTableModel::CopyColumn)}) {
        dragged.reset();
        QWidget *viewport = tokensView()->viewport();
        const QRect cell = tokensView()->visualRect(tokensView()->model()->index(1, column));
        QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
        QTest::mouseMove(viewport,
                         cell.center() + QPoint(QApplication::startDragDistance() + 5, 8));
        QTest::mouseRelease(viewport, Qt::LeftButton, {},
                            cell.center() + QPoint(QApplication::startDragDistance() + 5, 8));
        QVERIFY2(dragged, qPrintable(QStringLiteral("a drag from column %1").arg(column)));
        QCOMPARE(dragged->text(), m_tokens.at(1));
        QCOMPARE(dragged->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(TokenDrag::isTokenDrag(dragged.get()));
        // Every format but the text is a hint, never another copy of the token.
        for (const QString &format : dragged->formats()) {
            if (!format.startsWith(QLatin1String("text/")))
                QVERIFY(!dragged->data(format).contains(m_tokens.at(1).toUtf8()));
        }
        QVERIFY(!image.isNull());
    }
    QCOMPARE(QApplication::clipboard()->text(), UserText);
    QCOMPARE(clipboardChanged.count(), 0);
}

void TestForgetTokens::dragImageShowsOnlyTheMaskedForm()
{
    const QString token = m_tokens.at(0);
    const QString sameTail = QString(token.size() - 4, QLatin1Char('x')) + token.right(4);
    const QString otherTail = token.left(token.size() - 4) + QStringLiteral("ZZZZ");
    const QImage image = TokenDrag::dragImage(token, tokensView()).toImage();
    QCOMPARE(image, TokenDrag::dragImage(sameTail, tokensView()).toImage());
    QVERIFY(image != TokenDrag::dragImage(otherTail, tokensView()).toImage());
}

void TestForgetTokens::tokenDroppedInsideTokenDeskDoesNothing()
{
    auto *field = child<QPlainTextEdit>("userIdsEdit");
    const QString before = field->toPlainText();
    const auto dropInto = [field](QMimeData *mime) {
        QWidget *target = field->viewport();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    };
    const std::unique_ptr<QMimeData> token(TokenDrag::mimeData(m_tokens.at(0)));
    QVERIFY(!dropInto(token.get()));
    QCOMPARE(field->toPlainText(), before);
    // The control: the same text from elsewhere does land, so the check can fail.
    const std::unique_ptr<QMimeData> plain(new QMimeData);
    plain->setText(QStringLiteral(" dropped"));
    dropInto(plain.get());
    QVERIFY(field->toPlainText().contains(QLatin1String("dropped")));
}

int main(int argc, char *argv[])
{
    // Buses of the test's own, before anything of Qt's looks for one.
    PrivateBus session;
    PrivateBus system;
    if (!session.start() || !system.start()) {
        std::fprintf(stderr, "tst_forgettokens: cannot start dbus-daemon (package dbus)\n");
        return 1;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", session.address);
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", system.address);
    QApplication app(argc, argv);
    TestForgetTokens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_forgettokens.moc"
