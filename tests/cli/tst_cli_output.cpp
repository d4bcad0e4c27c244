// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli through QProcess: nothing is lost or misreported on the way
// out. A write that fails (a full disk, a closed standard output) ends the
// run with status 4; a reader that goes away stops the sending at once; CSV
// and table cells are defused and hold no raw control character; a token a
// server sends with control characters is a bad_response.
#include "clitestsupport.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace CliTest;

namespace {

// One reply per path: the first key the request's target contains wins.
// For replies the sandbox never gives: hostile customer names and tokens.
class FixedServer final : public QObject
{
public:
    explicit FixedServer(QList<QPair<QByteArray, QByteArray>> replies)
        : m_replies(std::move(replies))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FixedServer::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    }
    void answer(QTcpSocket *socket)
    {
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        const QByteArray target = head.split(' ').value(1);
        m_heads.remove(socket);
        QByteArray body = R"({"success":true,"message":"","data":[],"code":200})";
        for (const auto &[key, reply] : std::as_const(m_replies)) {
            if (target.contains(key)) {
                body = reply;
                break;
            }
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QPair<QByteArray, QByteArray>> m_replies;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

QByteArray customerJson(const char *id, const QString &name)
{
    QJsonObject customer{{QStringLiteral("_id"), QLatin1String(id)},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("contact"),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.example")}}},
                         {QStringLiteral("verified"), true},
                         {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                         {QStringLiteral("subscriptionType"), QStringLiteral("v2")},
                         {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                         {QStringLiteral("updatedAt"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                         {QStringLiteral("lastLogin"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
    return QJsonDocument(customer).toJson(QJsonDocument::Compact);
}

const QString FormulaName = QStringLiteral("=HYPERLINK(\"http://evil.invalid\",\"x\")");
const QString EscapeName = QStringLiteral("@SUM(1+1)\x1b[2J");

// Raw control characters: C0 but the line end, DEL, and C1 in UTF-8 (C2 80..C2 9F).
bool hasRawControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < bytes.size() &&
            static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80 &&
            static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}

} // namespace

class TestCliOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failedWriteEndsWithStatus4_data();
    void failedWriteEndsWithStatus4();
    void readerGoneStopsSending();
    void csvAndTableCellsAreDefused_data();
    void csvAndTableCellsAreDefused();
    void tokenWithControlCharactersIsBadResponse_data();
    void tokenWithControlCharactersIsBadResponse();
    void skippedRowsAreInvalidInputRecords_data();
    void skippedRowsAreInvalidInputRecords();

private:
    QProcessEnvironment environment(const QString &baseUrl) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QProcess> m_process;
};

void TestCliOutput::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_process = std::make_unique<QProcess>();
}

void TestCliOutput::cleanup()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
    m_server.reset();
}

QProcessEnvironment TestCliOutput::environment(const QString &baseUrl) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENDESK_API_KEY"), SandboxServer::demoKey());
    env.insert(QStringLiteral("TOKENDESK_BASE_URL"), baseUrl);
    return env;
}

void TestCliOutput::failedWriteEndsWithStatus4_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sink");               // "full", "closed" or "file" (the control)
    const QStringList ids{QStringLiteral("sample")}; // replaced by sample IDs
    QList<QPair<const char *, QStringList>> runs;
    for (const char *format : {"jsonl", "json", "csv", "table"}) {
        const QStringList formatArguments{QStringLiteral("-f"), QLatin1String(format)};
        runs.append({format, formatArguments + ids});
        runs.append({format, QStringList{QStringLiteral("--customers")} + formatArguments});
    }
    runs.append({"help", {QStringLiteral("--help")}});
    runs.append({"version", {QStringLiteral("--version")}});
    for (const auto &[name, arguments] : std::as_const(runs)) {
        const QString tag =
            QString::fromLatin1(name) + (arguments.contains(QStringLiteral("--customers"))
                                             ? QStringLiteral(" --customers")
                                             : QString());
        for (const char *sink : {"full", "closed", "file"})
            QTest::addRow("%s to %s", qPrintable(tag), sink)
                << arguments << QString::fromLatin1(sink);
    }
}

void TestCliOutput::failedWriteEndsWithStatus4()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, sink);
    if (arguments.removeAll(QStringLiteral("sample")) > 0)
        arguments += m_server->sampleUserIds(2);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("out"));
    m_process->setProcessEnvironment(environment(m_server->baseUrl().toString()));
    if (sink == QLatin1String("full"))
        m_process->setStandardOutputFile(QStringLiteral("/dev/full"));
    else if (sink == QLatin1String("file"))
        m_process->setStandardOutputFile(file);
    else
        m_process->setChildProcessModifier([] { ::close(STDOUT_FILENO); });
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
    QVERIFY(m_process->waitForStarted(30000));
    m_process->closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(m_process->readAllStandardError());

