#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what TokenDesk needs (Debian 12), builds it and starts the window
# in demo mode, against the built-in sandbox: no account and no key needed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target tokendesk
exec build/release/src/app/tokendesk --demo "$@"
