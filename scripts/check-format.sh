#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every C++ source and header is formatted as .clang-format says,
# with Debian 12's clang-format 14 (installed with apt-get when missing). The
# files are git's tracked ones plus new ones not yet added (its ignore rules
# keep build trees out), the same as the format-check target. Changes nothing;
# names each unformatted file, shows the change clang-format would make to
# the first few, and exits 1. Needs no build tree, so CI runs it first.
#
#   scripts/check-format.sh [--diffs N]     (default: the diffs of 3 files)
#
# To fix: cmake --build build/dev --target format
set -euo pipefail
cd "$(dirname "$0")/.."

diffs=3
if [ "${1:-}" = "--diffs" ]; then
  diffs=$2
  shift 2
fi
[ $# -eq 0 ] || { echo "check-format: unknown argument $1 (--diffs N)" >&2; exit 2; }

if ! command -v clang-format-14 > /dev/null && ! command -v clang-format > /dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends clang-format
fi
clang_format=$(command -v clang-format-14 || command -v clang-format) || {
  echo "check-format: no clang-format-14 or clang-format on the PATH" >&2
  exit 2
}
version=$("$clang_format" --version)
case $version in
  *"version 14."*) ;;
  *) echo "check-format: warning: $clang_format is not clang-format 14 ($version); the tree is formatted with 14" >&2 ;;
esac

if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  mapfile -t listed < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
  mapfile -t listed < <(find src tests -name '*.cpp' -o -name '*.h'; find packaging -name '*.cpp')
fi
files=()
for file in "${listed[@]}"; do
  [ -f "$file" ] && files+=("$file") # tracked but deleted here: nothing to check
done
[ ${#files[@]} -gt 0 ] || { echo "check-format: no C++ files found" >&2; exit 2; }

# One clang-format for all the files; it names each place that would change.
status=0
output=$("$clang_format" --style=file --dry-run --Werror "${files[@]}" 2>&1) || status=$?
mapfile -t bad < <(printf '%s\n' "$output" |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ "$status" -ne 0 ] && [ ${#bad[@]} -eq 0 ]; then
  printf '%s\n' "$output" >&2
  echo "check-format: $clang_format failed (exit $status)" >&2
  exit 2
fi
if [ ${#bad[@]} -eq 0 ]; then
  echo "check-format: all ${#files[@]} files are formatted ($version)"
  exit 0
fi

echo "check-format: ${#bad[@]} of ${#files[@]} files are not formatted ($version):"
printf '  %s\n' "${bad[@]}"
shown=0
for file in "${bad[@]}"; do
  [ "$shown" -lt "$diffs" ] || break
  echo
  diff -u --label "$file" --label "$file (formatted)" "$file" \
    <("$clang_format" --style=file "$file") || true
  shown=$((shown + 1))
done
if [ ${#bad[@]} -gt "$diffs" ]; then
  echo
  echo "(the diffs of the first $diffs files only; --diffs N shows more)"
fi
echo "check-format: to fix them: cmake --build build/dev --target format" >&2
exit 1
