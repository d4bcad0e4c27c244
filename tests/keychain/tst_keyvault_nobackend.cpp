// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeyVault where no Secret Service can be reached: every operation says so,
// at once and with what to install, and nothing is stored anywhere else.
#include "keychaintestsupport.h"

#include "keychain/keyvault.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Testing;
using Status = KeyVaultResult::Status;

namespace {

const QString Canary = QStringLiteral("canary-NOBACKEND-c4a91e27d05b");
const QLatin1String InstallSentence(
    "Install and start a Secret Service such as GNOME Keyring or KWallet; until then the key "
    "is kept in memory for this session only.");
constexpr qint64 QuickMs = 5000; // well under readBlocking's 10 s: no waiting on a timeout

} // namespace

class TestKeyVaultNoBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationSaysNoKeychain_data();
    void everyOperationSaysNoKeychain();
    void readBlockingAnswersAtOnce();
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
    QElapsedTimer clock;
    clock.start();
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
    QVERIFY2(clock.elapsed() < QuickMs, qPrintable(QString::number(clock.elapsed())));
}

void TestKeyVaultNoBackend::readBlockingAnswersAtOnce()
{
    QElapsedTimer clock;
    clock.start();
    const KeyVaultResult result = KeyVault::readBlocking(QStringLiteral("acme"));
    QCOMPARE(static_cast<int>(result.status), static_cast<int>(Status::NoKeychain));
    QVERIFY2(result.message.contains(InstallSentence), qPrintable(result.message));
    QVERIFY2(clock.elapsed() < QuickMs, qPrintable(QString::number(clock.elapsed())));
}

void TestKeyVaultNoBackend::nothingStoredInPlainText()
{
    KeyVault vault;
    QCOMPARE(static_cast<int>(writeKey(vault, QStringLiteral("plain"), Canary).status),
             static_cast<int>(Status::NoKeychain));
    QDirIterator files(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Canary.toUtf8()), qPrintable(file.fileName()));
    }
    for (const QString &line : LogCapture::lines())
        QVERIFY2(!line.contains(Canary), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestKeyVaultNoBackend)
#include "tst_keyvault_nobackend.moc"
