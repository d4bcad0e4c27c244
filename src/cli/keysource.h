// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace TokenDesk {
struct RunConfig;
}

namespace TokenDesk::Cli {

struct KeyChoice
{
    QString key;     // trimmed; empty when there is none
    QString problem; // why there is no usable key, or empty
};

// The agency key from the one source resolveConfig() chose (never an
// argument): the first line of standard input (typed unechoed on a
// terminal), TOKENDESK_API_KEY, the profile's key in the keychain, or the
// sandbox's demo key. Reads standard input or the keychain only when that is
// the source. The problem says how to give a key.
KeyChoice readAgencyKey(const RunConfig &config, QIODevice *standardInput);

} // namespace TokenDesk::Cli
