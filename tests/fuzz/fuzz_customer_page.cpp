// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One page of GET /customer/list, and each customer written back as JSON.

#include "core/customerparser.h"
#include "fuzzstatus.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TokenDesk;
    int status = 0;
    QByteArray body;
    if (!Fuzz::splitStatusAndBody(data, size, &status, &body))
        return 0;

    const CustomerPageResult result = parseCustomerPage(status, body);
    if (result.ok) {
        if (result.skipped < 0)
            std::abort();
        for (const Customer &customer : result.customers)
            (void)customerToJson(customer);
    } else if (!result.customers.isEmpty() || result.error.isEmpty()) {
        // A failure holds no customers and says why.
        std::abort();
    }
    return 0;
}