    if (sink == QLatin1String("file")) {
        // The same run with a working output succeeds and writes something.
        QVERIFY2(m_process->exitCode() == 0, qPrintable(err));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.size() > 0);
        return;
    }
    QVERIFY2(m_process->exitCode() == 4, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("could not be written")), qPrintable(err));
    QVERIFY2(err.contains(sink == QLatin1String("full") ? QLatin1String("No space left on device")
                                                        : QLatin1String("Bad file descriptor")),
             qPrintable(err));
}

void TestCliOutput::readerGoneStopsSending()
{
    // Slow enough that the run would take minutes; -j 1 sends one at a time.
    m_server->setLatency(std::chrono::milliseconds(50));
    QStringList ids;
    for (int i = 0; i < 2000; ++i)
        ids.append(QStringLiteral("echo:id-%1").arg(i));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile list(dir.filePath(QStringLiteral("ids.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(ids.join(QLatin1Char('\n')).toUtf8());
    list.close();

    // Standard output is a pipe this test reads and then closes, like `| head -1`
    // (QProcess keeps its own pipe open until the process ends).
    int pipe[2] = {-1, -1};
    QCOMPARE(::pipe(pipe), 0);
    const int readEnd = pipe[0];
    const int writeEnd = pipe[1];
    ::fcntl(readEnd, F_SETFL, ::fcntl(readEnd, F_GETFL) | O_NONBLOCK);
    m_process->setProcessEnvironment(environment(m_server->baseUrl().toString()));
    m_process->setChildProcessModifier([readEnd, writeEnd] {
        ::dup2(writeEnd, STDOUT_FILENO);
        ::close(writeEnd);
        ::close(readEnd);
    });
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     {QStringLiteral("-j"), QStringLiteral("1"), QStringLiteral("-f"),
                      QStringLiteral("jsonl"), QStringLiteral("-i"), list.fileName()});
    ::close(writeEnd);
    QVERIFY(m_process->waitForStarted(30000));
    m_process->closeWriteChannel();
    QByteArray line;
    const auto readLine = [&line, readEnd] {
        char byte = 0;
        while (!line.endsWith('\n') && ::read(readEnd, &byte, 1) == 1)
            line += byte;
        return line.endsWith('\n');
    };
    QTRY_VERIFY_WITH_TIMEOUT(readLine(), 60000);
    const QList<QJsonObject> first = jsonlRecords(line);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.constFirst().value(QLatin1String("userId")).toString(), ids.constFirst());

    // The reader goes away.
    ::close(readEnd);
    const int sentWhenClosed = m_server->requestCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 141);
    // Without a word: a broken pipe is no error to report.
    QCOMPARE(m_process->readAllStandardError(), QByteArray());
    // The line being written when the pipe closed, and at most the one in flight then.
    QVERIFY2(m_server->requestCount() <= sentWhenClosed + 2,
             qPrintable(QStringLiteral("%1 requests, %2 when the pipe closed")
                            .arg(m_server->requestCount())
                            .arg(sentWhenClosed)));
    QVERIFY(m_server->requestCount() < ids.size() / 10);
}

void TestCliOutput::csvAndTableCellsAreDefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCliOutput::csvAndTableCellsAreDefused()
{
    QFETCH(QString, format);
    FixedServer server(
        {{"page=1&", R"({"success":true,"message":"","data":[)" + customerJson("c1", FormulaName) +
                         ',' + customerJson("c2", EscapeName) + R"(],"code":200})"}});
    QVERIFY(server.listen());
    m_process->setProcessEnvironment(environment(server.baseUrl()));
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     {QStringLiteral("--customers"), QStringLiteral("-f"), format});
    QVERIFY(m_process->waitForStarted(30000));
    m_process->closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    const QByteArray out = m_process->readAllStandardOutput();
    QVERIFY2(m_process->exitCode() == 0, m_process->readAllStandardError().constData());
    QVERIFY2(!hasRawControl(out), out.constData());

    if (format == QLatin1String("csv")) {
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest
        // As the window's export defuses them: a leading quote, U+FFFD for ESC.
        QVERIFY2(
            lines.at(1).startsWith("c1,\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"x\"\")\","),
            lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("c2,'@SUM(1+1)\xef\xbf\xbd[2J,"), lines.at(2).constData());
    } else if (format == QLatin1String("table")) {
        QVERIFY2(out.contains("@SUM(1+1)\xef\xbf\xbd[2J"), out.constData());
        QVERIFY(out.contains(FormulaName.toUtf8()));
    } else {
        // JSON keeps the exact text, escaped.
        const QByteArray document =
            format == QLatin1String("json") ? out : '[' + out.trimmed().replace('\n', ',') + ']';
        const QJsonArray array = QJsonDocument::fromJson(document).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("name")).toString(), FormulaName);
        QCOMPARE(array.at(1).toObject().value(QLatin1String("name")).toString(), EscapeName);
    }
}

void TestCliOutput::tokenWithControlCharactersIsBadResponse_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("format");
    for (const char *format : {"jsonl", "csv", "table"}) {
        const QString f = QLatin1String(format);
        QTest::addRow("escape, %s", format) << QByteArray(R"("bp_\u001b[2J")") << f;
        QTest::addRow("C1, %s", format) << QByteArray(R"("bp_\u009b31m")") << f;
        QTest::addRow("empty, %s", format) << QByteArray(R"("")") << f;
        QTest::addRow("blank, %s", format) << QByteArray(R"("   ")") << f;
    }
}

