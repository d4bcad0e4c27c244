#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what TokenDesk needs (Debian 12, as root or with sudo), builds it
# with warnings as errors, and runs every test suite with CTest. The
# benchmarks have their own command, scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev

# Tests that need a keychain get a real Secret Service: gnome-keyring,
# unlocked, on a private D-Bus session that ends with the run.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
dbus-run-session -- sh -c '
  eval "$(printf %s tokendesk-test | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  ctest --preset dev --output-on-failure --label-exclude benchmark "$@"
' ctest "$@"
