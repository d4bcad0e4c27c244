// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real tokendesk binary, started the way a user starts it: in a private
// X server (Xvfb), with its own empty settings, driven with the keyboard
// through xdotool against sandboxes in this process. It holds what the README
// promises about the window's start: --base-url, TOKENDESK_BASE_URL (the
// command line wins), TOKENDESK_API_KEY, --verbose (requests described on
// standard error, the key as ***), and the system's language.
#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace TokenDesk;

namespace {

const QString CanaryKey = QStringLiteral("canary-KEY-window-5e1d7c93b2a8");

// Waits for a process without blocking the event loop: the sandboxes here
// must go on answering the window meanwhile.
bool waitFor(QProcess &process, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return process.state() == QProcess::NotRunning;
}

// The X server and the app end with this test even when it aborts (a fatal
// error, the watchdog), instead of lingering on the machine.
void endWithThisProcess(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(process);
#endif
}

} // namespace

class TestWindowOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void environmentGivesAddressAndKey();
    void commandLineAddressWinsOverEnvironment();
    void commandLineAddressIsCheckedBeforeAnything();
    void verboseDescribesRequestsWithTheKeyMasked();
    void quietWithoutVerbose();
    void startsInTheSystemLanguage_data();
    void startsInTheSystemLanguage();

private:
    // Starts tokendesk in the X server with a private home and settings.
    void startApp(const QStringList &arguments, const QList<QPair<QString, QString>> &environment,
                  const QString &lang = QStringLiteral("C.UTF-8"),
                  const QString &language = QString());
    // xdotool's standard output, trimmed; empty when it failed or hung.
    QByteArray xdotool(const QStringList &arguments, int timeoutMs = 60000);
    // The window of the started app, once it is mapped.
    QByteArray appWindow();
    // Types userId into the window's user ID field and presses Enter, again
    // until the server has seen a token request (the key from the
    // environment is filled in only after the first paint).
    bool fetchThroughTheKeyboard(const QString &userId, Sandbox::SandboxServer *server);
    QString stderrText()
    {
        m_stderr += m_app->readAllStandardError();
        return QString::fromUtf8(m_stderr);
    }
    static int tokenRequests(const Sandbox::SandboxServer &server);

    std::unique_ptr<QProcess> m_xvfb;
    QString m_display;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_app;
    QByteArray m_stderr;
    std::unique_ptr<Sandbox::SandboxServer> m_sandboxA;
    std::unique_ptr<Sandbox::SandboxServer> m_sandboxB;
};

void TestWindowOptions::initTestCase()
{
    // Xvfb and xdotool come with scripts/install-deps.sh, as for tests/x11.
    for (const char *tool : {"Xvfb", "xdotool"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: run scripts/install-deps.sh")
                                .arg(QLatin1String(tool))));
    // -displayfd 1: Xvfb picks a free display and writes its number here.
    m_xvfb = std::make_unique<QProcess>();
    m_xvfb->setProcessChannelMode(QProcess::SeparateChannels);
    endWithThisProcess(*m_xvfb);
    m_xvfb->start(QStringLiteral("Xvfb"),
                  {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp")});
    QVERIFY(m_xvfb->waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_xvfb->canReadLine() || m_xvfb->state() == QProcess::NotRunning,
                             60000);
    const QByteArray number = m_xvfb->readLine().trimmed();
    QVERIFY2(!number.isEmpty(), m_xvfb->readAllStandardError().constData());
    m_display = QLatin1Char(':') + QString::fromLatin1(number);
}

void TestWindowOptions::cleanupTestCase()
{
    if (m_xvfb) {
        m_xvfb->terminate();
        if (!m_xvfb->waitForFinished(10000))
            m_xvfb->kill();
    }
}

void TestWindowOptions::init()
{
    m_sandboxA = std::make_unique<Sandbox::SandboxServer>();
    m_sandboxB = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_sandboxA->listen());
    QVERIFY(m_sandboxB->listen());
    // Only the canary opens them: a request that carries another key gets 401.
    m_sandboxA->setAgencyKey(CanaryKey);
    m_sandboxB->setAgencyKey(CanaryKey);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_stderr.clear();
}

void TestWindowOptions::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(10000);
    }
    m_app.reset();
    m_home.reset();
    m_sandboxA.reset();
    m_sandboxB.reset();
}

void TestWindowOptions::startApp(const QStringList &arguments,
                                 const QList<QPair<QString, QString>> &environment,
                                 const QString &lang, const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TOKENDESK_API_KEY", "TOKENDESK_BASE_URL", "LC_ALL", "LC_MESSAGES",
                             "LANGUAGE", "QT_QPA_PLATFORM", "QT_LOGGING_RULES", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    const QString home = m_home->path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    for (const auto &[name, value] : environment)
        env.insert(name, value);

    m_app = std::make_unique<QProcess>();
    m_app->setProcessEnvironment(env);
    endWithThisProcess(*m_app);
    m_app->start(QStringLiteral(TOKENDESK_APP_PATH), arguments);
    QVERIFY2(m_app->waitForStarted(10000), qPrintable(m_app->errorString()));
}

