// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Agency profiles in the real window. Built twice: against the Secret Service
// that scripts/test.sh starts, and (TOKENDESK_NO_KEYCHAIN) with no session bus.
#include "app/window/mainwindow.h"
#include "core/partnerapi.h"
#include "keychain/keyvault.h"
#include "sandbox/sandboxserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace TokenDesk;

namespace {
const QString CanaryKey = QStringLiteral("CANARY-profile-key-7d41aa");
const QString ProfileName = QStringLiteral("Acme agency");

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
#ifndef TOKENDESK_NO_KEYCHAIN
    void remembersTheKeyInTheKeychainOnly();
#else
    void keepsTheKeyInMemoryWithoutAKeychain();
#endif

private:
    void saveProfile(bool rememberKey);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PartnerApi> m_api;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestProfiles::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    m_sandbox->setAgencyKey(CanaryKey);
    QVERIFY(m_sandbox->listen());
    m_api = std::make_unique<PartnerApi>();
    QCOMPARE(m_api->setBaseUrl(m_sandbox->baseUrl().toString()), QString());
    m_window = std::make_unique<MainWindow>(m_api.get());
    m_window->show();
}

void TestProfiles::cleanup()
{
    m_window.reset();
    m_api.reset();
    m_sandbox.reset();
}

void TestProfiles::saveProfile(bool rememberKey)
{
    m_window->findChild<QLineEdit *>(QStringLiteral("agencyKeyEdit"))->setText(CanaryKey);
    m_window->findChild<QComboBox *>(QStringLiteral("profileComboBox"))->setEditText(ProfileName);
    m_window->findChild<QCheckBox *>(QStringLiteral("rememberKeyCheckBox"))
        ->setChecked(rememberKey);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
}

#ifndef TOKENDESK_NO_KEYCHAIN
void TestProfiles::remembersTheKeyInTheKeychainOnly()
{
    saveProfile(true);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().contains(QLatin1String("system keychain")), 10000);
    QVERIFY(!settingsFileBytes().contains("CANARY"));
    QVERIFY(settingsFileBytes().contains(m_sandbox->baseUrl().toString().toLatin1()));

    // A new window opens the last profile: its address and its key come back.
    m_window.reset();
    m_api = std::make_unique<PartnerApi>(); // the production address until the profile says
    m_window = std::make_unique<MainWindow>(m_api.get());
    m_window->openLastProfile();
    auto *key = m_window->findChild<QLineEdit *>(QStringLiteral("agencyKeyEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(key->text(), CanaryKey, 10000);
    QCOMPARE(m_api->baseUrl(), m_sandbox->baseUrl());
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("profileComboBox"))->currentText(),
             ProfileName);

    // The settings dialog lists the profile and opens it too.
    m_window->showSettings();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    auto *dialogProfiles = dialog->findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QCOMPARE(dialogProfiles->count(), 1);
    QCOMPARE(dialogProfiles->currentText(), ProfileName);
    key->clear();
    Q_EMIT dialogProfiles->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(key->text(), CanaryKey, 10000);
    dialog->close();

    // Deleting the profile deletes its key from the keychain.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("deleteProfileButton")),
                      Qt::LeftButton);
    QVERIFY(key->text().isEmpty());
    KeyVault vault;
    QSignalSpy read(&vault, &KeyVault::readFinished);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            read.clear();
            vault.read(ProfileName);
            return read.wait(5000) && read.constFirst().at(1).value<KeyVaultResult>().status ==
                                          KeyVaultResult::Status::NotFound;
        }(),
        10000);
    QVERIFY(!settingsFileBytes().contains(ProfileName.toUtf8()));
}
#else
void TestProfiles::keepsTheKeyInMemoryWithoutAKeychain()
{
    saveProfile(true);
    // Said once, with what to install; the key stays in the field, never in a file.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(QStringLiteral("noticeMessageBox")),
                             10000);
    auto *notice = m_window->findChild<QMessageBox *>(QStringLiteral("noticeMessageBox"));
    QVERIFY2(notice->text().contains(QLatin1String("Secret Service")), qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(CanaryKey));
    notice->close();
    auto *key = m_window->findChild<QLineEdit *>(QStringLiteral("agencyKeyEdit"));
    QCOMPARE(key->text(), CanaryKey);
    QVERIFY(!settingsFileBytes().contains("CANARY"));
    // Fetching still works with the key in memory.
    auto *ids = m_window->findChild<QPlainTextEdit *>(QStringLiteral("userIdsEdit"));
    ids->setPlainText(m_sandbox->sampleUserIds(1).constFirst());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("fetchButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(
        m_window->statusBar()->currentMessage().startsWith(QLatin1String("Done: 1 active")));
}
#endif

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
