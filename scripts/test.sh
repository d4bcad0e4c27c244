#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what TokenDesk needs (Debian 12, as root or with sudo), builds it
# with warnings as errors, and runs every test suite with CTest. The
# benchmarks have their own command, scripts/bench.sh.
#
# usage: scripts/test.sh [--preset dev|asan] [extra ctest arguments]
#   --preset asan builds and tests with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=dev
if [ "${1:-}" = "--preset" ]; then
  preset=$2
  shift 2
fi

scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

# Any undefined behaviour fails the run instead of scrolling past.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Leaks that are not ours, each with its reason in the file.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
# Tests that need a keychain get a real Secret Service: gnome-keyring,
# unlocked, on a private D-Bus session that ends with the run.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
dbus-run-session -- sh -c '
  eval "$(printf %s tokendesk-test | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  preset=$1
  shift
  ctest --preset "$preset" --output-on-failure --label-exclude benchmark "$@"
' ctest "$preset" "$@"
