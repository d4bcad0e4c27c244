// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>

namespace TokenDesk {

struct KeyVaultResult
{
    enum class Status {
        Ok,
        NotFound,   // the keychain works but holds no key for the profile
        NoKeychain, // none to be had: keep the key in memory for the session
        Failed,     // refused before the keychain was asked (an unusable name or key)
    };
    Status status = Status::Failed;
    QString key;     // what read() found; empty otherwise
    QString message; // one sentence for the user when not Ok; never the key
    bool ok() const { return status == Status::Ok; }
};

// The agency key of each profile in the operating system's keychain through
// QtKeychain (Secret Service, Credential Manager, Keychain), as the entry
// "TokenDesk/<profile>" of the service "TokenDesk". Never a plain-text
// fallback. Each operation ends with its signal, always later, never inside
// the call.
class KeyVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVault)

public:
    static constexpr std::chrono::milliseconds DefaultBlockingTimeout{10000};

    explicit KeyVault(QObject *parent = nullptr);
    ~KeyVault() override;

    static QString serviceName();
    static QString entryName(const QString &profile);

    void read(const QString &profile);
    void write(const QString &profile, const QString &key);
    void remove(const QString &profile);

    // read() on a local event loop, for the CLI: NoKeychain when the keychain
    // has not answered within timeout (say, a password prompt nobody sees).
    static KeyVaultResult readBlocking(const QString &profile,
                                       std::chrono::milliseconds timeout = DefaultBlockingTimeout);

Q_SIGNALS:
    void readFinished(const QString &profile, const TokenDesk::KeyVaultResult &result);
    void writeFinished(const QString &profile, const TokenDesk::KeyVaultResult &result);
    void removeFinished(const QString &profile, const TokenDesk::KeyVaultResult &result);

private:
    enum class Operation { Read, Write, Remove };
    // Answers with Failed, later, when problem is not empty.
    bool refuse(Operation operation, const QString &profile, const QString &problem);
    void finish(Operation operation, const QString &profile, const KeyVaultResult &result);
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::KeyVaultResult)
