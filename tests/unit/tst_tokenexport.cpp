// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvrecords.h"
#include "core/tokenexport.h"
#include "core/tokentablemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#endif

#include <cerrno>
#include <cstring>
#include <memory>

using namespace TokenDesk;

namespace {

const QString Canary = QStringLiteral("bp_CANARY_7f3a9c1e5d");
const QDateTime FetchedAt(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);

ExportRow okRow(const QString &userId, const QString &token)
{
    ExportRow r;
    r.userId = userId;
    r.token = token;
    r.ok = true;
    r.active = true;
    r.status = QStringLiteral("active");
    r.fetchedAt = FetchedAt;
    return r;
}

// The CSV without its BOM, split back into cells.
QList<QStringList> cellsOf(const QByteArray &csv)
{
    return parseCsv(QString::fromUtf8(csv.mid(3)), u',').rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

#ifdef Q_OS_LINUX
// This thread without capabilities in effect while it lives: root then meets
// the same permission checks as any user. The permitted set is kept, so the
// effective one comes back afterwards (capabilities are per thread).
class WithoutCapabilities
{
    Q_DISABLE_COPY_MOVE(WithoutCapabilities)

public:
    WithoutCapabilities()
    {
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct lowered[2] = {m_saved[0], m_saved[1]};
        lowered[0].effective = 0;
        lowered[1].effective = 0;
        m_dropped = syscall(SYS_capset, &m_header, lowered) == 0;
    }
    ~WithoutCapabilities()
    {
        if (m_dropped && syscall(SYS_capset, &m_header, m_saved) != 0)
            qFatal("could not restore this thread's capabilities");
    }
    bool dropped() const { return m_dropped; }

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2] = {};
    bool m_dropped = false;
};
#endif

} // namespace

class TestTokenExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvNeutralisesFormulaCells_data();
    void csvNeutralisesFormulaCells();
    void csvKeepsTheTokenExact_data();
    void csvKeepsTheTokenExact();
    void csvQuotesQuotesCommasAndLineEnds();
    void csvHasBomAndCrlf();
    void jsonIsExact();
    void jsonWritesNoControlCharacterRaw();
    void exportRowsReadsRawValues();
    void copyAs_data();
    void copyAs();
    void writeCreatesAnOwnerOnlyFile();
    void writeReplacesAtomically();
    void writeLeavesTheFileIntactInALockedFolder();
    void writeRefusesAFolder();
    void writeToAFullDiskSaysSo();
    void fileErrorReasonFallsBackToTheSystem();
};

void TestTokenExport::csvNeutralisesFormulaCells_data()
{
    QTest::addColumn<int>("column"); // the CSV column the value lands in
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    const QList<std::pair<int, const char *>> columns{
        {0, "userId"}, {1, "email"}, {2, "type"}, {3, "customer"}, {8, "error"}};
    for (const auto &column : columns) {
        const auto row = [&column](const char *tag, const QString &value, const QString &cell) {
            QTest::addRow("%s %s", column.second, tag) << column.first << value << cell;
        };
        row("equals", QStringLiteral("=1+1"), QStringLiteral("'=1+1"));
        row("plus", QStringLiteral("+x"), QStringLiteral("'+x"));
        row("minus", QStringLiteral("-x"), QStringLiteral("'-x"));
        row("at", QStringLiteral("@x"), QStringLiteral("'@x"));
        // A control character never leaves raw: it becomes U+FFFD (csvcell.h).
        row("tab", QStringLiteral("\tx"), QStringLiteral("'\ufffdx"));
        row("cr", QStringLiteral("\rx"), QStringLiteral("'\ufffdx"));
        row("at and escape", QStringLiteral("@SUM(1+1)\x1b[2J"),
            QStringLiteral("'@SUM(1+1)\ufffd[2J"));
        row("C1 inside", QStringLiteral("a") + QChar(0x9b) + QStringLiteral("b"),
            QStringLiteral("a\ufffdb"));
        row("line end inside", QStringLiteral("a\nb"), QStringLiteral("a\ufffdb"));
        row("harmless", QStringLiteral("a=b"), QStringLiteral("a=b"));
        row("empty", QString(), QString());
    }
}

