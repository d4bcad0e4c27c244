// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What most integration suites start with: a PartnerApi aimed at a sandbox.
#pragma once

#include "core/partnerapi.h"
#include "sandbox/sandboxserver.h"

#include <chrono>

namespace TokenDesk {

// Points api at the sandbox with the demo key and a 30 s timeout: far more than
// any healthy loopback request takes on a busy machine, so no test fails by
// its deadline firing by chance; tests of the deadline set their own. Returns
// the problems PartnerApi reported, empty when both were accepted.
inline QString connectToSandbox(PartnerApi &api, const Sandbox::SandboxServer &sandbox)
{
    const QString problems = api.setBaseUrl(sandbox.baseUrl().toString()) +
                             api.setAgencyKey(Sandbox::SandboxServer::demoKey());
    api.setTimeout(std::chrono::seconds(30));
    return problems;
}

} // namespace TokenDesk
