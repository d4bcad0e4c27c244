// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Forgetting tokens without any bus (every platform): the idle time (on an
// injected clock) forgets every token, sleep counts as idle, a running batch
// does not; Fetch again sends exactly the forgotten rows; the clipboard is
// cleared only if unchanged and a refused clear is said; copy and export of
// forgotten rows are off and an export set up across a forget writes
// nothing; a token is dragged only from its cell or copy button, with the
// clipboard's secret hints, loses its data when forgotten mid-drag, and
// never lands inside TokenDesk.
#include "app/secrets/clipboardguard.h"
#include "app/secrets/idlewatcher.h"
#include "app/secrets/tokendrag.h"
#include "app/settings/appsettings.h"
#include "forgetfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <memory>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {
const QString UserText = QStringLiteral("the user's own clipboard text");

// A clock the test moves by hand: no check ever depends on how fast the
// machine is, only on what the clock says.
struct FakeClock
{
    qint64 now = 1'000'000;
    IdleWatcher::Clock clock()
    {
        return [this] {
            return now;
        };
    }
};
} // namespace

class TestTokenSafety final : public QObject, private ForgetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void idleTimeForgetsAndFetchAgainBringsThemBack();
    void inputPostponesIdle();
    void sleepCountsAsIdle();
    void idleDuringABatchForgetsNothing();
    void fetchAgainSendsOnlyTheForgottenRows();
    void rowsStoppedByAForgetSayNotFetched();
    void clipboardClearedOnlyIfUnchanged();
    void refusedClipboardClearIsSaid();
    void copyAndExportOfForgottenRowsDisabled();
    void exportSetUpAcrossAForgetWritesNothing();
    void dragCarriesSecretHintsWithoutClipboard_data();
    void dragCarriesSecretHintsWithoutClipboard();
    void dragFromOtherCellsSelectsRows();
    void dragUnderWayLosesItsDataWhenForgotten();
    void dragImageShowsOnlyTheMaskedForm();
    void tokenDroppedInsideTokenDeskDoesNothing();

private:
    // The idle watcher on hand-moved clocks, counting from their "now".
    void useFakeClocks()
    {
        forgetter()->idleWatcher()->setClocks(m_monotonic.clock(), m_wall.clock());
    }
    void advance(qint64 monotonicMs, qint64 wallMs)
    {
        m_monotonic.now += monotonicMs;
        m_wall.now += wallMs;
    }

    FakeClock m_monotonic;
    FakeClock m_wall;
};

void TestTokenSafety::initTestCase()
{
    isolateSettings();
}

void TestTokenSafety::init()
{
    QVERIFY(openWindowWithTokens());
}

void TestTokenSafety::cleanup()
{
    closeWindow();
    QApplication::clipboard()->clear();
    QSettings().clear();
}

void TestTokenSafety::idleTimeForgetsAndFetchAgainBringsThemBack()
{
    QCOMPARE(m_window->settings()->forgetAfterMinutes(), 15); // the default
    useFakeClocks();
    forgetter()->setIdleInterval(200ms); // the test seam
    advance(199, 199);
    QTest::qWait(1000); // checks run meanwhile; the clocks say not yet
    QCOMPARE(forgottenRows(), 0);
    advance(1, 1);
    QTRY_COMPARE(forgottenRows(), 3);
    verifyAllForgotten();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tokens forgotten: TokenDesk was not used for a while."));
    forgetter()->setIdleInterval(0ms);
    fetchAgainAndVerifyTheSameTokens();
}

void TestTokenSafety::inputPostponesIdle()
{
    IdleWatcher watcher;
    watcher.setClocks(m_monotonic.clock(), m_wall.clock());
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setInterval(200ms);
    advance(150, 150);
    QTest::keyClick(child<QPlainTextEdit>("userIdsEdit"), Qt::Key_Shift); // counts from here
    advance(150, 150); // 300 since the start, 150 since the input
    QTest::qWait(1000);
    QCOMPARE(idle.count(), 0);
    advance(50, 50);
    QTRY_COMPARE(idle.count(), 1);
    // Once per spell: no second signal without input.
    advance(1000, 1000);
    QTest::qWait(500);
    QCOMPARE(idle.count(), 1);
}