void TestTokenExport::csvNeutralisesFormulaCells()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, cell);
    ExportRow r = okRow(QStringLiteral("u1"), Canary);
    QString *fields[] = {&r.userId, &r.email, &r.type, &r.customerName};
    if (column < 4)
        *fields[column] = value;
    else
        r.error = value;
    const QList<QStringList> cells = cellsOf(toExportCsv({r}));
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.at(1).at(column), cell);
    QCOMPARE(cells.at(1).at(4), Canary);
}

void TestTokenExport::csvKeepsTheTokenExact_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")");
    QTest::newRow("plus") << QStringLiteral("+tok");
    QTest::newRow("minus") << QStringLiteral("-tok");
    QTest::newRow("at") << QStringLiteral("@tok");
    QTest::newRow("tab") << QStringLiteral("\ttok");
    QTest::newRow("comma and quote") << QStringLiteral("a,b\"c");
    QTest::newRow("plain") << Canary;
}

void TestTokenExport::csvKeepsTheTokenExact()
{
    QFETCH(QString, token);
    const QList<QStringList> cells = cellsOf(toExportCsv({okRow(QStringLiteral("u1"), token)}));
    QCOMPARE(cells.at(1).at(4), token);
}

void TestTokenExport::csvQuotesQuotesCommasAndLineEnds()
{
    ExportRow r = okRow(QStringLiteral("u,1"), Canary);
    r.customerName = QStringLiteral("Acme \"Best\" Ltd");
    r.error = QStringLiteral("line one\nline two"); // no raw line end leaves (csvcell.h)
    const QByteArray csv = toExportCsv({r});
    QVERIFY(csv.contains("\r\n\"u,1\","));
    QVERIFY(csv.contains(",\"Acme \"\"Best\"\" Ltd\","));
    QVERIFY(csv.contains(",line one\xef\xbf\xbdline two,"));
    const QList<QStringList> cells = cellsOf(csv);
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.at(1).size(), 10);
    QCOMPARE(cells.at(1).at(0), r.userId);
    QCOMPARE(cells.at(1).at(3), r.customerName);
    QCOMPARE(cells.at(1).at(8), QStringLiteral("line one\ufffdline two"));
}

void TestTokenExport::csvHasBomAndCrlf()
{
    ExportRow failed;
    failed.userId = QStringLiteral("u2");
    failed.status = QStringLiteral("failed");
    failed.errorKind = QStringLiteral("not_found");
    failed.error = QStringLiteral("No such user");
    const QByteArray csv = toExportCsv({okRow(QStringLiteral("u1"), Canary), failed});
    const QByteArray head = "\xEF\xBB\xBF"
                            "userId,email,type,customer,token,active,status,errorKind,error,"
                            "fetchedAt\r\n";
    QVERIFY(csv.startsWith(head));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count('\n'), 3);
    QCOMPARE(csv.count("\r\n"), 3);
    QVERIFY(csv.contains(
        QByteArray("\r\nu1,,,," + Canary.toUtf8() + ",true,active,,,2026-03-04T05:06:07Z\r\n")));
    QVERIFY(csv.contains("\r\nu2,,,,,,failed,not_found,No such user,\r\n"));
    QCOMPARE(toExportCsv({}), head);
}

