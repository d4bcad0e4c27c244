#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark once at a tiny size in an existing build and checks
# that each ends well and prints its figures (tests/benchmarks/smoke.sh): so
# the benchmarks behind the README's figures cannot stop working unseen.
# Nothing is timed against a limit, so a Debug build will do. Among them,
# tokendesk-cli's memory per queued ID at 20,000 IDs in each format
# (tests/benchmarks/cli-memory.sh; the full run is 1,000,000).
#
#   scripts/bench-smoke.sh [BUILD_DIR]     (default build/dev, built)
#
# For the figures themselves, scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
[ -f "$build/CTestTestfile.cmake" ] || {
  echo "bench-smoke: no tests in $build: configure and build it first" >&2
  exit 2
}
scripts/install-deps.sh > /dev/null
ctest --test-dir "$build" -L '^benchmark-smoke$' --output-on-failure --no-tests=error
