// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeyVault against the real Secret Service of the test run (scripts/test.sh
// starts gnome-keyring on a private D-Bus session), alone and behind the
// window's profile controller.
#include "keychaintestsupport.h"

#include "app/connection/profilecontroller.h"
#include "core/profilestore.h"
#include "keychain/keyvault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingReply>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Testing;
using Status = KeyVaultResult::Status;

// Stops the test function at the first unexpected result.
#define EXPECT(result, status)                                                                     \
    do {                                                                                           \
        expect(result, status);                                                                    \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

const QString Canary = QStringLiteral("canary-VAULT-5be0c1f7a9d24e36");
const QString Canary2 = QStringLiteral("canary-VAULT-REPLACED-08d1e4b2");
const QString UnicodeProfile = QStringLiteral("Agentur Müller – 東京 🐧");
// Every profile the functions below use, so that cleanup() can remove them.
const QStringList Profiles{QStringLiteral("roundtrip"), QStringLiteral("first"),
                           QStringLiteral("second"),    QStringLiteral("acme"),
                           QStringLiteral("other"),     UnicodeProfile};
// How long a wait may take before the test calls it a hang: never a speed claim.
constexpr int HangGuardMs = 20000;

using Attributes = QMap<QString, QString>;
using ObjectPaths = QList<QDBusObjectPath>;

// The Secret Service's own count of items under QtKeychain's attributes for
// entry and our service name: proves where and under what name a key went.
int storedItems(const QString &entry)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call << QVariant::fromValue(Attributes{{QStringLiteral("user"), entry},
                                           {QStringLiteral("server"), KeyVault::serviceName()}});
    QDBusPendingReply<ObjectPaths, ObjectPaths> reply =
        QDBusConnection::sessionBus().asyncCall(call);
    reply.waitForFinished();
    if (reply.isError())
        return -1;
    return static_cast<int>(reply.argumentAt<0>().size() + reply.argumentAt<1>().size());
}

} // namespace

class TestKeyVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryNames();
    void storeReadReplaceRemove();
    void unicodeProfileName();
    void profilesAreSeparate();
    void refusedBeforeAsking_data();
    void refusedBeforeAsking();
    void readBlocking();
    void readBlockingGivesUp();
    void profileKeyStaysOutOfSettings();
    void deletingAProfileDeletesItsKey();
    void cleanup();
    void cleanupTestCase();

private:
    // Checks a result and keeps its message, to search all of them for the canaries.
    void expect(const KeyVaultResult &result, Status status);

    LogCapture m_log;
    QStringList m_messages;
};

void TestKeyVault::expect(const KeyVaultResult &result, Status status)
{
    m_messages.append(result.message);
    QVERIFY2(result.status == status,
             qPrintable(QStringLiteral("%1 instead of %2: %3")
                            .arg(QLatin1String(statusName(result.status)),
                                 QLatin1String(statusName(status)), result.message)));
    if (status == Status::Ok)
        QVERIFY(result.message.isEmpty());
    else
        QVERIFY(!result.message.isEmpty());
}

void TestKeyVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyvault"));
    QSettings().clear();
    qDBusRegisterMetaType<Attributes>();
    qDBusRegisterMetaType<ObjectPaths>();

    KeyVault vault;
    const KeyVaultResult probe = readKey(vault, QStringLiteral("probe"));
    if (probe.status == Status::NoKeychain || probe.status == Status::Failed)
        QFAIL(qPrintable(
            QStringLiteral("No Secret Service answered: %1\nThe keychain tests need one: run "
                           "them through scripts/test.sh, which starts gnome-keyring on a "
                           "private D-Bus session.")
                .arg(probe.message)));
    // A leftover from an interrupted run would make the checks below lie.
    cleanup();
}

// One failed function leaves no key and no profile behind for the next.
void TestKeyVault::cleanup()
{
    KeyVault vault;
    for (const QString &profile : Profiles)
        removeKey(vault, profile);
    QSettings().clear();
}

void TestKeyVault::entryNames()
{
    QCOMPARE(KeyVault::serviceName(), QStringLiteral("TokenDesk"));
    QCOMPARE(KeyVault::entryName(QStringLiteral("acme")), QStringLiteral("TokenDesk/acme"));
}

