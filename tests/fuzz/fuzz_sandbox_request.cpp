// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP/1.1 request-head parser and query decoding.

#include "sandbox/httpmessage.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TokenDesk::Sandbox;
    const QByteArrayView buffer(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const ParseResult result = parseRequest(buffer);
    switch (result.status) {
    case ParseStatus::Complete: {
        if (result.consumed <= 0 || result.consumed > buffer.size())
            std::abort();
        const HttpRequest &request = result.request;
        (void)percentDecode(request.path);
        (void)parseQuery(request.rawQuery);
        (void)queryValue(request.rawQuery, u"userId");
        (void)request.header("content-length");
        break;
    }
    case ParseStatus::Malformed:
        if (result.error.isEmpty())
            std::abort();
        break;
    case ParseStatus::NeedMoreData:
        break;
    }
    // The raw bytes as a query, too.
    (void)parseQuery(buffer);
    return 0;
}
