#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tokendesk-cli's memory per queued ID: N user IDs from a file, fetched from
# tokendesk-sandbox over loopback (every ID a customer with a token), once per
# output format. Prints the peak resident memory of each run, what it grew
# by over a run with one ID, per ID, and the time.
#
#   tests/benchmarks/cli-memory.sh [--ids N] [--formats "jsonl json csv table"]
#       [--max-bytes-per-id B] TOKENDESK_CLI TOKENDESK_SANDBOX BENCH_PEAKRSS
#
# --ids: default 1000000 (the figure the README gives); TOKENDESK_BENCH_SMOKE=1
# makes it 20000. --max-bytes-per-id: fail when a run grew by more than B
# bytes per ID (ctest's tst_cli_memory: a CLI that kept a row per ID again
# grows by well over 1 KB per ID). Each run must also write all N records
# with a token, in input order where the format promises it. Nothing is timed
# against a limit. Needs perl (Digest::SHA) to derive the sandbox's IDs.
set -euo pipefail

n=1000000
formats="jsonl json csv table"
max_bytes=
if [ "${TOKENDESK_BENCH_SMOKE:-0}" != 0 ]; then
  n=20000
fi
while [ $# -gt 0 ]; do
  case $1 in
    --ids) n=${2:?--ids needs a number}; shift 2 ;;
    --formats) formats=${2:?--formats needs a list}; shift 2 ;;
    --max-bytes-per-id) max_bytes=${2:?--max-bytes-per-id needs a number}; shift 2 ;;
    --) shift; break ;;
    -*) echo "cli-memory: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
cli=${1:?usage: cli-memory.sh [options] TOKENDESK_CLI TOKENDESK_SANDBOX BENCH_PEAKRSS}
sandbox=${2:?usage: cli-memory.sh [options] TOKENDESK_CLI TOKENDESK_SANDBOX BENCH_PEAKRSS}
peakrss=${3:?usage: cli-memory.sh [options] TOKENDESK_CLI TOKENDESK_SANDBOX BENCH_PEAKRSS}
readonly n formats max_bytes cli sandbox peakrss
readonly key=demo-agency-key-0000 concurrency=32

fail() { echo "cli-memory: $*" >&2; exit 1; }
command -v perl > /dev/null && perl -MDigest::SHA -e 1 2> /dev/null ||
  fail "needs perl with Digest::SHA"

work=$(mktemp -d)
sandbox_pid=
cleanup() {
  [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The sandbox's customer i has the ID sha1("tokendesk-sandbox-customer-i")
# cut to 24 hex digits (src/sandbox/sandboxdata.cpp).
perl -MDigest::SHA=sha1_hex -e \
  'for my $i (0 .. $ARGV[0] - 1) { print substr(sha1_hex("tokendesk-sandbox-customer-$i"), 0, 24), "\n" }' \
  "$n" > "$work/ids.txt"
head -n 1 "$work/ids.txt" > "$work/one.txt"

: > "$work/url"
"$sandbox" --customers "$n" > "$work/url" &
sandbox_pid=$!
base_url=
for _ in $(seq 1200); do
  base_url=$(head -n 1 "$work/url")
  [ -z "$base_url" ] || break
  kill -0 "$sandbox_pid" 2> /dev/null || fail "the sandbox ended"
  sleep 0.1
done
[ -n "$base_url" ] || fail "the sandbox printed no base URL"

# Runs the CLI on an ID file in a format; sets peak_kib and elapsed_ms.
run() {
  local ids=$1 format=$2 start status=0
  start=$(now_ms)
  TOKENDESK_API_KEY=$key "$peakrss" "$cli" -j "$concurrency" -f "$format" \
    --base-url "$base_url" -i "$ids" > "$work/out" 2> "$work/err" || status=$?
  elapsed_ms=$(($(now_ms) - start))
  [ "$status" -eq 0 ] || fail "tokendesk-cli -f $format exited with $status: $(tail -n 3 "$work/err")"
  peak_kib=$(sed -n 's/^peak resident memory: \([0-9]*\) KiB$/\1/p' "$work/err" | tail -n 1)
  [ -n "$peak_kib" ] || fail "no peak memory reported"
}

# Every ID has its record with a token, in input order where the format keeps it.
check_output() {
  local format=$1 got
  case $format in
    jsonl) got=$(grep -c '"ok":true' "$work/out" || true) ;;
    json)
      got=$(grep -o '"userId":"[^"]*","ok":true' "$work/out" | cut -d'"' -f4 |
        cmp -s - "$work/ids.txt" && echo "$n" || echo "out of order") ;;
    csv)
      got=$(tail -n +2 "$work/out" | grep ',true,' | cut -d, -f1 |
        cmp -s - "$work/ids.txt" && echo "$n" || echo "out of order") ;;
    table)
      got=$(tail -n +2 "$work/out" | grep -v ' Failed: ' | awk '{ print $1 }' |
        cmp -s - "$work/ids.txt" && echo "$n" || echo "out of order") ;;
  esac
  [ "$got" = "$n" ] || fail "-f $format wrote $got records with a token, not $n"
}

echo "cli-memory: $("$cli" --version), $n IDs, -j $concurrency, $(nproc) CPUs"
printf '  %-6s %12s %14s %12s %10s\n' format "peak KiB" "baseline KiB" "bytes/ID" "time s"
worst=0
for format in $formats; do
  run "$work/one.txt" "$format"
  baseline_kib=$peak_kib
  run "$work/ids.txt" "$format"
  check_output "$format"
  per_id=$(((peak_kib - baseline_kib) * 1024 / n))
  [ "$per_id" -gt "$worst" ] && worst=$per_id
  printf '  %-6s %12s %14s %12s %10s\n' "$format" "$peak_kib" "$baseline_kib" "$per_id" \
    "$(awk -v t="$elapsed_ms" 'BEGIN { printf "%.1f", t / 1000 }')"
done
echo "memory: at most $worst bytes per ID over $n IDs"
if [ -n "$max_bytes" ] && [ "$worst" -gt "$max_bytes" ]; then
  fail "a run grew by $worst bytes per ID, more than the $max_bytes allowed"
fi
