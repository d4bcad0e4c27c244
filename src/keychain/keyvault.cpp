// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvault.h"

#include "core/profilestore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace TokenDesk {

namespace {

using Status = KeyVaultResult::Status;

// What to do when there is no keychain, for this platform.
QString noKeychainSentence(const QString &detail)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return KeyVault::tr("No keychain is available (%1). Install and start a Secret Service such "
                        "as GNOME Keyring or KWallet; until then the key is kept in memory for "
                        "this session only.")
        .arg(detail);
#else
    return KeyVault::tr("The system keychain could not be used (%1); until it can, the key is "
                        "kept in memory for this session only.")
        .arg(detail);
#endif
}

// Maps QtKeychain's outcome. Every error but a missing entry means "no
// keychain": QtKeychain 0.13 reports an absent Secret Service or KWallet as
// OtherError, not NoBackendAvailable. secret is cut out of QtKeychain's text.
KeyVaultResult resultOf(const QKeychain::Job &job, const QString &profile, const QString &secret)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound,
                {},
                KeyVault::tr("No agency key is stored in the keychain for the profile “%1”.")
                    .arg(profile)};
    case QKeychain::AccessDeniedByUser:
        return {Status::NoKeychain,
                {},
                KeyVault::tr("Access to the keychain was refused; until it is allowed, the key "
                             "is kept in memory for this session only.")};
    default:
        break;
    }
    QString detail = job.errorString();
    if (!secret.isEmpty())
        detail.replace(secret, QLatin1String("***"));
    if (detail.isEmpty())
        detail = KeyVault::tr("error %1").arg(static_cast<int>(job.error()));
    return {Status::NoKeychain, {}, noKeychainSentence(detail)};
}

// Jobs have no parent and delete themselves when finished: deleting one that
// is still waiting on the keychain would leave QtKeychain's callbacks with a
// dangling pointer. Connections made with the vault as context end with it.
void setUp(QKeychain::Job *job, const QString &profile)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeyVault::entryName(profile));
}

} // namespace

KeyVault::KeyVault(QObject *parent)
    : QObject(parent)
{}

KeyVault::~KeyVault() = default;

QString KeyVault::serviceName()
{
    return QStringLiteral("TokenDesk");
}

// The Windows credential store ignores the service, so the entry names it too.
QString KeyVault::entryName(const QString &profile)
{
    return serviceName() + QLatin1Char('/') + profile;
}

void KeyVault::finish(Operation operation, const QString &profile, const KeyVaultResult &result)
{
    switch (operation) {
    case Operation::Read:
        Q_EMIT readFinished(profile, result);
        break;
    case Operation::Write:
        Q_EMIT writeFinished(profile, result);
        break;
    case Operation::Remove:
        Q_EMIT removeFinished(profile, result);
        break;
    }
}

bool KeyVault::refuse(Operation operation, const QString &profile, const QString &problem)
{
    if (problem.isEmpty())
        return false;
    // Later, like an answer from the keychain, so callers handle one path.
    QTimer::singleShot(0, this, [this, operation, profile, problem] {
        finish(operation, profile, {Status::Failed, {}, problem});
    });
    return true;
}

void KeyVault::read(const QString &profile)
{
    if (refuse(Operation::Read, profile, profileNameProblem(profile)))
        return;
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    setUp(job, profile);
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        KeyVaultResult result = resultOf(*done, profile, {});
        if (result.ok())
            result.key = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        finish(Operation::Read, profile, result);
    });
    job->start();
}

void KeyVault::write(const QString &profile, const QString &key)
{
    const QString problem =
        key.isEmpty() ? tr("There is no key to store.") : profileNameProblem(profile);
    if (refuse(Operation::Write, profile, problem))
        return;
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    setUp(job, profile);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, profile, key](QKeychain::Job *done) {
        finish(Operation::Write, profile, resultOf(*done, profile, key));
    });
    job->start();
}

void KeyVault::remove(const QString &profile)
{
    if (refuse(Operation::Remove, profile, profileNameProblem(profile)))
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    setUp(job, profile);
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        finish(Operation::Remove, profile, resultOf(*done, profile, {}));
    });
    job->start();
}

KeyVaultResult KeyVault::readBlocking(const QString &profile, std::chrono::milliseconds timeout)
{
    KeyVault vault;
    QEventLoop loop;
    std::optional<KeyVaultResult> answer;
    connect(&vault, &KeyVault::readFinished, &loop,
            [&answer, &loop](const QString &, const KeyVaultResult &result) {
                answer = result;
                loop.quit();
            });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    vault.read(profile);
    loop.exec();
    if (answer)
        return *answer;
    const auto seconds = static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(timeout + std::chrono::milliseconds(999))
            .count());
    return {Status::NoKeychain,
            {},
            tr("The keychain did not answer within %Ln second(s); it may be waiting for a "
               "password prompt. Unlock it and try again.",
               nullptr, seconds)};
}

} // namespace TokenDesk
