// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idfilereader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {

QStringList keys(const QList<TokenQuery> &queries)
{
    QStringList result;
    for (const TokenQuery &query : queries)
        result.append(query.id());
    return result;
}

QString skippedNoUserId(int line)
{
    return QStringLiteral("Line %1 has no userId; skipped.").arg(line);
}

} // namespace

class TestIdFileReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void problems_data();
    void problems();
    void warningsAreCapped();
    void invisibleCharacters();
    void readErrorsNameTheSystemsReason();
    void largeFile();
    void randomInputKeepsPromises();
    void readsFiles();
    void refusesTooLarge();
};

void TestIdFileReader::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<IdFile::Kind>("kind");
    QTest::addColumn<QStringList>("expected"); // TokenQuery::id() in order
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("warnings");

    const auto plain = IdFile::Kind::PlainList;
    const auto userIdCsv = IdFile::Kind::UserIdCsv;
    const auto memberCsv = IdFile::Kind::MemberCsv;
    const QStringList none;

    QTest::newRow("plain list") << QByteArray("# customers\n\na\n  b  \n # c\na\n") << plain
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 1
                                << none;
    QTest::newRow("plain: inner space kept, no final newline")
        << QByteArray("a b\nc") << plain << QStringList{QStringLiteral("a b"), QStringLiteral("c")}
        << 0 << none;
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                       "a\nb")
                         << plain << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 0
                         << none;
    QTest::newRow("crlf") << QByteArray("a\r\n\r\nb\r\n") << plain
                          << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 0 << none;
    QTest::newRow("lone cr") << QByteArray("a\rb\r\rc") << plain
                             << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                            QStringLiteral("c")}
                             << 0 << none;
    QTest::newRow("plain: control characters")
        << QByteArray("d\na\tb\nc\x1b[31m\n") << plain << QStringList{QStringLiteral("d")} << 0
        << QStringList{
               QStringLiteral("Line 2: The user ID contains a control character. Skipped."),
               QStringLiteral("Line 3: The user ID contains a control character. Skipped.")};
    QTest::newRow("plain: non-ascii")
        << QByteArray("caf\xc3\xa9\n") << plain << QStringList{QStringLiteral("café")} << 0 << none;
    QTest::newRow("csv userId") << QByteArray("userId,name\nu1,Ann\nu2,Bob\nu1,Ann again\n")
                                << userIdCsv
                                << QStringList{QStringLiteral("u1"), QStringLiteral("u2")} << 1
                                << none;
    QTest::newRow("csv userId: bom, crlf, header case")
        << QByteArray("\xef\xbb\xbf"
                      " USERID \r\nu1\r\n\r\nu2\r\n")
        << userIdCsv << QStringList{QStringLiteral("u1"), QStringLiteral("u2")} << 0 << none;
    QTest::newRow("csv _id: a customer list export")
        << QByteArray("_id,name,email,verified,status\n"
                      "64f0a1b2c3d4e5f6a7b8c9d0,\"Doe, Jane\",jane@x.example,true,ACTIVE\n"
                      "64f0a1b2c3d4e5f6a7b8c9d1,Bob,bob@x.example,false,INACTIVE\n")
        << userIdCsv
        << QStringList{QStringLiteral("64f0a1b2c3d4e5f6a7b8c9d0"),
                       QStringLiteral("64f0a1b2c3d4e5f6a7b8c9d1")}
        << 0 << none;
    QTest::newRow("csv: userId wins over _id") << QByteArray("_id,userId\nA,B\n") << userIdCsv
                                               << QStringList{QStringLiteral("B")} << 0 << none;
    QTest::newRow("csv: quoted fields") << QByteArray("userId,note\n"
                                                      "\"a1\",\"has, comma\"\n"
                                                      "\"a\"\"2\",x\n"
                                                      "\" a3 \",\"line one\nline two\"\n"
                                                      ",z\n"
                                                      "a4,y\n")
                                        << userIdCsv
                                        << QStringList{QStringLiteral("a1"), QStringLiteral("a\"2"),
                                                       QStringLiteral("a3"), QStringLiteral("a4")}
                                        << 0 << QStringList{skippedNoUserId(6)};
    QTest::newRow("csv: semicolons, userId not first")
        << QByteArray("name;userId\nAnn, Lee;u1\nBob;u2\n") << userIdCsv
        << QStringList{QStringLiteral("u1"), QStringLiteral("u2")} << 0 << none;
    QTest::newRow("csv: tabs") << QByteArray("name\tuserId\nAnn\tu1\n") << userIdCsv
                               << QStringList{QStringLiteral("u1")} << 0 << none;
    QTest::newRow("csv: missing cells")
        << QByteArray("name,email,userId\nAnn,a@x,u1\nBob,b@x\n,,\nCid,c@x,  u3  \n,d@x,\n")
        << userIdCsv << QStringList{QStringLiteral("u1"), QStringLiteral("u3")} << 0
        << QStringList{QStringLiteral("Line 3 has fewer columns than the header; skipped."),
                       skippedNoUserId(6)};
    QTest::newRow("csv: comments before the header and between rows")
        << QByteArray("# exported today\n\nuserId,name\nu1,a\n# u9,z\n,b\n") << userIdCsv
        << QStringList{QStringLiteral("u1")} << 0 << QStringList{skippedNoUserId(6)};
    QTest::newRow("csv: control character in a cell")
        << QByteArray("userId\n\"a\x01"
                      "b\"\nc\n")
        << userIdCsv << QStringList{QStringLiteral("c")} << 0
        << QStringList{
               QStringLiteral("Line 2: The user ID contains a control character. Skipped.")};
    QTest::newRow("members")
        << QByteArray("email,type\n"
                      "agent1@sandbox.example,agent\n"
                      "custom2@sandbox.example,CUSTOM_USER\n"
                      "x@y.example,BOSS\n"
                      ",AGENT\n"
                      "z@y.example,\n"
                      "no-at-sign,AGENT\n"
                      "agent1@sandbox.example,Agent\n"
                      "w@y.example\n")
        << memberCsv
        << QStringList{QStringLiteral("agent1@sandbox.example/AGENT"),
                       QStringLiteral("custom2@sandbox.example/CUSTOM_USER")}
        << 1
        << QStringList{QStringLiteral("Line 4 has the type “BOSS”, not AGENT, CUSTOM_USER or "
                                      "CUSTOMER; skipped."),
                       QStringLiteral("Line 5 has no email; skipped."),
                       QStringLiteral("Line 6 has no type; skipped."),
                       QStringLiteral("Line 7: An e-mail address needs an @. Skipped."),
                       QStringLiteral("Line 9 has fewer columns than the header; skipped.")};
    QTest::newRow("members: semicolons, a customer's contact")
        << QByteArray("Type;Email\n customer ;c@x.example\n") << memberCsv
        << QStringList{QStringLiteral("c@x.example/CUSTOMER")} << 0 << none;
    QTest::newRow("members: a bad type is shown safely")
        << QByteArray("email,type\na@x,\"\x1b[2J\"\nb@x,AGENT\n") << memberCsv
        << QStringList{QStringLiteral("b@x/AGENT")} << 0
        << QStringList{QStringLiteral("Line 2 has the type “\uFFFD[2J”, not AGENT, CUSTOM_USER or "
                                      "CUSTOMER; skipped.")};
    QTest::newRow("tokendesk-cli's own csv output")
        << QByteArray("userId,email,type,ok,key\nu1,,,true,bp_1\n,agent1@x,AGENT,true,bp_2\n")
        << userIdCsv << QStringList{QStringLiteral("u1"), QStringLiteral("agent1@x/AGENT")} << 0
        << none;
}

