// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clipboardguard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMetaMethod>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using namespace std::chrono_literals;
using Platform = ClipboardGuard::Platform;

namespace {

const QString Canary = QStringLiteral("bp_CANARY_c1ipb0ard_5e6f");

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString windowsFormat(const char *name)
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"") + QLatin1String(name) +
           QLatin1Char('"');
}

} // namespace

class TestClipboardGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mimeFormatsOnThisPlatform();
    void mimeLayoutOfEveryPlatform_data();
    void mimeLayoutOfEveryPlatform();
    void clearsAfterTheDelayOnlyIfUnchanged();
    void eachCopyRestartsTheDelay();
    void countsDownEverySecond();
    void delayZeroNeverClears();
    void reportsARefusedClear();
    void destructionClearsOnlyOurSecret();
    void canaryNeverLeaks();

private:
    QClipboard *m_clipboard = nullptr;
};

void TestClipboardGuard::initTestCase()
{
    m_clipboard = QApplication::clipboard();
    QVERIFY(m_clipboard);
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestClipboardGuard::cleanup()
{
    m_clipboard->clear();
}

void TestClipboardGuard::mimeFormatsOnThisPlatform()
{
    ClipboardGuard guard(m_clipboard);
    guard.copySecret(Canary);
    const QMimeData *mime = m_clipboard->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), Canary);
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
    QCOMPARE(ClipboardGuard::nativePlatform(), Platform::LinuxBsd);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
    // Never on the selection: it would be pasted by every middle click.
    if (m_clipboard->supportsSelection())
        QVERIFY(m_clipboard->text(QClipboard::Selection) != Canary);
}

// Every layout is pure data, so all three are checked here; whether Windows and
// macOS honour them can only be seen there (the macOS converter and the Windows
// format names are compiled only on those systems).
void TestClipboardGuard::mimeLayoutOfEveryPlatform_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QStringList>("hints");
    QTest::addColumn<QByteArrayList>("values");
    const QByteArray dwordZero(4, '\0');
    QTest::newRow("Linux/BSD") << int(Platform::LinuxBsd)
                               << QStringList{QStringLiteral("x-kde-passwordManagerHint")}
                               << QByteArrayList{"secret"};
    QTest::newRow("Windows") << int(Platform::Windows)
                             << QStringList{windowsFormat(
                                                "ExcludeClipboardContentFromMonitorProcessing"),
                                            windowsFormat("CanIncludeInClipboardHistory"),
                                            windowsFormat("CanUploadToCloudClipboard")}
                             << QByteArrayList{dwordZero, dwordZero, dwordZero};
    QTest::newRow("macOS") << int(Platform::MacOS)
                           << QStringList{QStringLiteral(
                                  "application/x-nspasteboard-concealed-type")}
                           << QByteArrayList{"secret"};
}

void TestClipboardGuard::mimeLayoutOfEveryPlatform()
{
    QFETCH(int, platform);
    QFETCH(QStringList, hints);
    QFETCH(QByteArrayList, values);
    const std::unique_ptr<QMimeData> mime(
        ClipboardGuard::secretMimeData(Canary, Platform(platform)));
    QCOMPARE(mime->text(), Canary);
    QStringList expected = hints;
    expected.prepend(QStringLiteral("text/plain"));
    QStringList formats = mime->formats();
    formats.sort();
    expected.sort();
    QCOMPARE(formats, expected);
    for (qsizetype i = 0; i < hints.size(); ++i)
        QCOMPARE(mime->data(hints.at(i)), values.at(i));
}

void TestClipboardGuard::clearsAfterTheDelayOnlyIfUnchanged()
{
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(1s);
    QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
    QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);

    guard.copySecret(Canary);
    QCOMPARE(m_clipboard->text(), Canary);
    QVERIFY(cleared.wait(3000));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
    QVERIFY(m_clipboard->text().isEmpty());

    // Someone else's text by then is left alone, and the countdown stops at once.
    seconds.clear();
    guard.copySecret(Canary);
    m_clipboard->setText(QStringLiteral("the user's own text"));
    QCOMPARE(guard.secondsLeft(), 0);
    QCOMPARE(seconds.size(), 2);
    QCOMPARE(seconds.constLast().constFirst().toInt(), 0);
    QTest::qWait(1500);
    QCOMPARE(m_clipboard->text(), QStringLiteral("the user's own text"));
    QCOMPARE(cleared.size(), 1);
}

