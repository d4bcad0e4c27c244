// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeyVault where no Secret Service can be reached: every operation says so,
// with what to install, and nothing is stored anywhere else. Run twice by
// CTest: as on GNOME and most desktops (QtKeychain picks libsecret, which has
// no plain-text fallback), and as on KDE 4 (QtKeychain picks KWallet, whose
// fallback writes keys in plain text to a settings file when asked to).
#include "keychaintestsupport.h"

#include "keychain/keyvault.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace TokenDesk;
using namespace TokenDesk::Testing;
using Status = KeyVaultResult::Status;

namespace {

const QString Canary = QStringLiteral("canary-NOBACKEND-c4a91e27d05b");
const QLatin1String InstallSentence(
    "Install and start a Secret Service such as GNOME Keyring or KWallet; until then the key "
    "is kept in memory for this session only.");
// What QtKeychain's own plain-text fallback writes in the control.
const QString ControlCanary = QStringLiteral("canary-FALLBACK-CONTROL-7f3e20");

// Whether QtKeychain has a plain-text fallback here: only KWallet has one, and
// QtKeychain picks it from these variables (CTest's tst_keyvault_nobackend_kwallet).
bool kwalletFallbackExpected()
{
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP") == QLatin1String("KDE") &&
           qEnvironmentVariable("KDE_SESSION_VERSION") == QLatin1String("4");
}

// Every file under dir, and those of them that hold text.
QStringList filesUnder(const QString &dir, const QString &text = QString())
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("unreadable: ") + file.fileName()};
        if (text.isEmpty() || file.readAll().contains(text.toUtf8()))
            found.append(file.fileName());
    }
    found.sort();
    return found;
}

} // namespace

class TestKeyVaultNoBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationSaysNoKeychain_data();
    void everyOperationSaysNoKeychain();
    void readBlockingAnswersBeforeItsTimeout();
    void nothingStoredInPlainText();

private:
    LogCapture m_log;
    QTemporaryDir m_config;
};

void TestKeyVaultNoBackend::initTestCase()
{
    // Also set by CTest; here too, so that running the binary alone proves the same.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QVERIFY(m_config.isValid());
    // Where a plain-text fallback would write: searched afterwards.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
}

void TestKeyVaultNoBackend::everyOperationSaysNoKeychain_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestKeyVaultNoBackend::everyOperationSaysNoKeychain()
{
    QFETCH(QString, operation);
    const QString profile = QStringLiteral("acme");
    KeyVault vault;
    // The answer is QtKeychain's failure, not a test timeout ("no answer"):
    // KeyVault has no timeout of its own here, so nothing to wait out.
    const KeyVaultResult result = operation == QLatin1String("write")
                                      ? writeKey(vault, profile, Canary)
                                  : operation == QLatin1String("read") ? readKey(vault, profile)
                                                                       : removeKey(vault, profile);
    QVERIFY2(result.status == Status::NoKeychain,
             qPrintable(QLatin1String(statusName(result.status)) + QLatin1String(": ") +
                        result.message));
    QVERIFY2(result.message.contains(InstallSentence), qPrintable(result.message));
    QVERIFY(!result.message.contains(Canary));
    QVERIFY(result.key.isEmpty());
}

// The CLI's blocking read ends with the missing keychain's own answer, not by
// waiting out its timeout, whose message differs: that tells them apart
// without timing anything.
void TestKeyVaultNoBackend::readBlockingAnswersBeforeItsTimeout()
{
    const KeyVaultResult result = KeyVault::readBlocking(QStringLiteral("acme"));
    QCOMPARE(static_cast<int>(result.status), static_cast<int>(Status::NoKeychain));
    QVERIFY2(result.message.contains(InstallSentence), qPrintable(result.message));
    QVERIFY2(!result.message.contains(QLatin1String("did not answer")), qPrintable(result.message));
}

void TestKeyVaultNoBackend::nothingStoredInPlainText()
{
    // The control: QtKeychain's own plain-text fallback, switched on for one
    // entry, shows where such a fallback writes and that the search finds it.
    // Only KWallet has one; elsewhere the control fails as KeyVault does.
    auto *control = new QKeychain::WritePasswordJob(KeyVault::serviceName());
    control->setAutoDelete(true);
    control->setInsecureFallback(true);
    control->setKey(KeyVault::entryName(QStringLiteral("control")));
    control->setTextData(ControlCanary);
    std::optional<QKeychain::Error> controlError;
    connect(control, &QKeychain::Job::finished, this,
            [&controlError](QKeychain::Job *job) { controlError = job->error(); });
    control->start();
    QTRY_VERIFY_WITH_TIMEOUT(controlError.has_value(), 15000);
    QCOMPARE(*controlError == QKeychain::NoError, kwalletFallbackExpected());
    const QStringList controlFiles = filesUnder(m_config.path(), ControlCanary);
    QCOMPARE(controlFiles.size(), kwalletFallbackExpected() ? 1 : 0);
    // Nothing else is there: whatever an operation of the vault wrote so far
    // (everyOperationSaysNoKeychain stored Canary too) would show here.
    QCOMPARE(filesUnder(m_config.path()), controlFiles);

    KeyVault vault;
    QCOMPARE(static_cast<int>(writeKey(vault, QStringLiteral("plain"), Canary).status),
             static_cast<int>(Status::NoKeychain));
    QCOMPARE(filesUnder(m_config.path()), controlFiles);
    QCOMPARE(filesUnder(m_config.path(), Canary), QStringList());
    for (const QString &line : LogCapture::lines())
        QVERIFY2(!line.contains(Canary), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestKeyVaultNoBackend)
#include "tst_keyvault_nobackend.moc"
