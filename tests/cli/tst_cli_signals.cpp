// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: Ctrl+C (SIGINT) and SIGTERM in a running
// batch or listing stop the sending at once, and what finished is written out
// in the chosen format, whole and parseable, with exit status 130 or 143.
#include "clitestsupport.h"

#include <memory>

#include <csignal>

using namespace CliTest;

class TestCliSignals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchWritesWhatFinished_data();
    void batchWritesWhatFinished();
    void listingWritesWhatArrived_data();
    void listingWritesWhatArrived();

private:
    void start(const QStringList &arguments);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QProcess> m_process;
};

void TestCliSignals::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_process = std::make_unique<QProcess>();
}

void TestCliSignals::cleanup()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
    m_server.reset();
}

void TestCliSignals::start(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey());
    environment.insert(QStringLiteral("TOKENDESK_BASE_URL"), m_server->baseUrl().toString());
    m_process->setProcessEnvironment(environment);
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
    QVERIFY(m_process->waitForStarted(30000));
    m_process->closeWriteChannel();
}

void TestCliSignals::batchWritesWhatFinished_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("signal");
    for (const char *format : {"jsonl", "json", "csv", "table"}) {
        QTest::addRow("%s, SIGINT", format) << QString::fromLatin1(format) << SIGINT;
        QTest::addRow("%s, SIGTERM", format) << QString::fromLatin1(format) << SIGTERM;
    }
}

void TestCliSignals::batchWritesWhatFinished()
{
    QFETCH(QString, format);
    QFETCH(int, signal);
    const QStringList samples = m_server->sampleUserIds(4);
    const QString hang = QString::fromLatin1(FaultHang);
    // One at a time: two finish, the third hangs, the last two wait.
    const QStringList ids{samples.at(0), samples.at(1), hang, samples.at(2), samples.at(3)};
    start(QStringList{QStringLiteral("-j"), QStringLiteral("1"), QStringLiteral("-f"), format,
                      QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("--timeout"),
                      QStringLiteral("3600")} +
          ids);
    // The hanging request has arrived and is open: the run is in the middle.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 3 && m_server->inFlight() == 1, 60000);
    QCOMPARE(m_process->state(), QProcess::Running);
    QCOMPARE(::kill(static_cast<pid_t>(m_process->processId()), signal), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);

    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    QVERIFY2(m_process->exitCode() == 128 + signal, qPrintable(err));
    // Nothing more was sent after the signal.
    QCOMPARE(m_server->requestCount(), 3);
    // Standard error says what finished and names what did not.
    QVERIFY2(err.contains(QLatin1String("2 of 5 finished")), qPrintable(err));
    for (const QString &id : {hang, samples.at(2), samples.at(3)})
        QVERIFY2(err.contains(id), qPrintable(err));
    QVERIFY2(err.contains(signal == SIGINT ? QLatin1String("SIGINT") : QLatin1String("SIGTERM")),
             qPrintable(err));

    // The two that finished, whole, in the chosen format; nothing else.
    const QByteArray out = m_process->readAllStandardOutput();
    QStringList written;
    if (format == QLatin1String("jsonl")) {
        const QList<QJsonObject> records = jsonlRecords(out);
        for (const QJsonObject &record : records)
            written.append(record.value(QLatin1String("userId")).toString());
    } else if (format == QLatin1String("json")) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isArray(), out.constData());
        for (const QJsonValue &record : document.array()) {
            QVERIFY(record.toObject().value(QLatin1String("ok")).toBool());
            written.append(record.toObject().value(QLatin1String("userId")).toString());
        }
    } else if (format == QLatin1String("csv")) {
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines.constFirst().startsWith("userId,ok,key,"), out.constData());
        QCOMPARE(lines.constLast(), QByteArray()); // ends with a line end
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QCOMPARE(cells.size(), 9);
            QCOMPARE(cells.at(1), QByteArray("true"));
            written.append(QString::fromUtf8(cells.at(0)));
        }
    } else {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY2(lines.constFirst().startsWith("User ID"), out.constData());
        for (qsizetype i = 1; i < lines.size(); ++i)
            written.append(QString::fromUtf8(lines.at(i).split(' ').constFirst()));
    }
    QCOMPARE(written, samples.mid(0, 2));
}

void TestCliSignals::listingWritesWhatArrived_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("signal");
    QTest::newRow("csv, SIGINT") << QStringLiteral("csv") << SIGINT;
    QTest::newRow("json, SIGTERM") << QStringLiteral("json") << SIGTERM;
}

void TestCliSignals::listingWritesWhatArrived()
{
    QFETCH(QString, format);
    QFETCH(int, signal);
    m_server->setPageSize(5);
    // The sandbox fixes a reply's delay when the request arrives: page 1 is
    // answered after a few seconds, page 2 (asked for after that) is held
    // for an hour, so the signal comes while it is open.
    m_server->setLatency(std::chrono::seconds(5));
    start({QStringLiteral("--customers"), QStringLiteral("-f"), format});
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 1, 60000);
    m_server->setLatency(std::chrono::hours(1));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 2 && m_server->inFlight() == 1, 60000);
    QCOMPARE(::kill(static_cast<pid_t>(m_process->processId()), signal), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    QVERIFY2(m_process->exitCode() == 128 + signal, qPrintable(err));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY2(err.contains(QLatin1String("after 5 customers")), qPrintable(err));

    const QByteArray out = m_process->readAllStandardOutput();
    const QList<Customer> customers = m_server->customers().mid(0, 5);
    if (format == QLatin1String("csv")) {
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 7); // header, five rows, the empty rest
        QVERIFY(lines.at(0).startsWith("_id,name,"));
        for (int i = 0; i < 5; ++i)
            QVERIFY2(lines.at(i + 1).startsWith(QByteArray(customers.at(i).id.toUtf8() + ',')),
                     lines.at(i + 1).constData());
    } else {
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        QCOMPARE(array.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(array.at(i).toObject().value(QLatin1String("_id")).toString(),
                     customers.at(i).id);
    }
}

QTEST_GUILESS_MAIN(TestCliSignals)
#include "tst_cli_signals.moc"