void TestIdFileReader::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(IdFile::Kind, kind);
    QFETCH(QStringList, expected);
    QFETCH(int, duplicates);
    QFETCH(QStringList, warnings);

    const IdFile file = parseIdFile(bytes);
    QCOMPARE(file.problem, QString());
    QCOMPARE(file.kind, kind);
    QCOMPARE(keys(file.queries), expected);
    QCOMPARE(file.duplicates, duplicates);
    QCOMPARE(file.warnings, warnings);
}

void TestIdFileReader::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");

    const QString noIds = QStringLiteral("The file holds no user IDs.");
    QTest::newRow("empty") << QByteArray() << noIds;
    QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf") << noIds;
    QTest::newRow("comments only") << QByteArray("# nothing yet\n\n   \n") << noIds;
    QTest::newRow("header only") << QByteArray("userId\r\n") << noIds;
    QTest::newRow("no usable row") << QByteArray("userId,name\n,Ann\n") << noIds;
    QTest::newRow("members header only")
        << QByteArray("email,type\n") << QStringLiteral("The file holds no team members.");
    QTest::newRow("unterminated quote")
        << QByteArray("userId\nu1\n\"u2\nu3\n")
        << QStringLiteral("Line 3 has a quote that is never closed.");
    QTest::newRow("unterminated quote after comments")
        << QByteArray("# list\n\nuserId,note\r\nu1,\"x\r\n")
        << QStringLiteral("Line 4 has a quote that is never closed.");
    QTest::newRow("nul bytes") << QByteArray("a\nb\0c", 5)
                               << QStringLiteral("This is not a text file: it holds NUL bytes.");
    QTest::newRow("utf-16") << QByteArray("\xff\xfe"
                                          "a\0\n\0",
                                          6)
                            << QStringLiteral("This is UTF-16 text; save the file as UTF-8.");
    // Without a byte order mark: named as UTF-16, not as "holds NUL bytes".
    const QString utf16NoBom =
        QStringLiteral("This looks like UTF-16 text without a byte order mark");
    const QString ids = QStringLiteral("user-1\r\nuser-2\r\n");
    QTest::newRow("utf-16le without bom")
        << QByteArray(reinterpret_cast<const char *>(ids.utf16()), ids.size() * 2) << utf16NoBom;
    QByteArray bigEndian;
    for (const QChar c : ids)
        bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    QTest::newRow("utf-16be without bom") << bigEndian << utf16NoBom;
    QTest::newRow("utf-16le, one short id") << QByteArray("u\0001\0", 4) << utf16NoBom;
    QTest::newRow("nul bytes, even length")
        << QByteArray("ab\0\0cd\0e", 8)
        << QStringLiteral("This is not a text file: it holds NUL bytes.");
    const QString notUtf8 = QStringLiteral("This is not a text file in UTF-8.");
    QTest::newRow("latin-1") << QByteArray("caf\xe9\n") << notUtf8;
    QTest::newRow("invalid byte") << QByteArray("a\n\xff\n") << notUtf8;
    QTest::newRow("overlong") << QByteArray("a\xc0\xaf") << notUtf8;
    QTest::newRow("truncated at the end") << QByteArray("abc\xe2\x82") << notUtf8;
    QTest::newRow("unknown csv header")
        << QByteArray("id,name\n1,Ann\n")
        << QStringLiteral("Line 1 looks like a CSV header, but it has no userId or _id column");
}

