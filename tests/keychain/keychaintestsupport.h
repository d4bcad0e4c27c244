// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keychain/keyvault.h"

#include <QMutex>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace TokenDesk::Testing {

// Every log line the process writes while it is alive, to search for secrets.
class LogCapture final
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    Q_DISABLE_COPY_MOVE(LogCapture)

    static QStringList lines()
    {
        const QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        {
            const QMutexLocker lock(&s_mutex);
            s_lines.append(text);
        }
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

// Starts an operation and waits for the signal that ends it; the signal must
// come later, never inside the call.
template <typename Signal, typename Start>
KeyVaultResult await(KeyVault &vault, const QString &profile, Signal signal, Start start)
{
    QSignalSpy spy(&vault, signal);
    start();
    if (!spy.isEmpty())
        return {KeyVaultResult::Status::Failed, {}, QStringLiteral("answered inside the call")};
    if (!spy.wait(15000))
        return {KeyVaultResult::Status::Failed, {}, QStringLiteral("no answer (test timeout)")};
    if (spy.size() != 1)
        return {KeyVaultResult::Status::Failed, {}, QStringLiteral("more than one answer")};
    const QList<QVariant> arguments = spy.takeFirst();
    if (arguments.at(0).toString() != profile)
        return {KeyVaultResult::Status::Failed, {}, QStringLiteral("answered another profile")};
    return arguments.at(1).value<KeyVaultResult>();
}

inline KeyVaultResult readKey(KeyVault &vault, const QString &profile)
{
    return await(vault, profile, &KeyVault::readFinished, [&] { vault.read(profile); });
}

inline KeyVaultResult writeKey(KeyVault &vault, const QString &profile, const QString &key)
{
    return await(vault, profile, &KeyVault::writeFinished, [&] { vault.write(profile, key); });
}

inline KeyVaultResult removeKey(KeyVault &vault, const QString &profile)
{
    return await(vault, profile, &KeyVault::removeFinished, [&] { vault.remove(profile); });
}

inline const char *statusName(KeyVaultResult::Status status)
{
    switch (status) {
    case KeyVaultResult::Status::Ok:
        return "Ok";
    case KeyVaultResult::Status::NotFound:
        return "NotFound";
    case KeyVaultResult::Status::NoKeychain:
        return "NoKeychain";
    case KeyVaultResult::Status::Failed:
        return "Failed";
    }
    return "?";
}

} // namespace TokenDesk::Testing