void TestTokenSafety::sleepCountsAsIdle()
{
    // Asleep, the monotonic clock stands still and the wall clock runs on.
    useFakeClocks();
    forgetter()->setIdleInterval(200ms);
    advance(0, 200);
    QTRY_COMPARE(forgottenRows(), 3);
}

void TestTokenSafety::idleDuringABatchForgetsNothing()
{
    useFakeClocks();
    forgetter()->setIdleInterval(200ms);
    QSignalSpy idle(forgetter()->idleWatcher(), &IdleWatcher::idle);
    // A batch whose replies wait for a second request that never comes alone.
    m_sandbox->setHoldRepliesUntilInFlight(2);
    const QList<Sandbox::Customer> all = m_sandbox->customers();
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(all.at(10).id);
    m_window->fetch();
    QTRY_COMPARE(m_sandbox->inFlight(), 1);
    advance(500, 500);
    QTRY_VERIFY(idle.count() >= 1); // the idle time was reached during the batch
    QCOMPARE(forgottenRows(), 0);
    QCOMPARE(tokensInTable().mid(0, 3), m_tokens);
    // The batch ends; from then on the time without input counts again.
    QSignalSpy finished(m_window->findChild<Session *>(), &Session::batchFinished);
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(all.at(11).id);
    m_window->fetch();
    QVERIFY(finished.wait(30000));
    QCOMPARE(model()->rowCount(), 5);
    QVERIFY(!model()->index(3, 0).data(RawTokenRole).toString().isEmpty());
    QCOMPARE(forgottenRows(), 0);
    advance(200, 200);
    QTRY_COMPARE(forgottenRows(), 5);
}

void TestTokenSafety::fetchAgainSendsOnlyTheForgottenRows()
{
    // A failed row (404) and a row the user cancelled join the three tokens.
    const QString unknown = QStringLiteral("0000000000000000deadbeef");
    const QString cancelled = m_sandbox->customers().at(12).id;
    m_sandbox->setHoldRepliesUntilInFlight(2);
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(cancelled);
    m_window->fetch();
    QTRY_COMPARE(m_sandbox->inFlight(), 1);
    m_window->findChild<Session *>()->cancelBatch();
    QTRY_COMPARE(model()->index(3, 0).data(RowStateRole).toInt(),
                 int(TokenTableModel::RowState::Cancelled));
    m_sandbox->setHoldRepliesUntilInFlight(0);
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(unknown);
    m_window->fetch();
    QTRY_COMPARE(model()->index(4, 0).data(RowStateRole).toInt(),
                 int(TokenTableModel::RowState::Failed));

    forgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    QCOMPARE(forgottenRows(), 3);
    m_sandbox->resetCounters();
    forgetter()->fetchAgainAction()->trigger();
    QTRY_COMPARE(tokensInTable().mid(0, 3), m_tokens);
    QTRY_VERIFY(!m_window->findChild<Session *>()->isFetching());
    // Requests per ID: each forgotten one once, the other two never.
    QMap<QString, int> sent;
    const QList<QByteArray> heads = m_sandbox->lastRequestHeads();
    for (const QByteArray &head : heads) {
        for (const QString &id :
             {m_customers.at(0).id, m_customers.at(1).id, m_customers.at(2).id, cancelled, unknown})
            if (head.contains((QStringLiteral("userId=") + id).toUtf8()))
                ++sent[id];
    }
    QCOMPARE(m_sandbox->requestCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(sent.value(m_customers.at(row).id), 1);
    QCOMPARE(sent.value(cancelled), 0);
    QCOMPARE(sent.value(unknown), 0);
}

void TestTokenSafety::rowsStoppedByAForgetSayNotFetched()
{
    m_sandbox->setHoldRepliesUntilInFlight(2);
    const QString waiting = m_sandbox->customers().at(10).id;
    child<QPlainTextEdit>("userIdsEdit")->setPlainText(waiting);
    m_window->fetch();
    QTRY_COMPARE(m_sandbox->inFlight(), 1);
    forgetter()->forget(TokenForgetter::Reason::Sleep);
    const QModelIndex cell = model()->index(3, TokenTableModel::TokenColumn);
    QTRY_COMPARE(cell.data(RowStateRole).toInt(), int(TokenTableModel::RowState::Cancelled));
    QCOMPARE(cell.data().toString(), TokenTableModel::notFetchedText());
    QVERIFY(cell.data(TokenForgottenRole).toBool()); // Fetch again fetches it
    QCOMPARE(model()->index(0, TokenTableModel::TokenColumn).data().toString(),
             TokenTableModel::forgottenText());
    m_sandbox->setHoldRepliesUntilInFlight(0);
    forgetter()->fetchAgainAction()->trigger();
    QTRY_VERIFY(!cell.data(RawTokenRole).toString().isEmpty());
}

void TestTokenSafety::clipboardClearedOnlyIfUnchanged()
{
    QClipboard *clipboard = QApplication::clipboard();
    tokensView()->selectRow(0);
    m_window->copySelectedToken();
    QCOMPARE(clipboard->text(), m_tokens.at(0));
    forgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    QVERIFY(clipboard->text().isEmpty());

    forgetter()->fetchAgainAction()->trigger();
    QTRY_COMPARE(tokensInTable(), m_tokens);
    m_window->copySelectedToken();
    QCOMPARE(clipboard->text(), m_tokens.at(0));
    clipboard->setText(UserText); // the user copied something else since
    forgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    QCOMPARE(clipboard->text(), UserText);
}

void TestTokenSafety::refusedClipboardClearIsSaid()
{
    QClipboard *clipboard = QApplication::clipboard();
    tokensView()->selectRow(0);
    m_window->copySelectedToken();
    const QString token = m_tokens.at(0);
    bool refuse = true;
    QObject refuser; // a system that keeps the data for an unfocused window
    connect(clipboard, &QClipboard::dataChanged, &refuser, [&] {
        if (refuse && clipboard->text().isEmpty())
            clipboard->setText(token);
    });
    forgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    QCOMPARE(clipboard->text(), token);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tokens forgotten: the screen was locked. The system did not let "
                            "TokenDesk clear the clipboard: the token may still be on it. "
                            "TokenDesk tries again when its window is active."));
    refuse = false;
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationActive);
    QVERIFY(clipboard->text().isEmpty());
}

