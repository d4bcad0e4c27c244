#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target in tests/fuzz for a fixed time.
#   scripts/fuzz.sh [SECONDS]      (default 60 seconds per target)
# Builds with clang++-14 -fsanitize=fuzzer,address,undefined in build/fuzz,
# starts from the committed corpus in tests/fuzz/corpus/<target> and writes new
# inputs to build/fuzz/new-corpus/<target> (the committed corpus is only read).
# Crashers land in build/fuzz/crashes/<target>/: fix the bug, then copy the
# crasher into tests/fuzz/corpus/<target>/ as a regression seed. Exits 1 when
# any target crashed.
set -euo pipefail

duration="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/fuzz"
targets=(token_reply customer_page id_file input_policy sandbox_request)

missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi

# Our code is instrumented for coverage and sanitizers; only the fuzz
# executables link libFuzzer's main (see tests/fuzz/CMakeLists.txt).
cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DTOKENDESK_FUZZ=ON >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
summary=()
for t in "${targets[@]}"; do
  newdir="$build/new-corpus/$t"
  crashdir="$build/crashes/$t"
  log="$build/logs/$t.log"
  mkdir -p "$newdir" "$crashdir" "$(dirname "$log")"
  echo "== fuzz_$t for ${duration}s"
  status=0
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$crashdir/" \
    "$newdir" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  crashes="$(find "$crashdir" -type f | wc -l)"
  if [ "$status" -ne 0 ]; then
    failed=1
    grep -m3 -E 'ERROR|runtime error|deadly signal' "$log" || true
    echo "   log: $log"
  fi
  summary+=("$(printf '%-16s %12s %10s %8s %6s' "$t" "${execs:-?}" "${rate:-?}" "$crashes" "$status")")
done

echo
printf '%-16s %12s %10s %8s %6s\n' target executions exec/s crashes exit
printf '%s\n' "${summary[@]}"
echo "(${duration}s per target; new inputs in $build/new-corpus, crashers in $build/crashes)"
exit "$failed"
