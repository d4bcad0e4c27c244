#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what TokenDesk needs, builds the optimised preset and runs the
# benchmarks, which print their figures (they assert nothing about speed):
# the batch and table benchmarks, and bench_startup, TokenDesk's time to its
# first painted window beside a bare Qt window (tests/benchmarks/startup.sh).
# Pass ctest options to choose, e.g. scripts/bench.sh -R bench_startup
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release -L '^benchmark$' --verbose "$@" 2>&1 |
  grep -vE 'propagateSizeHints|^[0-9]+: (PASS|QDEBUG)'
