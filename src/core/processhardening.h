// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenDesk {

// Keeps the tokens and the agency key in this process's memory out of crash
// dumps, and other programs of the same user out of that memory where the
// system allows it:
// - Linux: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0:
//   no core, no ptrace or /proc/PID/mem from the same user without
//   CAP_SYS_PTRACE);
// - macOS: no core file; in release builds no debugger (PT_DENY_ATTACH);
// - Windows: a process DACL that lets the user only wait for, query and end
//   the process (no PROCESS_VM_READ, so no MiniDumpWriteDump or
//   ReadProcessMemory from the user's other programs).
// It does not protect against an administrator or root, against malware
// running before TokenDesk starts, against swap, or against the tokens the
// user copies out. Returns false if a step failed; the caller goes on.
bool hardenProcess();

} // namespace TokenDesk
