// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: jsonl is written as each user ID finishes,
// not when the batch ends, so a script reading the pipe sees results at once;
// json, csv and the table as soon as every earlier ID is done, and the IDs
// are sent only a bounded window ahead of what could be written.
#include "clitestsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <csignal>

using namespace CliTest;

class TestCliStreaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesArriveWhileAHeldIdIsStillOpen_data();
    void linesArriveWhileAHeldIdIsStillOpen();
    void orderedRowsArriveUpToAHeldId_data();
    void orderedRowsArriveUpToAHeldId();
    void sendsOnlyAWindowAheadOfAHeldId_data();
    void sendsOnlyAWindowAheadOfAHeldId();

private:
    void start(const QStringList &arguments);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QProcess> m_process;
};

void TestCliStreaming::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_process = std::make_unique<QProcess>();
}

void TestCliStreaming::cleanup()
{
    // A failed check leaves the held run behind: end it here, not in the test.
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
    m_server.reset();
}

void TestCliStreaming::linesArriveWhileAHeldIdIsStillOpen_data()
{
    QTest::addColumn<QStringList>("formatArguments");
    QTest::newRow("-f jsonl") << QStringList{QStringLiteral("-f"), QStringLiteral("jsonl")};
    // Standard output is a pipe here, so jsonl is also the default.
    QTest::newRow("default format") << QStringList{};
}

void TestCliStreaming::linesArriveWhileAHeldIdIsStillOpen()
{
    QFETCH(QStringList, formatArguments);
    const QStringList quick = m_server->sampleUserIds(2);
    const QString held = QString::fromLatin1(FaultHang);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TOKENDESK_BASE_URL"));
    environment.insert(QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey());
    m_process->setProcessEnvironment(environment);
    // The held ID first: a writer that kept input order would print nothing
    // until it ends. No retries, and a timeout far beyond the test's wait, so
    // that the held request stays open for as long as the test looks.
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     formatArguments +
                         QStringList{QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                     QStringLiteral("--retries"), QStringLiteral("0"),
                                     QStringLiteral("--timeout"), QStringLiteral("3600"), held} +
                         quick);
    QVERIFY(m_process->waitForStarted(10000));
    m_process->closeWriteChannel();

    // Both quick IDs' lines come through the pipe while the run goes on.
    QList<QJsonObject> records;
    while (records.size() < 2) {
        QTRY_VERIFY_WITH_TIMEOUT(m_process->canReadLine(), 60000);
        const QByteArray line = m_process->readLine();
        QVERIFY2(line.endsWith('\n'), line.constData());
        const QList<QJsonObject> parsed = jsonlRecords(line);
        QCOMPARE(parsed.size(), 1);
        records.append(parsed.constFirst());
        // Still running, and the held request still open at the sandbox.
        QCOMPARE(m_process->state(), QProcess::Running);
    }
    QStringList finished;
    for (const QJsonObject &record : std::as_const(records)) {
        QVERIFY(record.value(QLatin1String("ok")).toBool());
        finished.append(record.value(QLatin1String("userId")).toString());
    }
    finished.sort();
    QStringList expected = quick;
    expected.sort();
    QCOMPARE(finished, expected);

    // The held ID has been received and not answered: its line cannot exist yet.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 30000);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_process->state(), QProcess::Running);
    QVERIFY(!m_process->canReadLine());
    QVERIFY(!m_process->readAllStandardOutput().contains(held.toLatin1()));
}

void TestCliStreaming::start(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey());
    environment.insert(QStringLiteral("TOKENDESK_BASE_URL"), m_server->baseUrl().toString());
    m_process->setProcessEnvironment(environment);
    // No retries, and a timeout far beyond the test's wait: the held request
    // stays open for as long as the test looks.
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     QStringList{QStringLiteral("--retries"), QStringLiteral("0"),
                                 QStringLiteral("--timeout"), QStringLiteral("3600")} +
                         arguments);
    QVERIFY(m_process->waitForStarted(10000));
    m_process->closeWriteChannel();
}

