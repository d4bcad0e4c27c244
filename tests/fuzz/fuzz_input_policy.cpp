// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The checks on what the user types: base URL, agency key, user IDs, members.

#include "core/inputpolicy.h"

#include <QString>

#include <cstdlib>

namespace {

void checkText(const QString &text)
{
    using namespace TokenDesk;
    const BaseUrlCheck url = checkBaseUrl(text);
    if (url.ok()) {
        // What passes is https, or http to a loopback host: nothing else.
        const QString scheme = url.url.scheme();
        if (scheme != QLatin1String("https") &&
            !(scheme == QLatin1String("http") && isLoopbackHost(url.url.host())))
            std::abort();
    }
    (void)isLoopbackHost(text);

    const AgencyKeyCheck key = checkAgencyKey(text);
    if (key.ok()) {
        // A key that passes can go into a header as it is.
        for (const QChar c : key.key) {
            if (c.unicode() > 0xff || c.unicode() < 0x20 || c.unicode() == 0x7f)
                std::abort();
        }
    }
    (void)userIdProblem(text);
    (void)memberTypeFromText(text);
    (void)memberEmailProblem(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *chars = reinterpret_cast<const char *>(data);
    const auto length = static_cast<qsizetype>(size);
    checkText(QString::fromUtf8(chars, length));
    checkText(QString::fromLatin1(chars, length));
    return 0;
}