void TestTokenSafety::copyAndExportOfForgottenRowsDisabled()
{
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("copyTokenAction"));
    auto *copyWithId = m_window->findChild<QAction *>(QStringLiteral("copyWithUserIdAction"));
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(copy && copyWithId && exportAction);
    tokensView()->selectRow(0);
    QTRY_VERIFY(copy->isEnabled() && copyWithId->isEnabled() && exportAction->isEnabled());
    forgetter()->forget(TokenForgetter::Reason::Sleep);
    QTRY_VERIFY(!copy->isEnabled());
    QVERIFY(!copyWithId->isEnabled());
    QVERIFY(!exportAction->isEnabled());
    tokensView()->clearSelection();
    tokensView()->setCurrentIndex(QModelIndex());
    QTRY_VERIFY(!exportAction->isEnabled()); // every row forgotten: nothing to export
    // Fetched again, they are on again.
    forgetter()->fetchAgainAction()->trigger();
    QTRY_COMPARE(tokensInTable(), m_tokens);
    tokensView()->selectRow(0);
    QTRY_VERIFY(copy->isEnabled() && copyWithId->isEnabled() && exportAction->isEnabled());
}

void TestTokenSafety::exportSetUpAcrossAForgetWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    // The screen locks while the confirmation is open (its own event loop).
    m_window->setDialogHooks({[this](const QString &, const QString &) {
                                  forgetter()->forget(TokenForgetter::Reason::ScreenLocked);
                                  return true;
                              },
                              [&path](const QString &, const QString &) {
                                  return path;
                              }});
    tokensView()->clearSelection();
    m_window->exportTokens();
    QVERIFY2(!QFile::exists(path), "no file written with forgotten tokens");
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Nothing was exported: tokens were forgotten for safety while the "
                            "export was being set up. Fetch them again, then export."));
    // The control: without a forget the same export writes the file.
    forgetter()->fetchAgainAction()->trigger();
    QTRY_COMPARE(tokensInTable(), m_tokens);
    m_window->setDialogHooks({[](const QString &, const QString &) { return true; },
                              [&path](const QString &, const QString &) {
                                  return path;
                              }});
    m_window->exportTokens();
    QVERIFY(QFile::exists(path));
}