void TestTokenExport::jsonIsExact()
{
    ExportRow member = okRow({}, QStringLiteral("=tok"));
    member.email = QStringLiteral("-a@example.com");
    member.type = QStringLiteral("AGENT");
    member.customerName = QStringLiteral("=1+1 \"quoted\"\n");
    member.active = false;
    member.status = QStringLiteral("inactive");
    ExportRow failed;
    failed.userId = QStringLiteral("@u2");
    failed.status = QStringLiteral("failed");
    failed.errorKind = QStringLiteral("auth");
    failed.error = QStringLiteral("Rejected");

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toExportJson({member, failed}), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 2);
    const QJsonObject m = array.at(0).toObject();
    QVERIFY(m.value(QLatin1String("userId")).isNull());
    QCOMPARE(m.value(QLatin1String("email")).toString(), member.email);
    QCOMPARE(m.value(QLatin1String("type")).toString(), member.type);
    QCOMPARE(m.value(QLatin1String("customer")).toString(), member.customerName);
    QCOMPARE(m.value(QLatin1String("token")).toString(), member.token);
    QCOMPARE(m.value(QLatin1String("ok")).toBool(true), true);
    QCOMPARE(m.value(QLatin1String("active")).toBool(true), false);
    QCOMPARE(m.value(QLatin1String("status")).toString(), member.status);
    QVERIFY(m.value(QLatin1String("errorKind")).isNull());
    QCOMPARE(m.value(QLatin1String("fetchedAt")).toString(),
             QStringLiteral("2026-03-04T05:06:07Z"));
    const QJsonObject f = array.at(1).toObject();
    QCOMPARE(f.value(QLatin1String("userId")).toString(), failed.userId);
    QVERIFY(f.value(QLatin1String("token")).isNull());
    QCOMPARE(f.value(QLatin1String("ok")).toBool(true), false);
    QVERIFY(f.value(QLatin1String("active")).isNull());
    QCOMPARE(f.value(QLatin1String("errorKind")).toString(), failed.errorKind);
    QCOMPARE(f.value(QLatin1String("error")).toString(), failed.error);
    QVERIFY(f.value(QLatin1String("fetchedAt")).isNull());
    QCOMPARE(toExportJson({}), QByteArray("[]\n"));
}

void TestTokenExport::jsonWritesNoControlCharacterRaw()
{
    // DEL and C1 (U+009B is CSI) would act on a terminal showing the file, as
    // C0 would; U+2028/U+2029 split a line. Every field gets them all.
    QString hostile;
    for (char16_t unit = 0x01; unit < 0x20; ++unit)
        hostile += QChar(unit);
    for (char16_t unit = 0x7f; unit <= 0xa0; ++unit)
        hostile += QChar(unit);
    hostile += QStringLiteral("\u2028\u2029");
    ExportRow row = okRow(hostile, hostile);
    row.email = row.type = row.customerName = row.status = row.errorKind = row.error = hostile;

    const QByteArray json = toExportJson({row});
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<uchar>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<uchar>(json.at(i + 1)) : 0;
        QVERIFY2((byte >= 0x20 || byte == '\n') && byte != 0x7f, qPrintable(QString::number(i)));
        QVERIFY2(byte != 0xc2 || next > 0x9f, qPrintable(QString::number(i)));
        const QByteArray three = json.mid(i, 3);
        QVERIFY2(three != "\xe2\x80\xa8" && three != "\xe2\x80\xa9",
                 qPrintable(QString::number(i)));
    }
    QVERIFY(json.contains("\\u007f\\u0080"));
    QVERIFY(json.contains("\\u009b"));
    QVERIFY(json.contains("\\u009f\xc2\xa0\\u2028\\u2029\""));
    // Escaped, not lost: every field parses back to the text it was given.
    const QJsonObject object = QJsonDocument::fromJson(json).array().at(0).toObject();
    for (const char *field :
         {"userId", "email", "type", "customer", "token", "status", "errorKind", "error"})
        QCOMPARE(object.value(QLatin1String(field)).toString(), hostile);
}

