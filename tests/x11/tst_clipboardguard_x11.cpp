// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClipboardGuard and the selection clipboard, on a real X server (Xvfb, started
// by CTest through xvfb-run): the offscreen platform has no selection, so only
// here can it be seen that the secret never goes there, and that the guard
// clears a selection holding the secret only where TokenDesk owns it. What
// another X client sees is read with xclip.
#include "app/secrets/clipboardguard.h"

#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

const QString Canary = QStringLiteral("bp_CANARY_5e1ecti0n_9a2b");
const QString UserText = QStringLiteral("the user's own text");
// How long a wait may take before the test calls it a hang: never a speed claim.
constexpr int HangGuardMs = 30000;

// What another X client gets from a selection ("primary" or "clipboard"). The
// event loop runs meanwhile, so that this process can answer when it owns it.
QString readAsAnotherClient(const QString &selection)
{
    QProcess xclip;
    QSignalSpy finished(&xclip, &QProcess::finished);
    xclip.start(QStringLiteral("xclip"),
                {QStringLiteral("-o"), QStringLiteral("-selection"), selection});
    if (!finished.wait(HangGuardMs))
        return QStringLiteral("<xclip did not finish>");
    // An empty selection makes xclip fail with a message: that reads as empty.
    return QString::fromUtf8(xclip.readAllStandardOutput());
}

} // namespace

class TestClipboardGuardX11 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void secretNeverOnTheSelection_data();
    void secretNeverOnTheSelection();
    void clearsTheSelectionItOwns_data();
    void clearsTheSelectionItOwns();
    void ownSelectionKeepsTheCountdown();
    void leavesAnotherClientsSelection();

private:
    QClipboard *m_clipboard = nullptr;
};

void TestClipboardGuardX11::initTestCase()
{
    // Not a skip: this suite exists to prove what offscreen cannot.
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             qPrintable(QStringLiteral("needs an X server (xcb), runs on %1")
                            .arg(QGuiApplication::platformName())));
    m_clipboard = QApplication::clipboard();
    QVERIFY(m_clipboard->supportsSelection());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty(),
             "xclip is needed to read the selections as another client");
}

void TestClipboardGuardX11::cleanup()
{
    m_clipboard->clear(QClipboard::Clipboard);
    m_clipboard->clear(QClipboard::Selection);
}

void TestClipboardGuardX11::secretNeverOnTheSelection_data()
{
    QTest::addColumn<QString>("selection");
    QTest::newRow("selection empty") << QString();
    QTest::newRow("selection holds the user's text") << UserText;
}

// A secret on the selection would be pasted by every middle click.
void TestClipboardGuardX11::secretNeverOnTheSelection()
{
    QFETCH(QString, selection);
    if (selection.isEmpty())
        m_clipboard->clear(QClipboard::Selection);
    else
        m_clipboard->setText(selection, QClipboard::Selection);

    ClipboardGuard guard(m_clipboard);
    guard.copySecret(Canary);
    QCOMPARE(m_clipboard->text(QClipboard::Clipboard), Canary);
    QCOMPARE(m_clipboard->text(QClipboard::Selection), selection);
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), Canary);
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), selection);

    // Clearing takes the secret and leaves the user's selection.
    QVERIFY(guard.clearIfUnchanged());
    QVERIFY(m_clipboard->text(QClipboard::Clipboard).isEmpty());
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), QString());
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), selection);
}

void TestClipboardGuardX11::clearsTheSelectionItOwns_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("after the delay") << QStringLiteral("delay");
    QTest::newRow("on request") << QStringLiteral("request");
    QTest::newRow("when the guard ends") << QStringLiteral("destruction");
}

// Selecting the revealed token in the window puts it on the selection, owned
// by TokenDesk: the guard takes it from there too.
void TestClipboardGuardX11::clearsTheSelectionItOwns()
{
    QFETCH(QString, how);
    m_clipboard->setText(Canary, QClipboard::Selection);
    QVERIFY(m_clipboard->ownsSelection());
    auto guard = std::make_unique<ClipboardGuard>(m_clipboard);
    guard->setClearDelay(1s);
    QSignalSpy cleared(guard.get(), &ClipboardGuard::clipboardCleared);
    guard->copySecret(Canary);
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), Canary);

    if (how == QLatin1String("delay")) {
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, HangGuardMs);
        QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
    } else if (how == QLatin1String("request")) {
        QVERIFY(guard->clearIfUnchanged());
    } else {
        guard.reset();
    }
    QVERIFY(m_clipboard->text(QClipboard::Clipboard).isEmpty());
    QVERIFY(m_clipboard->text(QClipboard::Selection).isEmpty());
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), QString());
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), QString());
}

// The user copies something else while the secret is still selected in the
// window: the clipboard is theirs now, but the selection still needs clearing.
void TestClipboardGuardX11::ownSelectionKeepsTheCountdown()
{
    m_clipboard->setText(Canary, QClipboard::Selection);
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(1s);
    QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
    guard.copySecret(Canary);
    m_clipboard->setText(UserText, QClipboard::Clipboard);
    QCOMPARE(guard.secondsLeft(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, HangGuardMs);
    QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
    QVERIFY(m_clipboard->text(QClipboard::Selection).isEmpty());
    QCOMPARE(m_clipboard->text(QClipboard::Clipboard), UserText);
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), QString());
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), UserText);
}

// Another program's selection is not TokenDesk's to take, even when it holds
// the same text: only the clipboard is cleared.
void TestClipboardGuardX11::leavesAnotherClientsSelection()
{
    QProcess owner;
    owner.start(QStringLiteral("xclip"), {QStringLiteral("-selection"), QStringLiteral("primary"),
                                          QStringLiteral("-quiet")});
    QVERIFY(owner.waitForStarted());
    owner.write(Canary.toUtf8());
    owner.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_clipboard->ownsSelection() &&
                                 m_clipboard->text(QClipboard::Selection) == Canary,
                             HangGuardMs);

    ClipboardGuard guard(m_clipboard);
    guard.copySecret(Canary);
    QVERIFY(guard.clearIfUnchanged());
    QVERIFY(m_clipboard->text(QClipboard::Clipboard).isEmpty());
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), Canary);
    QCOMPARE(owner.state(), QProcess::Running); // it still owns the selection

    owner.kill();
    QVERIFY(owner.waitForFinished(HangGuardMs));
}

QTEST_MAIN(TestClipboardGuardX11)
#include "tst_clipboardguard_x11.moc"