void TestIdFileReader::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const IdFile file = parseIdFile(bytes);
    QVERIFY2(file.problem.startsWith(problem), qPrintable(file.problem));
    QVERIFY(file.queries.isEmpty()); // nothing of an unusable file may be used
}

void TestIdFileReader::invisibleCharacters()
{
    // Trimmed from the ends (plain list and CSV cell); inside, the row is refused and says why.
    const QByteArray bytes =
        QStringLiteral("\u200Bu1\uFEFF\n \u2060u2\u200E \nu\u200B3\n").toUtf8();
    const IdFile plain = parseIdFile(bytes);
    QCOMPARE(keys(plain.queries), (QStringList{QStringLiteral("u1"), QStringLiteral("u2")}));
    QCOMPARE(plain.warnings.size(), 1);
    QVERIFY2(plain.warnings.first().contains(QLatin1String("U+200B")),
             qPrintable(plain.warnings.first()));

    const QByteArray csv = QStringLiteral("userId,name\n\uFEFFu1\u200B,Ann\n").toUtf8();
    QCOMPARE(keys(parseIdFile(csv).queries), QStringList{QStringLiteral("u1")});
}

void TestIdFileReader::readErrorsNameTheSystemsReason()
{
    // The system's own words, never "Unknown error".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const IdFile missing = readIdFile(dir.filePath(QStringLiteral("nothing-here.txt")));
    QVERIFY2(missing.problem.contains(QLatin1String("No such file or directory")),
             qPrintable(missing.problem));
    QVERIFY2(!missing.problem.contains(QLatin1String("Unknown error")),
             qPrintable(missing.problem));
}