void TestTokenExport::exportRowsReadsRawValues()
{
    TokenTableModel model;
    TokenResult customer = TokenResult::success(Canary, true);
    customer.query = TokenQuery::forUser(QStringLiteral("u1"), QStringLiteral("Acme"));
    customer.fetchedAt = FetchedAt;
    model.setResult(customer);
    TokenResult member = TokenResult::success(QStringLiteral("bp_member_token_0001"), false);
    member.query = TokenQuery::forMember(QStringLiteral("a@example.com"), QStringLiteral("AGENT"));
    model.setResult(member);
    TokenResult failed = TokenResult::failure(ErrorKind::NotFound, QStringLiteral("No such user"));
    failed.query = TokenQuery::forUser(QStringLiteral("u3"));
    model.setResult(failed);
    model.markQueued(TokenQuery::forUser(QStringLiteral("u4")));

    const QList<ExportRow> rows = exportRows(model, {2, 0, 99, 1, -1});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).userId, QStringLiteral("u3"));
    QCOMPARE(rows.at(0).ok, false);
    QCOMPARE(rows.at(0).status, QStringLiteral("failed"));
    QCOMPARE(rows.at(0).errorKind, QStringLiteral("not_found"));
    QCOMPARE(rows.at(0).error, QStringLiteral("No such user"));
    QVERIFY(rows.at(0).token.isEmpty());
    QCOMPARE(rows.at(1).userId, QStringLiteral("u1"));
    QCOMPARE(rows.at(1).customerName, QStringLiteral("Acme"));
    QCOMPARE(rows.at(1).token, Canary); // the raw token, not the masked display
    QVERIFY(rows.at(1).ok && rows.at(1).active);
    QCOMPARE(rows.at(1).status, QStringLiteral("active"));
    QCOMPARE(rows.at(1).fetchedAt, FetchedAt);
    QVERIFY(rows.at(2).userId.isEmpty());
    QCOMPARE(rows.at(2).email, QStringLiteral("a@example.com"));
    QCOMPARE(rows.at(2).type, QStringLiteral("AGENT"));
    QVERIFY(rows.at(2).ok && !rows.at(2).active);
    QCOMPARE(rows.at(2).status, QStringLiteral("inactive"));

    const QList<ExportRow> all = exportRows(model);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(3).status, QStringLiteral("queued"));
}

void TestTokenExport::copyAs_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    const int tokenOnly = int(CopyFormat::TokenOnly);
    const int userIdAndToken = int(CopyFormat::UserIdAndToken);
    QTest::newRow("token only") << "u1"
                                << ""
                                << "=tok,1" << tokenOnly << "=tok,1";
    QTest::newRow("user and token") << "u1"
                                    << ""
                                    << "tok" << userIdAndToken << "u1,tok";
    QTest::newRow("quoted") << "u,1"
                            << ""
                            << "t\"k" << userIdAndToken << "\"u,1\",\"t\"\"k\"";
    QTest::newRow("member") << ""
                            << "a@example.com"
                            << "tok" << userIdAndToken << "a@example.com,tok";
}

void TestTokenExport::copyAs()
{
    QFETCH(QString, userId);
    QFETCH(QString, email);
    QFETCH(QString, token);
    QFETCH(int, format);
    QFETCH(QString, text);
    ExportRow r = okRow(userId, token);
    r.email = email;
    QCOMPARE(copyAsText(r, CopyFormat(format)), text);
}

void TestTokenExport::writeCreatesAnOwnerOnlyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
#ifdef Q_OS_UNIX
    // The most permissive umask: the mode must come from TokenDesk, not from it.
    const mode_t oldMask = umask(0);
#endif
    const QString problem = writeSecretFile(path, Canary.toUtf8());
#ifdef Q_OS_UNIX
    umask(oldMask);
#endif
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readAll(path), Canary.toUtf8());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
#ifdef Q_OS_UNIX
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    struct stat info = {};
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
#else
    Q_UNUSED(others)
#endif
}

void TestTokenExport::writeReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.json"));
    QVERIFY(writePlain(path, "old contents"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
#ifdef Q_OS_UNIX
    struct stat before = {};
    QCOMPARE(stat(QFile::encodeName(path).constData(), &before), 0);
#endif
    const QString problem = writeSecretFile(path, Canary.toUtf8());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readAll(path), Canary.toUtf8());
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("tokens.json")});
#ifdef Q_OS_UNIX
    // A new file renamed over the old one (not rewritten in place), now private.
    struct stat after = {};
    QCOMPARE(stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(after.st_ino != before.st_ino);
    QCOMPARE(after.st_mode & 0777, 0600u);
#endif
}

