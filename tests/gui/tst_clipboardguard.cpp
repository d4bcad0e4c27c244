// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/clipboardguard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMetaMethod>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
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

// How long a wait may take before the test calls it a hang: never a speed claim.
constexpr int HangGuardMs = 30000;
// What GuardLog records for clipboardCleared(true) and clipboardCleared(false).
constexpr int Cleared = -1;
constexpr int Refused = -2;

// Everything the guard says, in order: seconds left, or Cleared/Refused; with
// when it said it (ms since the log began) and what the clipboard held then.
// The checks read the order and the contents, so a stalled machine can only
// make the events late, never make them different.
class GuardLog final
{
public:
    GuardLog(ClipboardGuard &guard, QClipboard *clipboard)
    {
        m_clock.start();
        QObject::connect(&guard, &ClipboardGuard::secondsLeftChanged, &m_context,
                         [this, clipboard](int seconds) { record(seconds, clipboard->text()); });
        QObject::connect(&guard, &ClipboardGuard::clipboardCleared, &m_context,
                         [this, clipboard](bool cleared) {
                             record(cleared ? Cleared : Refused, clipboard->text());
                         });
    }

    qint64 now() const { return m_clock.elapsed(); }
    const QList<int> &values() const { return m_values; }
    const QList<qint64> &times() const { return m_times; }
    const QStringList &texts() const { return m_texts; }

private:
    void record(int value, const QString &text)
    {
        m_values.append(value);
        m_times.append(m_clock.elapsed());
        m_texts.append(text);
    }

    QObject m_context; // its end disconnects the guard from this log
    QElapsedTimer m_clock;
    QList<int> m_values;
    QList<qint64> m_times;
    QStringList m_texts;
};

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
    void refusedClearKeepsCountingAndRetriesWhenActive();
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
    // Offscreen has no selection clipboard: that it never gets the secret is
    // proved on a real X server, in tests/x11/tst_clipboardguard_x11.cpp.
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
    GuardLog log(guard, m_clipboard);

    const qint64 copiedAt = log.now();
    guard.copySecret(Canary);
    QCOMPARE(m_clipboard->text(), Canary);
    QTRY_VERIFY_WITH_TIMEOUT(log.values().contains(Cleared), HangGuardMs);
    QCOMPARE(log.values(), (QList<int>{1, 0, Cleared}));
    // Never before the delay; a stall can only make it later.
    QVERIFY2(log.times().constLast() - copiedAt >= 1000,
             qPrintable(QString::number(log.times().constLast() - copiedAt)));
    QVERIFY(m_clipboard->text().isEmpty());

    // Someone else's text by then is left alone, and the countdown stops at once.
    guard.copySecret(Canary);
    m_clipboard->setText(QStringLiteral("the user's own text"));
    QCOMPARE(guard.secondsLeft(), 0);
    QCOMPARE(log.values(), (QList<int>{1, 0, Cleared, 1, 0}));
    QTest::qWait(1500); // past the deadline: a late look only proves more
    QCOMPARE(m_clipboard->text(), QStringLiteral("the user's own text"));
    QCOMPARE(log.values().count(Cleared), 1);
}

void TestClipboardGuard::eachCopyRestartsTheDelay()
{
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(6s);
    GuardLog log(guard, m_clipboard);
    const QString first = QStringLiteral("first ") + Canary;

    // The second copy comes half a second after the first tick: out of step
    // with the first copy's ticks, so a countdown that kept their rhythm would
    // clear half a second early; and 4.5 s before the first copy's deadline,
    // so only a longer stall could let that clear come first.
    QObject context;
    bool scheduled = false;
    qint64 secondCopyAt = -1;
    qsizetype secondCopyIndex = -1;
    connect(&guard, &ClipboardGuard::secondsLeftChanged, &context, [&](int seconds) {
        if (seconds != 5 || scheduled)
            return;
        scheduled = true;
        QTimer::singleShot(500ms, &context, [&] {
            secondCopyIndex = log.values().size();
            secondCopyAt = log.now();
            guard.copySecret(Canary);
        });
    });
    guard.copySecret(first);
    QTRY_VERIFY_WITH_TIMEOUT(log.values().contains(Cleared), HangGuardMs);
    QVERIFY(secondCopyIndex > 0);

    // Until the second copy the first only counted down (how far depends on
    // the machine's speed): it never reached 0 or cleared.
    const QList<int> before = log.values().mid(0, secondCopyIndex);
    QVERIFY2(!before.contains(0) && !before.contains(Cleared),
             "the first copy's clear came before the second copy: a stall of over 4.5 s?");
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(before.at(i), 6 - int(i));
    // The second copy counted its own full delay, then cleared once.
    QCOMPARE(log.values().mid(secondCopyIndex), (QList<int>{6, 5, 4, 3, 2, 1, 0, Cleared}));
    QStringList texts(secondCopyIndex, first);
    texts << QStringList(7, Canary) << QString();
    QCOMPARE(log.texts(), texts);
    const qint64 afterSecondCopy = log.times().constLast() - secondCopyAt;
    QVERIFY2(afterSecondCopy >= 6000, qPrintable(QString::number(afterSecondCopy)));
    QVERIFY(m_clipboard->text().isEmpty());
}

