// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processhardening.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>

#include <aclapi.h>

#include <vector>
#else
#include <sys/resource.h>
#endif

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

#if defined(Q_OS_MACOS)
#include <sys/ptrace.h>
#include <sys/types.h>
#endif

namespace TokenDesk {

namespace {

#if defined(Q_OS_WIN)
// The user's own SID, from the process token.
std::vector<BYTE> currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    const bool read = size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    if (!read)
        return {};
    const PSID sid = reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid;
    if (!IsValidSid(sid))
        return {};
    const auto *first = static_cast<const BYTE *>(sid);
    return std::vector<BYTE>(first, first + GetLengthSid(sid));
}

// Everything not allowed here is denied, PROCESS_VM_READ included. The
// "owner rights" entry stops the owner from granting itself more through
// WRITE_DAC.
bool restrictProcessAccess()
{
    std::vector<BYTE> user = currentUserSid();
    BYTE ownerRights[SECURITY_MAX_SID_SIZE];
    DWORD ownerRightsSize = sizeof ownerRights;
    if (user.empty() ||
        !CreateWellKnownSid(WinCreatorOwnerRightsSid, nullptr, ownerRights, &ownerRightsSize))
        return false;

    const DWORD aclSize = sizeof(ACL) + 2 * sizeof(ACCESS_ALLOWED_ACE) +
                          static_cast<DWORD>(user.size()) + ownerRightsSize;
    std::vector<BYTE> aclBuffer(aclSize);
    auto *acl = reinterpret_cast<PACL>(aclBuffer.data());
    if (!InitializeAcl(acl, aclSize, ACL_REVISION) ||
        !AddAccessAllowedAce(acl, ACL_REVISION,
                             SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_TERMINATE,
                             user.data()) ||
        !AddAccessAllowedAce(acl, ACL_REVISION, READ_CONTROL, ownerRights))
        return false;
    return SetSecurityInfo(GetCurrentProcess(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION,
                           nullptr, nullptr, acl, nullptr) == ERROR_SUCCESS;
}
#endif

} // namespace

bool hardenProcess()
{
    bool hardened = true;
#if defined(Q_OS_WIN)
    hardened = restrictProcessAccess();
#else
    rlimit noCore{};
    hardened = setrlimit(RLIMIT_CORE, &noCore) == 0;
#endif
#if defined(Q_OS_LINUX)
    hardened = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && hardened;
#endif
#if defined(Q_OS_MACOS) && defined(QT_NO_DEBUG)
    // Only in release builds: a developer's debugger must still attach.
    hardened = ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && hardened;
#endif
    return hardened;
}

} // namespace TokenDesk