void TestTokenExport::writeLeavesTheFileIntactInALockedFolder()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(locked));
    const QString path = locked + QLatin1String("/tokens.csv");
    QVERIFY(writePlain(path, "old contents"));
    QCOMPARE(chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QCOMPARE(chmod(QFile::encodeName(locked).constData(), 0555), 0);
    // Writable itself, so a direct-write fallback would show by changing it.
    QCOMPARE(chmod(QFile::encodeName(path).constData(), 0666), 0);

    QString problem;
    if (geteuid() == 0) {
#ifdef Q_OS_LINUX
        // Root writes into any folder by its capabilities, not its user ID:
        // without them, the folder's mode bits hold for root as for anyone.
        const WithoutCapabilities unprivileged;
        QVERIFY2(unprivileged.dropped(), "could not lower this thread's capabilities");
        problem = writeSecretFile(path, Canary.toUtf8());
#else
        QSKIP("As root, only Linux's capabilities let this test lock a folder");
#endif
    } else {
        problem = writeSecretFile(path, Canary.toUtf8());
    }
    QVERIFY(!problem.isEmpty());
    QVERIFY2(
        problem.startsWith(QLatin1String("Could not create ") + QDir::toNativeSeparators(path)),
        qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("ermission denied")), qPrintable(problem));
    QVERIFY(!problem.contains(Canary));
    QCOMPARE(readAll(path), QByteArray("old contents"));
    QCOMPARE(QDir(locked).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("tokens.csv")});
    QCOMPARE(chmod(QFile::encodeName(locked).constData(), 0755), 0); // so it can be removed
#else
    QSKIP("Folder permissions are POSIX");
#endif
}

void TestTokenExport::writeRefusesAFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("tokens.csv"));
    QVERIFY(QDir().mkdir(folder));
    const QString problem = writeSecretFile(folder, Canary.toUtf8());
    QVERIFY(problem.contains(QLatin1String("folder")));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty());
    QVERIFY(!writeSecretFile(QString(), "x").isEmpty());
    QVERIFY(!writeSecretFile(dir.filePath(QStringLiteral("missing/tokens.csv")), "x").isEmpty());
}

void TestTokenExport::writeToAFullDiskSaysSo()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        QSKIP("Mounting a small tmpfs needs root; fileErrorReasonFallsBackToTheSystem checks "
              "the wording on /dev/full without it");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray point = QFile::encodeName(dir.path());
    QVERIFY2(mount("tmpfs", point.constData(), "tmpfs", 0, "size=64k") == 0, std::strerror(errno));
    // Unmounted before the folder is removed, whatever the test's outcome.
    const std::unique_ptr<const char, void (*)(const char *)> unmount(
        point.constData(), [](const char *where) { umount2(where, MNT_DETACH); });
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    QVERIFY(writePlain(path, "old contents"));

    const QByteArray big(512 * 1024, 'x'); // eight times the disk
    const QString problem = writeSecretFile(path, big);
    QVERIFY2(problem.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1String("Unknown error")), qPrintable(problem));
    QCOMPARE(readAll(path), QByteArray("old contents")); // left as it was
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("tokens.csv")}); // no temporary file left
#else
    QSKIP("A tmpfs is Linux's");
#endif
}

void TestTokenExport::fileErrorReasonFallsBackToTheSystem()
{
    // Qt's own text wins where it set one.
    QFile missing(QDir::temp().filePath(QStringLiteral("tokendesk-no-such-dir/x/y")));
    errno = 0;
    QVERIFY(!missing.open(QIODevice::ReadOnly));
    QCOMPARE(fileErrorReason(missing, ENOSPC), missing.errorString());
    // Where it set none, errno speaks: not "Unknown error".
    const QFile untouched;
    QCOMPARE(fileErrorReason(untouched, ENOSPC), QString::fromLocal8Bit(std::strerror(ENOSPC)));
    QCOMPARE(fileErrorReason(untouched, 0), untouched.errorString());
#ifdef Q_OS_UNIX
    // A device that is always full.
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    errno = 0;
    QCOMPARE(full.write("token"), qint64(-1));
    const QString reason = fileErrorReason(full, errno);
    QVERIFY2(reason.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(reason));
#endif
}

QTEST_GUILESS_MAIN(TestTokenExport)
#include "tst_tokenexport.moc"