QByteArray TestWindowOptions::xdotool(const QStringList &arguments, int timeoutMs)
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    tool.setProcessEnvironment(env);
    tool.start(QStringLiteral("xdotool"), arguments);
    if (!tool.waitForStarted(10000))
        return {};
    if (!waitFor(tool, timeoutMs)) {
        tool.kill();
        tool.waitForFinished(5000);
        return {};
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return {};
    return tool.readAllStandardOutput().trimmed();
}

QByteArray TestWindowOptions::appWindow()
{
    // Asked again when xdotool fails: a window of the previous run that the X
    // server destroys while xdotool walks the tree makes it exit with an X
    // error (BadWindow) before our window is even looked at.
    QDeadlineTimer deadline(60000);
    do {
        const QByteArray found = xdotool(
            {QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
             QStringLiteral("--pid"), QString::number(m_app->processId())},
            static_cast<int>(qMax<qint64>(1000, deadline.remainingTime())));
        if (!found.isEmpty())
            return found.split('\n').constFirst();
        QTest::qWait(200);
    } while (!deadline.hasExpired() && m_app->state() == QProcess::Running);
    return {};
}

bool TestWindowOptions::fetchThroughTheKeyboard(const QString &userId,
                                                Sandbox::SandboxServer *server)
{
    const QString window = QString::fromLatin1(appWindow());
    if (window.isEmpty())
        return false;
    for (int attempt = 0; attempt < 10; ++attempt) {
        xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
        // Alt+U: the "Customer &user IDs" label's mnemonic; Ctrl+A, then the
        // typed ID replaces what is there; Enter fetches.
        xdotool({QStringLiteral("key"), QStringLiteral("--window"), window, QStringLiteral("alt+u"),
                 QStringLiteral("ctrl+a")});
        xdotool({QStringLiteral("type"), QStringLiteral("--window"), window, userId});
        xdotool(
            {QStringLiteral("key"), QStringLiteral("--window"), window, QStringLiteral("Return")});
        QDeadlineTimer deadline(5000);
        while (tokenRequests(*server) == 0 && !deadline.hasExpired() &&
               m_app->state() == QProcess::Running)
            QTest::qWait(50);
        if (tokenRequests(*server) > 0)
            return true;
    }
    return false;
}

int TestWindowOptions::tokenRequests(const Sandbox::SandboxServer &server)
{
    int count = 0;
    for (const QByteArray &head : server.lastRequestHeads())
        count += head.startsWith("GET /ext/get-user-token?") ? 1 : 0;
    return count;
}