void TestTokenSafety::dragCarriesSecretHintsWithoutClipboard_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("token") << int(TokenTableModel::TokenColumn);
    QTest::newRow("copy button") << int(TokenTableModel::CopyColumn);
}

void TestTokenSafety::dragCarriesSecretHintsWithoutClipboard()
{
    QFETCH(int, column);
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
    QWidget *viewport = tokensView()->viewport();
    const QRect cell = tokensView()->visualRect(tokensView()->model()->index(1, column));
    const QPoint away = cell.center() + QPoint(QApplication::startDragDistance() + 5, 8);
    QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseMove(viewport, away);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, away);
    QVERIFY(dragged);
    // Exactly the clipboard's secret data plus the drag's own marker.
    const std::unique_ptr<QMimeData> secret(ClipboardGuard::secretMimeData(m_tokens.at(1)));
    QStringList formats = secret->formats();
    formats.append(QStringLiteral("application/x-tokendesk-token-drag"));
    formats.sort();
    QStringList draggedFormats = dragged->formats();
    draggedFormats.sort();
    QCOMPARE(draggedFormats, formats);
    for (const QString &format : secret->formats())
        QCOMPARE(dragged->data(format), secret->data(format));
    QVERIFY(TokenDrag::isTokenDrag(dragged.get()));
    QVERIFY(!dragged->data(QStringLiteral("application/x-tokendesk-token-drag"))
                 .contains(m_tokens.at(1).toUtf8()));
    QVERIFY(!image.isNull());
    QCOMPARE(QApplication::clipboard()->text(), UserText);
    QCOMPARE(clipboardChanged.count(), 0);
}

void TestTokenSafety::dragFromOtherCellsSelectsRows()
{
    auto *drag = tokensView()->findChild<TokenDrag *>();
    bool started = false;
    drag->setStarter([&started](QMimeData *mime, const QPixmap &) {
        delete mime;
        started = true;
    });
    QWidget *viewport = tokensView()->viewport();
    const auto centre = [this](int row) {
        return tokensView()
            ->visualRect(tokensView()->model()->index(row, TokenTableModel::UserIdColumn))
            .center();
    };
    tokensView()->clearSelection();
    QTest::mousePress(viewport, Qt::LeftButton, {}, centre(0));
    QTest::mouseMove(viewport, centre(1));
    QTest::mouseMove(viewport, centre(2));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, centre(2));
    QVERIFY(!started);
    QCOMPARE(tokensView()->selectionModel()->selectedRows().size(), 3);
}

void TestTokenSafety::dragUnderWayLosesItsDataWhenForgotten()
{
    auto *drag = tokensView()->findChild<TokenDrag *>();
    std::unique_ptr<QMimeData> dragged;
    // The screen locks while the drag is held (QDrag::exec runs its own loop).
    drag->setStarter([&](QMimeData *mime, const QPixmap &) {
        dragged.reset(mime);
        QVERIFY(!dragged->text().isEmpty());
        forgetter()->forget(TokenForgetter::Reason::ScreenLocked);
    });
    QWidget *viewport = tokensView()->viewport();
    const QRect cell =
        tokensView()->visualRect(tokensView()->model()->index(0, TokenTableModel::TokenColumn));
    const QPoint away = cell.center() + QPoint(QApplication::startDragDistance() + 5, 8);
    QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseMove(viewport, away);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, away);
    QVERIFY(dragged);
    QVERIFY(dragged->text().isEmpty());
    QCOMPARE(dragged->formats(), QStringList());
    QCOMPARE(forgottenRows(), 3);
}

void TestTokenSafety::dragImageShowsOnlyTheMaskedForm()
{
    const QString token = m_tokens.at(0);
    const QString sameTail = QString(token.size() - 4, QLatin1Char('x')) + token.right(4);
    const QString otherTail = token.left(token.size() - 4) + QStringLiteral("ZZZZ");
    const QImage image = TokenDrag::dragImage(token, tokensView()).toImage();
    QCOMPARE(image, TokenDrag::dragImage(sameTail, tokensView()).toImage());
    QVERIFY(image != TokenDrag::dragImage(otherTail, tokensView()).toImage());
}

void TestTokenSafety::tokenDroppedInsideTokenDeskDoesNothing()
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

QTEST_MAIN(TestTokenSafety)
#include "tst_tokensafety.moc"