void TestKeyVault::storeReadReplaceRemove()
{
    const QString profile = QStringLiteral("roundtrip");
    const QString entry = KeyVault::entryName(profile);
    KeyVault vault;
    EXPECT(writeKey(vault, profile, Canary), Status::Ok);
    QCOMPARE(storedItems(entry), 1);
    KeyVaultResult read = readKey(vault, profile);
    EXPECT(read, Status::Ok);
    QCOMPARE(read.key, Canary);

    EXPECT(writeKey(vault, profile, Canary2), Status::Ok);
    QCOMPARE(storedItems(entry), 1); // replaced, not added
    read = readKey(vault, profile);
    EXPECT(read, Status::Ok);
    QCOMPARE(read.key, Canary2);

    EXPECT(removeKey(vault, profile), Status::Ok);
    QCOMPARE(storedItems(entry), 0);
    read = readKey(vault, profile);
    EXPECT(read, Status::NotFound);
    QVERIFY(read.key.isEmpty());
    QVERIFY2(read.message.contains(QStringLiteral("“roundtrip”")), qPrintable(read.message));
    // Removing what is not there is no error.
    EXPECT(removeKey(vault, profile), Status::Ok);
}

void TestKeyVault::unicodeProfileName()
{
    const QString profile = UnicodeProfile;
    KeyVault vault;
    EXPECT(writeKey(vault, profile, Canary), Status::Ok);
    QCOMPARE(storedItems(KeyVault::entryName(profile)), 1);
    const KeyVaultResult read = readKey(vault, profile);
    EXPECT(read, Status::Ok);
    QCOMPARE(read.key, Canary);
    EXPECT(removeKey(vault, profile), Status::Ok);
    EXPECT(readKey(vault, profile), Status::NotFound);
}

void TestKeyVault::profilesAreSeparate()
{
    KeyVault vault;
    EXPECT(writeKey(vault, QStringLiteral("first"), Canary), Status::Ok);
    EXPECT(writeKey(vault, QStringLiteral("second"), Canary2), Status::Ok);
    EXPECT(removeKey(vault, QStringLiteral("first")), Status::Ok);
    EXPECT(readKey(vault, QStringLiteral("first")), Status::NotFound);
    const KeyVaultResult second = readKey(vault, QStringLiteral("second"));
    EXPECT(second, Status::Ok);
    QCOMPARE(second.key, Canary2);
    EXPECT(removeKey(vault, QStringLiteral("second")), Status::Ok);
}

void TestKeyVault::refusedBeforeAsking_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::newRow("read, no name") << QStringLiteral("read") << QString() << QString();
    QTest::newRow("write, slash") << QStringLiteral("write") << QStringLiteral("a/b") << Canary;
    QTest::newRow("write, empty key")
        << QStringLiteral("write") << QStringLiteral("ok") << QString();
    QTest::newRow("remove, control")
        << QStringLiteral("remove") << QStringLiteral("a\nb") << QString();
}

void TestKeyVault::refusedBeforeAsking()
{
    QFETCH(QString, operation);
    QFETCH(QString, profile);
    QFETCH(QString, key);
    KeyVault vault;
    const KeyVaultResult result = operation == QLatin1String("read") ? readKey(vault, profile)
                                  : operation == QLatin1String("write")
                                      ? writeKey(vault, profile, key)
                                      : removeKey(vault, profile);
    EXPECT(result, Status::Failed);
    QVERIFY(!result.message.contains(QLatin1String("answer"))); // a reason, not a test helper's
}

void TestKeyVault::readBlocking()
{
    KeyVault vault;
    EXPECT(writeKey(vault, QStringLiteral("roundtrip"), Canary), Status::Ok);
    // Ok (not the "did not answer" of the timeout) is the keychain's answer;
    // the generous timeout only guards against a hang on a loaded machine.
    KeyVaultResult read =
        KeyVault::readBlocking(QStringLiteral("roundtrip"), std::chrono::milliseconds(HangGuardMs));
    EXPECT(read, Status::Ok);
    QCOMPARE(read.key, Canary);
    EXPECT(removeKey(vault, QStringLiteral("roundtrip")), Status::Ok);
    read = KeyVault::readBlocking(QStringLiteral("roundtrip"));
    EXPECT(read, Status::NotFound);
}

