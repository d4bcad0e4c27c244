// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenDesk {

// Whether this platform can switch Nagle's algorithm off on the sockets of
// QNetworkAccessManager, which Qt (6.4 to 6.8) leaves on and never exposes.
bool canSetNoDelayOnQtSockets();

// Sets TCP_NODELAY on every connected TCP socket of this process that does
// not have it yet, and returns how many it changed (0 where the platform
// cannot: see canSetNoDelayOnQtSockets).
//
// Why: over HTTP/2 many requests share one connection, and with Nagle on,
// a request written while an earlier one is still unacknowledged waits for
// the server's next packet: measured here, 1,000 requests 32 at a time took
// twice the time latency sets. Every TCP socket of TokenDesk is one of its
// requests' (or the demo sandbox's), so none of them wants Nagle.
int setNoDelayOnTcpConnections();

} // namespace TokenDesk