void TestCliStreaming::orderedRowsArriveUpToAHeldId_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestCliStreaming::orderedRowsArriveUpToAHeldId()
{
    QFETCH(QString, format);
    const QStringList quick = m_server->sampleUserIds(3);
    const QString held = QString::fromLatin1(FaultHang);
    // Input order: two quick IDs, the held one, a quick one after it.
    start({QStringLiteral("-j"), QStringLiteral("4"), QStringLiteral("-f"), format, quick.at(0),
           quick.at(1), held, quick.at(2)});

    // All four sent, three answered, the held one open: the first two are
    // written already, in order; the last waits for the held one.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 4 && m_server->inFlight() == 1, 60000);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += m_process->readAllStandardOutput()).contains(quick.at(1).toLatin1()), 60000);
    QCOMPARE(m_process->state(), QProcess::Running);
    const qsizetype first = out.indexOf(quick.at(0).toLatin1());
    QVERIFY2(first >= 0 && first < out.indexOf(quick.at(1).toLatin1()), out.constData());
    QVERIFY2(!out.contains(quick.at(2).toLatin1()), out.constData());
    QVERIFY2(!out.contains(held.toLatin1()), out.constData());
    if (format == QLatin1String("csv"))
        QVERIFY2(out.startsWith("userId,ok,key,"), out.constData());
    else
        QVERIFY2(out.startsWith("[\n  {"), out.constData());
}

void TestCliStreaming::sendsOnlyAWindowAheadOfAHeldId_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("table") << QStringLiteral("table");
}

void TestCliStreaming::sendsOnlyAWindowAheadOfAHeldId()
{
    QFETCH(QString, format);
    // ResultStream::MaxAhead: how far ahead of the first unwritten record the
    // CLI sends, so that it never holds more finished records than that.
    constexpr int Window = 4096;
    constexpr int Extra = 150; // never sent while the first ID is held
    const QString held = QString::fromLatin1(FaultHang);
    QStringList ids{held};
    for (int i = 1; i < Window + Extra; ++i)
        ids.append(QStringLiteral("window-%1").arg(i, 5, 10, QLatin1Char('0')));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("ids.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ids.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();
    // --verbose: a line for each result the CLI has taken in ("<- 404 …").
    start({QStringLiteral("--verbose"), QStringLiteral("-j"), QStringLiteral("8"),
           QStringLiteral("-f"), format, QStringLiteral("-i"), file.fileName()});

    // The window is full: everything in it answered but the held first ID,
    // and nothing beyond it sent, as the held ID keeps every record waiting.
    // The server's count alone is not enough: the last replies may still be
    // on their way to the CLI, so its own lines say when it has them all.
    QByteArray errSoFar;
    QTRY_VERIFY_WITH_TIMEOUT((errSoFar += m_process->readAllStandardError()).count("\n<- ") ==
                                     Window - 1 &&
                                 m_server->requestCount() == Window && m_server->inFlight() == 1,
                             60000);
    QCOMPARE(m_process->state(), QProcess::Running);
    QCOMPARE(::kill(static_cast<pid_t>(m_process->processId()), SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    const QString err = QString::fromUtf8(errSoFar + m_process->readAllStandardError());
    QVERIFY2(m_process->exitCode() == 128 + SIGTERM, qPrintable(err));
    QCOMPARE(m_server->requestCount(), Window);
    QVERIFY2(err.contains(QStringLiteral("%1 of %2 finished").arg(Window - 1).arg(ids.size())),
             qPrintable(err));

    // The records that were held come out in input order when the run stops.
    const QByteArray out = m_process->readAllStandardOutput();
    QStringList written;
    if (format == QLatin1String("json")) {
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        for (const QJsonValue &record : array)
            written.append(record.toObject().value(QLatin1String("userId")).toString());
    } else {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            written.append(QString::fromUtf8(
                lines.at(i).split(format == QLatin1String("csv") ? ',' : ' ').constFirst()));
    }
    QCOMPARE(written, ids.mid(1, Window - 1));
}

QTEST_GUILESS_MAIN(TestCliStreaming)
#include "tst_cli_streaming.moc"
