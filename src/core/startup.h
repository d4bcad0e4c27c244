// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenDesk {

// Who the programs are, from CMake's project() and TOKENDESK_APP_ID.
struct ProgramIdentity
{
    QString name;         // "TokenDesk"
    QString organization; // "TokenDesk": with the name, where QSettings keeps its file
    QString version;      // project(VERSION)
    QString desktopId;    // the desktop file's and AppStream's ID
};
ProgramIdentity programIdentity();

// The start both programs share, right after their application object and
// before their command line is read: the process hardened against crash
// dumps (hardenProcess), the names and version (so --version,
// and QSettings finds the window's settings and profiles from the CLI too),
// and the system's proxy settings (a corporate TLS proxy works with
// --ca-file; loopback never goes through a proxy, see PartnerApi).
void startProgram();

// --verbose: the tokendesk.* debug lines (each request and reply, never the
// key or a token) go to standard error. Off by default.
void logRequests();

} // namespace TokenDesk