void TestIdFileReader::warningsAreCapped()
{
    QByteArray bytes("userId,name\n");
    for (int i = 0; i < 30; ++i)
        bytes += ",nobody\n";
    bytes += "u1,somebody\n";
    const IdFile file = parseIdFile(bytes);
    QCOMPARE(keys(file.queries), QStringList{QStringLiteral("u1")});
    QCOMPARE(file.warnings.size(), MaxIdFileWarnings + 1);
    QCOMPARE(file.warnings.first(), skippedNoUserId(2));
    QCOMPARE(file.warnings.at(MaxIdFileWarnings - 1), skippedNoUserId(MaxIdFileWarnings + 1));
    QCOMPARE(file.warnings.last(), QStringLiteral("… and 10 more."));
}

void TestIdFileReader::largeFile()
{
    constexpr int Count = 200000;
    QByteArray bytes("\"_id\",\"name\"\r\n");
    bytes.reserve(Count * 40);
    for (int i = 0; i < Count; ++i)
        bytes += "\"id" + QByteArray::number(i) + "\",\"Customer, number " + QByteArray::number(i) +
                 "\"\r\n";
    const IdFile file = parseIdFile(bytes);
    QCOMPARE(file.problem, QString());
    QCOMPARE(file.queries.size(), Count);
    QCOMPARE(file.queries.first().userId, QStringLiteral("id0"));
    QCOMPARE(file.queries.last().userId, QStringLiteral("id%1").arg(Count - 1));
}

void TestIdFileReader::randomInputKeepsPromises()
{
    // Whatever the bytes, a problem leaves nothing to use, and keys are unique.
    static const char chars[] = "ab,;\t\"\r\n# @_idIDuserIdemailtypeAGENT\xc3\xa9\x00\xff";
    const QByteArray alphabet(chars, sizeof(chars) - 1);
    QRandomGenerator random(20260101);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int length = random.bounded(60);
        for (int i = 0; i < length; ++i)
            bytes += alphabet.at(random.bounded(alphabet.size()));
        if (round % 3 == 0)
            bytes.prepend("userId,email,type\n");
        const IdFile file = parseIdFile(bytes);
        QVERIFY(file.problem.isEmpty() != file.queries.isEmpty());
        QVERIFY(file.warnings.size() <= MaxIdFileWarnings + 1);
        const QStringList all = keys(file.queries);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    }
}

void TestIdFileReader::readsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ids.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("userId\r\nu1\r\n");
    out.close();
    IdFile file = readIdFile(path);
    QCOMPARE(file.kind, IdFile::Kind::UserIdCsv);
    QCOMPARE(keys(file.queries), QStringList{QStringLiteral("u1")});

    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    file = readIdFile(missing);
    QVERIFY2(file.problem.startsWith(QDir::toNativeSeparators(missing) + QLatin1String(": ")),
             qPrintable(file.problem));
    QVERIFY(file.problem.contains(QLatin1String("Cannot read")));

    file = readIdFile(dir.path());
    QVERIFY2(file.problem.contains(QLatin1String("folder")), qPrintable(file.problem));

    // A problem found in the text also names the file.
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("userId\n\"u1\n");
    out.close();
    file = readIdFile(path);
    QCOMPARE(file.problem, QDir::toNativeSeparators(path) +
                               QStringLiteral(": Line 2 has a quote that is never closed."));

    QBuffer buffer;
    buffer.setData("u1\nu2\n");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    file = readIdFile(&buffer, QStringLiteral("standard input"));
    QCOMPARE(keys(file.queries), (QStringList{QStringLiteral("u1"), QStringLiteral("u2")}));
}

void TestIdFileReader::refusesTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(QStringLiteral("huge.txt")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.resize(MaxIdFileBytes + 1)); // sparse: no time spent writing it
    out.close();
    IdFile file = readIdFile(out.fileName());
    QVERIFY2(file.problem.contains(QLatin1String("larger than 64 MiB")), qPrintable(file.problem));
    QVERIFY(file.queries.isEmpty());

    // A pipe tells no size: it is counted as it is read.
    QBuffer buffer;
    buffer.setData(QByteArray(MaxIdFileBytes + 1, 'a'));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    file = readIdFile(&buffer, QStringLiteral("standard input"));
    QVERIFY2(file.problem.startsWith(QLatin1String("standard input: The file is larger")),
             qPrintable(file.problem));
}

QTEST_GUILESS_MAIN(TestIdFileReader)
#include "tst_idfilereader.moc"
