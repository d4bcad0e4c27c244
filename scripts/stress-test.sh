#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole suite (scripts/test.sh) several times in a row while busy
# loops keep every core loaded, to find tests that pass only on a quiet
# machine. Prints one line a run and a summary; exits non-zero if any run
# failed. The logs of failed runs are kept and named.
#
# usage: scripts/stress-test.sh [--preset dev|asan] [--runs N] [--hogs N] [extra ctest arguments]
#   defaults: --preset dev --runs 10 --hogs 2 (one busy loop per core here)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=dev
runs=10
hogs=2
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --hogs) hogs=$2; shift 2 ;;
    *) break ;;
  esac
done

logs=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-stress.XXXXXX")
hog_pids=()
stop_hogs() {
  [ ${#hog_pids[@]} -eq 0 ] || kill "${hog_pids[@]}" 2>/dev/null || true
}
trap stop_hogs EXIT

# Build once before the load starts, so every run below tests, not compiles.
scripts/test.sh --preset "$preset" -N >"$logs/build.log" 2>&1 || {
  echo "stress-test: the build failed, see $logs/build.log" >&2
  exit 2
}

for _ in $(seq "$hogs"); do
  sh -c 'while :; do :; done' &
  hog_pids+=($!)
done

passed=0
failed=0
for run in $(seq "$runs"); do
  start=$(date +%s)
  log="$logs/run-$run.log"
  if scripts/test.sh --preset "$preset" "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "run $run/$runs: passed in $(($(date +%s) - start)) s ($(grep -Eo '[0-9]+% tests passed.*' "$log"))"
    rm -f "$log"
  else
    failed=$((failed + 1))
    echo "run $run/$runs: FAILED in $(($(date +%s) - start)) s, log: $log"
    grep -E '^\s+[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)' "$log" || true
  fi
done

stop_hogs
echo "stress-test ($preset, $hogs busy loops): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
