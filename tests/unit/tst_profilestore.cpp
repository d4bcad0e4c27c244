// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TokenDesk;

namespace {

const QString Canary = QStringLiteral("canary-PROFILE-e1d94b0c7a3f");

QStringList namesOf(const QList<Profile> &profiles)
{
    QStringList list;
    for (const Profile &profile : profiles)
        list.append(profile.name);
    return list;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveListRemove();
    void namesIgnoreCase();
    void lastUsed();
    void names_data();
    void names();
    void baseUrls_data();
    void baseUrls();
    void settingsFileNeverHoldsTheKey();
    void handEditedEntriesAreSkipped();
    void cleanupTestCase();
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
}

void TestProfileStore::init()
{
    QSettings().clear();
}

void TestProfileStore::saveListRemove()
{
    ProfileStore store;
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(store.save({QStringLiteral("zeta"), QStringLiteral("https://z.example"), false}),
             QString());
    QCOMPARE(store.save({QStringLiteral("Acme"), QStringLiteral(" https://a.example/bp "), true}),
             QString());
    QCOMPARE(namesOf(store.profiles()),
             (QStringList{QStringLiteral("Acme"), QStringLiteral("zeta")}));

    const auto acme = store.profile(QStringLiteral("Acme"));
    QVERIFY(acme);
    QCOMPARE(acme->baseUrl, QStringLiteral("https://a.example/bp"));
    QVERIFY(acme->rememberKey);
    QVERIFY(!store.profile(QStringLiteral("zeta"))->rememberKey);
    QVERIFY(!store.profile(QStringLiteral("nosuch")));

    // Saving under an existing name replaces that profile.
    QCOMPARE(store.save({QStringLiteral("Acme"), QStringLiteral("https://b.example"), false}),
             QString());
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profile(QStringLiteral("Acme"))->baseUrl, QStringLiteral("https://b.example"));

    QVERIFY(store.remove(QStringLiteral("zeta")));
    QVERIFY(!store.remove(QStringLiteral("zeta")));
    QCOMPARE(namesOf(store.profiles()), QStringList{QStringLiteral("Acme")});
    // A shorter list leaves nothing of the longer one behind.
    QVERIFY(!QSettings().contains(QStringLiteral("profiles/list/2/name")));
}

void TestProfileStore::namesIgnoreCase()
{
    ProfileStore store;
    QCOMPARE(store.save({QStringLiteral("Acme"), QStringLiteral("https://a.example"), true}),
             QString());
    QCOMPARE(store.profile(QStringLiteral("ACME"))->name, QStringLiteral("Acme"));
    // One keychain entry per name whatever its case (Windows compares so).
    QCOMPARE(store.save({QStringLiteral("acme"), QStringLiteral("https://b.example"), true}),
             QString());
    QCOMPARE(namesOf(store.profiles()), QStringList{QStringLiteral("acme")});
    QVERIFY(store.remove(QStringLiteral("ACME")));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::lastUsed()
{
    ProfileStore store;
    QCOMPARE(store.lastUsed(), QString());
    QVERIFY(!store.setLastUsed(QStringLiteral("nosuch")));
    QCOMPARE(store.save({QStringLiteral("Acme"), QStringLiteral("https://a.example"), true}),
             QString());
    QCOMPARE(store.save({QStringLiteral("beta"), QStringLiteral("https://b.example"), true}),
             QString());
    QVERIFY(store.setLastUsed(QStringLiteral("acme")));
    QCOMPARE(store.lastUsed(), QStringLiteral("Acme")); // as saved
    QVERIFY(store.remove(QStringLiteral("beta")));
    QCOMPARE(store.lastUsed(), QStringLiteral("Acme"));
    QVERIFY(store.remove(QStringLiteral("Acme")));
    QCOMPARE(store.lastUsed(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("profiles/lastUsed")));
}

void TestProfileStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("acme") << true;
    QTest::newRow("unicode") << QStringLiteral("Agentur Müller – 東京 🐧") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("64 emoji") << QStringLiteral("🐧").repeated(64) << true;
    QTest::newRow("inner space") << QStringLiteral("white label 2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("new line") << QStringLiteral("a\nb") << false;
    QTest::newRow("NUL") << QString(QStringLiteral("ab")).insert(1, QChar(0)) << false;
    QTest::newRow("right-to-left override") << QStringLiteral("acme\u202Egpj") << false;
    QTest::newRow("leading space") << QStringLiteral(" acme") << false;
    QTest::newRow("trailing space") << QStringLiteral("acme ") << false;
}

void TestProfileStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(profileNameProblem(name).isEmpty(), accepted);
    ProfileStore store;
    const QString problem = store.save({name, QStringLiteral("https://a.example"), true});
    QCOMPARE(problem.isEmpty(), accepted);
    QCOMPARE(store.profiles().size(), accepted ? 1 : 0);
    if (accepted)
        QCOMPARE(store.profile(name)->name, name);
}

void TestProfileStore::baseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://api.v7.botpenguin.com") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.example") << false;
    QTest::newRow("not a URL") << QStringLiteral("api example") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfileStore::baseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ProfileStore store;
    QCOMPARE(store.save({QStringLiteral("acme"), url, true}).isEmpty(), accepted);
    QCOMPARE(store.profile(QStringLiteral("acme")).has_value(), accepted);
}

void TestProfileStore::settingsFileNeverHoldsTheKey()
{
    // What the window does with a profile, short of the keychain: the key is
    // in this process's memory throughout, and must not reach the file.
    const QString key = Canary;
    ProfileStore store;
    QCOMPARE(store.save({QStringLiteral("acme"), QStringLiteral("https://a.example"), true}),
             QString());
    QVERIFY(store.setLastUsed(QStringLiteral("acme")));
    QCOMPARE(store.save({QStringLiteral("acme"), QStringLiteral("https://b.example"), true}),
             QString());
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("[profiles]"));
    QVERIFY(bytes.contains("b.example"));
    QVERIFY(bytes.contains("lastUsed=acme"));
    QVERIFY(!bytes.contains(key.toUtf8()));
}

void TestProfileStore::handEditedEntriesAreSkipped()
{
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("profiles"));
        settings.beginWriteArray(QStringLiteral("list"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("bad/name"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("good"));
        settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://g.example"));
        settings.endArray();
        settings.endGroup();
    }
    ProfileStore store;
    QCOMPARE(namesOf(store.profiles()), QStringList{QStringLiteral("good")});
    QVERIFY(!store.profile(QStringLiteral("bad/name")));
}

void TestProfileStore::cleanupTestCase()
{
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
