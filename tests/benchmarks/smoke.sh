#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one benchmark at its smoke size (TOKENDESK_BENCH_SMOKE=1: tiny sizes,
# one run) and checks that it ended well and printed each of its figures.
# Asserts nothing about time.
#
#   smoke.sh --expect REGEX [--expect REGEX...] -- COMMAND [ARGUMENTS...]
#
# Each REGEX (grep -E) must match a line of what COMMAND printed.
set -euo pipefail

expect=()
while [ $# -gt 0 ]; do
  case $1 in
    --expect)
      expect+=("${2:?--expect needs a regular expression}")
      shift 2
      ;;
    --)
      shift
      break
      ;;
    *)
      echo "smoke: usage: smoke.sh --expect REGEX... -- COMMAND [ARGUMENTS...]" >&2
      exit 2
      ;;
  esac
done
if [ $# -eq 0 ] || [ ${#expect[@]} -eq 0 ]; then
  echo "smoke: usage: smoke.sh --expect REGEX... -- COMMAND [ARGUMENTS...]" >&2
  exit 2
fi

output=$(mktemp)
trap 'rm -f "$output"' EXIT
status=0
TOKENDESK_BENCH_SMOKE=1 "$@" > "$output" 2>&1 || status=$?
cat "$output"
if [ "$status" -ne 0 ]; then
  echo "smoke: $(basename "$1") exited with status $status" >&2
  exit 1
fi
missing=0
for pattern in "${expect[@]}"; do
  if ! grep -Eq -- "$pattern" "$output"; then
    echo "smoke: $(basename "$1") printed no line matching: $pattern" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1
echo "smoke: $(basename "$1") ran and printed its ${#expect[@]} figures"