void TestClipboardGuard::countsDownEverySecond()
{
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(3s);
    GuardLog log(guard, m_clipboard);
    const qint64 copiedAt = log.now();
    guard.copySecret(Canary);
    QCOMPARE(log.values(), QList<int>{3});
    QTRY_VERIFY_WITH_TIMEOUT(log.values().contains(Cleared), HangGuardMs);

    // Every second is told once, none skipped or repeated (after a stall the
    // timer fires once, late, and the guard counts one second per tick); 0
    // comes before the result, so a status bar shows the result last.
    QCOMPARE(log.values(), (QList<int>{3, 2, 1, 0, Cleared}));
    // The secret stayed on the clipboard until the clear itself.
    QCOMPARE(log.texts(), (QStringList{Canary, Canary, Canary, Canary, QString()}));
    // The k-th tick comes no sooner than k seconds after the copy.
    for (qsizetype k = 1; k < log.times().size(); ++k) {
        const qint64 after = log.times().at(k) - copiedAt;
        const qint64 atLeast = 1000 * std::min<qint64>(k, 3);
        QVERIFY2(after >= atLeast, qPrintable(QStringLiteral("event %1 after %2 ms, before %3 ms")
                                                  .arg(k)
                                                  .arg(after)
                                                  .arg(atLeast)));
    }
    QVERIFY(m_clipboard->text().isEmpty());
    QCOMPARE(guard.secondsLeft(), 0);
    QTest::qWait(1200);
    QCOMPARE(log.values().size(), 5); // nothing after the clear
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
    QVERIFY(cleared.wait(HangGuardMs));
    QCOMPARE(cleared.constFirst().constFirst().toBool(), false);
    QCOMPARE(m_clipboard->text(), Canary);
    QVERIFY(!guard.clearIfUnchanged());

    // It keeps trying: once the system lets go, the clear succeeds.
    refuse = false;
    QVERIFY(guard.clearIfUnchanged());
    QVERIFY(m_clipboard->text().isEmpty());
}

void TestClipboardGuard::refusedClearKeepsCountingAndRetriesWhenActive()
{
    bool refuse = true;
    QObject refuser;
    connect(m_clipboard, &QClipboard::dataChanged, &refuser, [this, &refuse] {
        if (refuse && m_clipboard->text().isEmpty())
            m_clipboard->setText(Canary);
    });
    ClipboardGuard guard(m_clipboard);
    guard.setClearDelay(3600s); // its end is not what this test waits for
    GuardLog log(guard, m_clipboard);
    guard.copySecret(Canary);
    QVERIFY(!guard.clearIfUnchanged());
    // Said, and nothing given up: the countdown runs on, the hash stays.
    QCOMPARE(log.values().mid(0, 2), QList<int>({3600, Refused}));
    QVERIFY(guard.isClearRefused());
    QVERIFY(guard.secondsLeft() > 0);
    QCOMPARE(m_clipboard->text(), Canary);

    // The offscreen platform has no other application to switch to: the
    // signal the platform sends when TokenDesk comes to the front.
    refuse = false;
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationInactive);
    QCOMPARE(m_clipboard->text(), Canary); // only becoming active tries again
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationActive);
    QVERIFY(m_clipboard->text().isEmpty());
    QCOMPARE(log.values().last(), Cleared);
    QCOMPARE(log.values().count(Cleared), 1);
    QCOMPARE(guard.secondsLeft(), 0); // nothing left to count down
    QVERIFY(!guard.isClearRefused());
    // Nothing pending any more: a later activation does nothing.
    m_clipboard->setText(Canary);
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationActive);
    QCOMPARE(m_clipboard->text(), Canary);
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
    QTRY_VERIFY_WITH_TIMEOUT(m_clipboard->text().isEmpty(), HangGuardMs);
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