void TestCliOutput::tokenWithControlCharactersIsBadResponse()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, format);
    FixedServer server(
        {{"get-user-token", R"({"success":true,"message":"","data":{"permanentToken":{"key":)" +
                                key + R"(,"active":true}},"code":200})"}});
    QVERIFY(server.listen());
    m_process->setProcessEnvironment(environment(server.baseUrl()));
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     {QStringLiteral("-f"), format, QStringLiteral("--retries"),
                      QStringLiteral("0"), QStringLiteral("u1")});
    QVERIFY(m_process->waitForStarted(30000));
    m_process->closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    const QByteArray out = m_process->readAllStandardOutput();
    QCOMPARE(m_process->exitCode(), 1);
    QVERIFY2(!hasRawControl(out), out.constData());
    QVERIFY2(out.contains("bad_response"), out.constData());
    if (format == QLatin1String("jsonl")) {
        const QList<QJsonObject> records = jsonlRecords(out);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().value(QLatin1String("ok")).toBool(true), false);
        QVERIFY(records.constFirst().value(QLatin1String("key")).isNull());
    }
}

void TestCliOutput::skippedRowsAreInvalidInputRecords_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCliOutput::skippedRowsAreInvalidInputRecords()
{
    QFETCH(QString, format);
    const QStringList samples = m_server->sampleUserIds(3);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A CSV row with too few columns, and a plain list with U+0085 inside an ID.
    QFile csv(dir.filePath(QStringLiteral("ids.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,userId\nA," + samples.at(0).toUtf8() + "\nonly a name\nC," +
              samples.at(1).toUtf8() + "\n");
    csv.close();
    QFile list(dir.filePath(QStringLiteral("ids.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("a\xc2\x85"
               "b\n" +
               samples.at(2).toUtf8() + "\n");
    list.close();

    m_process->setProcessEnvironment(environment(m_server->baseUrl().toString()));
    m_process->start(QStringLiteral(TOKENDESK_CLI_PATH),
                     {QStringLiteral("-f"), format, QStringLiteral("-i"), csv.fileName(),
                      QStringLiteral("-i"), list.fileName()});
    QVERIFY(m_process->waitForStarted(30000));
    m_process->closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 120000);
    const QByteArray out = m_process->readAllStandardOutput();
    // Nothing disappears silently: the run says some rows failed.
    QCOMPARE(m_process->exitCode(), 1);
    QVERIFY2(!hasRawControl(out), out.constData());
    // Only the three good IDs were sent.
    QCOMPARE(m_server->requestCount(), 3);

    QStringList ids;
    QStringList kinds;
    QStringList errors;
    if (format == QLatin1String("csv")) {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            ids.append(QString::fromUtf8(cells.at(0)));
            kinds.append(QString::fromUtf8(cells.value(cells.size() - 3)));
            errors.append(QString::fromUtf8(cells.value(cells.size() - 4)));
        }
    } else {
        const QByteArray document =
            format == QLatin1String("json") ? out : '[' + out.trimmed().replace('\n', ',') + ']';
        const QJsonArray array = QJsonDocument::fromJson(document).array();
        for (const QJsonValue &value : array) {
            const QJsonObject record = value.toObject();
            ids.append(record.value(QLatin1String("userId")).toString());
            kinds.append(errorKind(record));
            errors.append(record.value(QLatin1String("error")).toString());
        }
    }
    const QString badId = QStringLiteral("a") + QChar(0x85) + QStringLiteral("b");
    // CSV shows the control character as U+FFFD; JSON escapes it and keeps it.
    const QString shownBadId = format == QLatin1String("csv") ? QStringLiteral("a\ufffdb") : badId;
    // In input order (jsonl: the skipped rows first, as they finish first).
    const QStringList expected = format == QLatin1String("jsonl")
                                     ? QStringList{QStringLiteral("only a name"), shownBadId,
                                                   samples.at(0), samples.at(1), samples.at(2)}
                                     : QStringList{samples.at(0), QStringLiteral("only a name"),
                                                   samples.at(1), shownBadId, samples.at(2)};
    if (format == QLatin1String("jsonl")) {
        // Lines come as each ID finishes: compare the fetched ones as a set.
        QCOMPARE(ids.mid(0, 2), expected.mid(0, 2));
        QStringList fetched = ids.mid(2);
        fetched.sort();
        QStringList wanted = expected.mid(2);
        wanted.sort();
        QCOMPARE(fetched, wanted);
    } else {
        QCOMPARE(ids, expected);
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const bool skipped = ids.at(i) == QLatin1String("only a name") || ids.at(i) == shownBadId;
        QCOMPARE(kinds.at(i) == QLatin1String("invalid_input"), skipped);
        if (skipped)
            QVERIFY2(errors.at(i).contains(QLatin1String("Line ")), qPrintable(errors.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
