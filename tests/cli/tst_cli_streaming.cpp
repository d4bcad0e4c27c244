// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: jsonl is written as each user ID finishes,
// not when the batch ends, so a script reading the pipe sees results at once.
#include "clitestsupport.h"

using namespace CliTest;

class TestCliStreaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesArriveWhileAHeldIdIsStillOpen_data();
    void linesArriveWhileAHeldIdIsStillOpen();

private:
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

QTEST_GUILESS_MAIN(TestCliStreaming)
#include "tst_cli_streaming.moc"
