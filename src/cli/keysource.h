// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QIODevice;

namespace TokenDesk::Cli {

// The first line of in, without its line end; nullopt at end of input.
// When in is a terminal, the line is typed after a prompt on standard error
// and not echoed, so the key does not stay on the screen.
std::optional<QString> readKeyLine(QIODevice *in, bool inIsTerminal);

struct KeyChoice
{
    QString key;     // trimmed; empty when there is none
    QString problem; // why there is no usable key, or empty
};

// The agency key from, in this order: the line from --key-stdin, the
// environment variable TOKENDESK_API_KEY, fallbackKey (the --profile's key
// from the keychain, or the sandbox's demo key with --demo).
// Never from an argument. The problem says how to give a key.
KeyChoice chooseAgencyKey(const std::optional<QString> &stdinLine, bool keyStdin,
                          const QString &environmentKey, const QString &fallbackKey);

} // namespace TokenDesk::Cli