void TestKeyVault::readBlockingGivesUp()
{
    // With no time at all the keychain cannot answer first: the CLI's guard
    // against a prompt that nobody sees.
    const KeyVaultResult read =
        KeyVault::readBlocking(QStringLiteral("roundtrip"), std::chrono::milliseconds(0));
    EXPECT(read, Status::NoKeychain);
    QVERIFY2(read.message.contains(QLatin1String("did not answer")), qPrintable(read.message));
    // The abandoned job still ends, harmlessly, after its vault is gone.
    QTest::qWait(500);
    KeyVault vault;
    EXPECT(readKey(vault, QStringLiteral("roundtrip")), Status::NotFound);
}

void TestKeyVault::profileKeyStaysOutOfSettings()
{
    ProfileStore store;
    QCOMPARE(store.save({QStringLiteral("acme"), QStringLiteral("https://partner.example"), true}),
             QString());
    QVERIFY(store.setLastUsed(QStringLiteral("acme")));
    KeyVault vault;
    EXPECT(writeKey(vault, QStringLiteral("acme"), Canary), Status::Ok);
    const KeyVaultResult read = readKey(vault, QStringLiteral("acme"));
    EXPECT(read, Status::Ok);
    QCOMPARE(read.key, Canary);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("partner.example"));
    QVERIFY(!bytes.contains(Canary.toUtf8()));
}

// Through the code the window runs: ProfileController on the window's kind of
// widgets, its delete button clicked; the Secret Service itself is asked after.
void TestKeyVault::deletingAProfileDeletesItsKey()
{
    QComboBox profiles;
    profiles.setEditable(true);
    QCheckBox rememberKey;
    QPushButton save;
    QPushButton remove;
    QLineEdit key;
    ProfileController controller({&profiles, &rememberKey, &save, &remove, &key});
    QSignalSpy status(&controller, &ProfileController::statusMessage);
    const auto saveProfile = [&](const QString &name, const QString &secret) {
        profiles.setEditText(name);
        rememberKey.setChecked(true);
        key.setText(secret);
        controller.saveCurrent(QStringLiteral("https://partner.example"));
    };
    const QString acme = KeyVault::entryName(QStringLiteral("acme"));
    const QString other = KeyVault::entryName(QStringLiteral("other"));
    saveProfile(QStringLiteral("acme"), Canary);
    QTRY_COMPARE_WITH_TIMEOUT(storedItems(acme), 1, HangGuardMs);
    saveProfile(QStringLiteral("other"), Canary2);
    QTRY_COMPARE_WITH_TIMEOUT(storedItems(other), 1, HangGuardMs);

    // As the user does it: open the profile (its key comes back), then delete it.
    key.clear();
    controller.openProfile(QStringLiteral("acme"));
    QTRY_COMPARE_WITH_TIMEOUT(key.text(), Canary, HangGuardMs);
    QVERIFY(remove.isEnabled());
    remove.click();
    QCOMPARE(controller.profileNames(), QStringList{QStringLiteral("other")});
    QVERIFY(key.text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(storedItems(acme), 0, HangGuardMs);
    KeyVault vault;
    EXPECT(readKey(vault, QStringLiteral("acme")), Status::NotFound);

    // Only its own key: the other profile keeps its key.
    QCOMPARE(storedItems(other), 1);
    const KeyVaultResult kept = readKey(vault, QStringLiteral("other"));
    EXPECT(kept, Status::Ok);
    QCOMPARE(kept.key, Canary2);
    for (const QList<QVariant> &arguments : std::as_const(status))
        m_messages.append(arguments.constFirst().toString());
}

void TestKeyVault::cleanupTestCase()
{
    for (const QString &secret : {Canary, Canary2}) {
        for (const QString &message : std::as_const(m_messages))
            QVERIFY2(!message.contains(secret), qPrintable(message));
        for (const QString &line : LogCapture::lines())
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
    QSettings().clear();
}

QTEST_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
