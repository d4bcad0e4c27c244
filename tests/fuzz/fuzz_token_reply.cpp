// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The token endpoint's reply parser, its envelope check, and Retry-After.

#include "core/replyparser.h"
#include "fuzzstatus.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TokenDesk;
    int status = 0;
    QByteArray body;
    if (!Fuzz::splitStatusAndBody(data, size, &status, &body))
        return 0;

    const TokenResult result = parseTokenReply(status, body);
    (void)result;
    for (const PartnerEndpoint endpoint : {PartnerEndpoint::Token, PartnerEndpoint::CustomerList}) {
        const ReplyEnvelope envelope = checkReplyEnvelope(status, body, endpoint);
        // A failed envelope always says why, for the user.
        if (!envelope.ok && envelope.error.isEmpty())
            std::abort();
    }
    (void)errorKindForStatus(status);

    // The body as a Retry-After value, relative to a fixed now.
    static const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const auto retryAfter = parseRetryAfter(body, now);
    if (retryAfter && retryAfter->count() < 0)
        std::abort();
    return 0;
}