void TestClipboardGuard::eachCopyRestartsTheDelay()
{
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(2s);
    QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
    QElapsedTimer clock;
    clock.start();
    guard.copySecret(QStringLiteral("first ") + Canary);
    QTest::qWait(1200);
    guard.copySecret(Canary);
    QCOMPARE(guard.secondsLeft(), 2);
    QTest::qWait(1300); // past the first copy's deadline
    QCOMPARE(m_clipboard->text(), Canary);
    QCOMPARE(cleared.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
    QVERIFY(clock.elapsed() >= 3000);
    QVERIFY(m_clipboard->text().isEmpty());
}

void TestClipboardGuard::countsDownEverySecond()
{
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(3s);
    QList<int> events; // seconds left; -1 stands for "cleared"
    connect(&guard, &ClipboardGuard::secondsLeftChanged, this,
            [&events](int seconds) { events.append(seconds); });
    connect(&guard, &ClipboardGuard::clipboardCleared, this, [&events](bool cleared) {
        QVERIFY(cleared);
        events.append(-1);
    });
    QElapsedTimer clock;
    clock.start();
    guard.copySecret(Canary);
    QCOMPARE(events, QList<int>{3});
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 2500);
    QCOMPARE(events, (QList<int>{3, 2, 1}));
    QCOMPARE(guard.secondsLeft(), 1);
    QCOMPARE(m_clipboard->text(), Canary);
    // 0 comes before the result, so a status bar shows the result last.
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 5, 2500);
    QCOMPARE(events, (QList<int>{3, 2, 1, 0, -1}));
    QVERIFY2(clock.elapsed() >= 2900, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(m_clipboard->text().isEmpty());
    QTest::qWait(1200);
    QCOMPARE(events.size(), 5); // nothing after the clear
}

void TestClipboardGuard::delayZeroNeverClears()
{
    ClipboardGuard guard(m_clipboard);
    QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
    QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
    guard.setClearDelay(0s);
    guard.copySecret(Canary);
    QCOMPARE(seconds.size(), 0);
    QCOMPARE(guard.secondsLeft(), 0);

    // Turning the delay off also cancels a clear already counting down.
    guard.setClearDelay(1s);
    guard.copySecret(Canary);
    QCOMPARE(seconds.size(), 1);
    guard.setClearDelay(0s);
    QCOMPARE(seconds.size(), 2);
    QCOMPARE(seconds.constLast().constFirst().toInt(), 0);
    QTest::qWait(1600);
    QCOMPARE(m_clipboard->text(), Canary);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(seconds.size(), 2);
}

void TestClipboardGuard::reportsARefusedClear()
{
    // Imitates a system that keeps the data (as some Wayland compositors do
    // for an unfocused window): every clear puts the secret straight back.
    bool refuse = true;
    QObject refuser; // its end disconnects, even when a check fails
    connect(m_clipboard, &QClipboard::dataChanged, &refuser, [this, &refuse] {
        if (refuse && m_clipboard->text().isEmpty())
            m_clipboard->setText(Canary);
    });
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(1s);
    QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
    guard.copySecret(Canary);
    QVERIFY(cleared.wait(3000));
    QCOMPARE(cleared.constFirst().constFirst().toBool(), false);
    QCOMPARE(m_clipboard->text(), Canary);
    QVERIFY(!guard.clearIfUnchanged());

    // It keeps trying: once the system lets go, the clear succeeds.
    refuse = false;
    QVERIFY(guard.clearIfUnchanged());
    QVERIFY(m_clipboard->text().isEmpty());
}

void TestClipboardGuard::destructionClearsOnlyOurSecret()
{
    auto guard = std::make_unique<ClipboardGuard>(m_clipboard);
    guard->setClearDelay(0s); // quitting clears even when the delay never does
    guard->copySecret(Canary);
    QCOMPARE(m_clipboard->text(), Canary);
    guard.reset();
    QVERIFY(m_clipboard->text().isEmpty());

    guard = std::make_unique<ClipboardGuard>(m_clipboard);
    guard->copySecret(Canary);
    m_clipboard->setText(QStringLiteral("the user's own text"));
    guard.reset();
    QCOMPARE(m_clipboard->text(), QStringLiteral("the user's own text"));
}

void TestClipboardGuard::canaryNeverLeaks()
{
    // Every signal of the guard, whatever is added later, is watched.
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(1s);
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    const QMetaObject &meta = ClipboardGuard::staticMetaObject;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        if (meta.method(i).methodType() == QMetaMethod::Signal)
            spies.push_back(std::make_unique<QSignalSpy>(&guard, meta.method(i)));
    }
    QCOMPARE(spies.size(), size_t(2));
    g_messages.clear();

    guard.copySecret(Canary);
    QTRY_VERIFY_WITH_TIMEOUT(m_clipboard->text().isEmpty(), 3000);
    guard.copySecret(Canary);
    QVERIFY(guard.clearIfUnchanged());

    int emitted = 0;
    for (const auto &spy : spies) {
        for (const QList<QVariant> &arguments : std::as_const(*spy)) {
            ++emitted;
            for (const QVariant &argument : arguments)
                QVERIFY(!argument.toString().contains(QLatin1String("CANARY")));
        }
    }
    QVERIFY(emitted >= 4);
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QLatin1String("CANARY")), qPrintable(message));
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