void TestWindowOptions::environmentGivesAddressAndKey()
{
    const Sandbox::Customer customer = m_sandboxA->customers().at(0);
    startApp({}, {{QStringLiteral("TOKENDESK_BASE_URL"), m_sandboxA->baseUrl().toString()},
                  {QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QVERIFY2(fetchThroughTheKeyboard(customer.id, m_sandboxA.get()), qPrintable(stderrText()));
    QCOMPARE(m_sandboxA->lastDecodedUserId(), customer.id);
    // Every request carried the environment's key, which the sandbox accepts.
    const QByteArray authorization =
        QByteArray("\r\nauthorization: bearer ") + CanaryKey.toLower().toUtf8();
    const QList<QByteArray> heads = m_sandboxA->lastRequestHeads();
    for (const QByteArray &head : heads)
        QVERIFY2(head.toLower().contains(authorization), head.constData());
    QCOMPARE(m_sandboxB->requestCount(), 0);
}

void TestWindowOptions::commandLineAddressWinsOverEnvironment()
{
    const Sandbox::Customer customer = m_sandboxB->customers().at(1);
    startApp({QStringLiteral("--base-url"), m_sandboxB->baseUrl().toString()},
             {{QStringLiteral("TOKENDESK_BASE_URL"), m_sandboxA->baseUrl().toString()},
              {QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QVERIFY2(fetchThroughTheKeyboard(customer.id, m_sandboxB.get()), qPrintable(stderrText()));
    QCOMPARE(m_sandboxB->lastDecodedUserId(), customer.id);
    QCOMPARE(m_sandboxA->requestCount(), 0);
}

void TestWindowOptions::commandLineAddressIsCheckedBeforeAnything()
{
    // The environment's address would be refused (plain HTTP to another
    // host), but the command line's wins, so it is never looked at...
    const Sandbox::Customer customer = m_sandboxB->customers().at(2);
    startApp({QStringLiteral("--base-url"), m_sandboxB->baseUrl().toString()},
             {{QStringLiteral("TOKENDESK_BASE_URL"), QStringLiteral("http://example.com")},
              {QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QVERIFY2(fetchThroughTheKeyboard(customer.id, m_sandboxB.get()), qPrintable(stderrText()));
    m_app->kill();
    QVERIFY(m_app->waitForFinished(10000));

    // ...while a refused address on the command line stops the start with a
    // message, before the main window or any request.
    m_stderr.clear();
    startApp({QStringLiteral("--base-url"), QStringLiteral("http://example.com")},
             {{QStringLiteral("TOKENDESK_BASE_URL"), m_sandboxA->baseUrl().toString()},
              {QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QTRY_VERIFY_WITH_TIMEOUT(stderrText().contains(QLatin1String("tokendesk: ")), 60000);
    QVERIFY2(stderrText().contains(QLatin1String("http://")), qPrintable(stderrText()));
    // The same words in a message box; closing it ends the program with 2.
    const QByteArray box = appWindow();
    QVERIFY(!box.isEmpty());
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::fromLatin1(box)});
    xdotool({QStringLiteral("key"), QStringLiteral("--window"), QString::fromLatin1(box),
             QStringLiteral("Return")});
    QVERIFY(waitFor(*m_app, 60000));
    QCOMPARE(m_app->exitCode(), 2);
    QCOMPARE(m_sandboxA->requestCount(), 0);
}

void TestWindowOptions::verboseDescribesRequestsWithTheKeyMasked()
{
    const Sandbox::Customer customer = m_sandboxB->customers().at(3);
    startApp({QStringLiteral("--verbose"), QStringLiteral("--base-url"),
              m_sandboxB->baseUrl().toString()},
             {{QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QVERIFY2(fetchThroughTheKeyboard(customer.id, m_sandboxB.get()), qPrintable(stderrText()));
    const QString request = QStringLiteral("GET ") + m_sandboxB->baseUrl().toString() +
                            QStringLiteral("/ext/get-user-token?userId=") + customer.id;
    // The request, and then its reply.
    QTRY_VERIFY_WITH_TIMEOUT(stderrText().contains(request), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(stderrText().contains(QLatin1String("<- 200")), 30000);
    const QString err = stderrText();
    const QString requestLine = err.mid(err.indexOf(request)).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(requestLine.contains(QLatin1String("Authorization: Bearer ***")),
             qPrintable(requestLine));
    QVERIFY2(!err.contains(CanaryKey), qPrintable(err));
    QVERIFY2(!err.contains(customer.tokenKey), qPrintable(err));
    // Closing the window ends the program; nothing more leaks on the way out.
    m_app->terminate();
    QVERIFY(waitFor(*m_app, 30000));
    QVERIFY(!stderrText().contains(CanaryKey));
}

void TestWindowOptions::quietWithoutVerbose()
{
    const Sandbox::Customer customer = m_sandboxB->customers().at(3);
    startApp({QStringLiteral("--base-url"), m_sandboxB->baseUrl().toString()},
             {{QStringLiteral("TOKENDESK_API_KEY"), CanaryKey}});
    QVERIFY2(fetchThroughTheKeyboard(customer.id, m_sandboxB.get()), qPrintable(stderrText()));
    // Answered (the request is out of the sandbox), and still nothing said.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandboxB->inFlight(), 0, 30000);
    m_app->terminate();
    QVERIFY(waitFor(*m_app, 30000));
    const QString err = stderrText();
    QVERIFY2(!err.contains(QLatin1String("/ext/get-user-token")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Bearer")), qPrintable(err));
    QVERIFY(!err.contains(CanaryKey));
}

void TestWindowOptions::startsInTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("catalogue"); // empty: English, no catalogue
    QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es")
                        << QStringLiteral("es");
    QTest::newRow("ar") << QStringLiteral("ar_EG.UTF-8") << QStringLiteral("ar")
                        << QStringLiteral("ar");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR.UTF-8") << QString() << QStringLiteral("pt_BR");
    QTest::newRow("hi") << QStringLiteral("hi_IN.UTF-8") << QString() << QStringLiteral("hi");
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QString() << QString();
}

void TestWindowOptions::startsInTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, catalogue);
    // The title of the demo window, in the words of the catalogue shipped for
    // the language.
    const char *title = "TokenDesk — demo mode";
    QString expected = QString::fromUtf8(title);
    if (!catalogue.isEmpty()) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tokendesk_") + catalogue));
        expected = translator.translate("TokenDesk::MainWindow", title);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected != QString::fromUtf8(title));
    }
    startApp({QStringLiteral("--demo")}, {}, lang, language);
    const QByteArray window = appWindow();
    QVERIFY2(!window.isEmpty(), qPrintable(stderrText()));
    QTRY_COMPARE_WITH_TIMEOUT(
        QString::fromUtf8(xdotool({QStringLiteral("getwindowname"), QString::fromLatin1(window)})),
        expected, 30000);
}

QTEST_GUILESS_MAIN(TestWindowOptions)
#include "tst_windowoptions.moc"
