// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpnodelay.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#endif

namespace TokenDesk {

#ifdef Q_OS_UNIX
namespace {
// Descriptors are handed out lowest first, so a process with a few dozen
// connections has them far below this.
constexpr int HighestDescriptorLooked = 4096;

bool isConnectedTcpSocket(int fd)
{
    int type = 0;
    socklen_t length = sizeof type;
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return false;
    sockaddr_storage peer{};
    socklen_t peerLength = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
        return false;
    return peer.ss_family == AF_INET || peer.ss_family == AF_INET6;
}
} // namespace

bool canSetNoDelayOnQtSockets()
{
    return true;
}

int setNoDelayOnTcpConnections()
{
    // POSIX lets sysconf say -1 where there is no fixed limit.
    const long openMax = ::sysconf(_SC_OPEN_MAX);
    const int last = openMax > 0
                         ? static_cast<int>(std::min<long>(openMax, HighestDescriptorLooked))
                         : HighestDescriptorLooked;
    int changed = 0;
    for (int fd = 0; fd < last; ++fd) {
        if (!isConnectedTcpSocket(fd))
            continue;
        int noDelay = 0;
        socklen_t length = sizeof noDelay;
        if (::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length) != 0 || noDelay)
            continue;
        noDelay = 1;
        if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay) == 0)
            ++changed;
    }
    return changed;
}
#else
// Windows hands out socket handles that cannot be listed from here; there
// TokenDesk does not offer HTTP/2 (NetworkPool), so nothing needs it.
bool canSetNoDelayOnQtSockets()
{
    return false;
}

int setNoDelayOnTcpConnections()
{
    return 0;
}
#endif

} // namespace TokenDesk
