#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# How close tokendesk-cli -j 32 comes to the floor that latency sets, beside
# curl --parallel doing the same 1000 requests, over HTTP and HTTPS.
#
#   tests/benchmarks/cli-batch.sh PATH/TO/tokendesk-cli PATH/TO/tokendesk-sandbox
#
# (ctest -L benchmark runs it from the build tree.) The sandbox answers every
# request after 20 ms, so N requests C at a time take at least N*L/C. Prints
# the figures; fails only when a run did not fetch all N tokens.
# TOKENDESK_BENCH_SMOKE=1: 50 tokens, one run each (CI's check that it runs).
set -euo pipefail

cli=${1:?usage: cli-batch.sh TOKENDESK_CLI TOKENDESK_SANDBOX}
sandbox=${2:?usage: cli-batch.sh TOKENDESK_CLI TOKENDESK_SANDBOX}
data=$(cd "$(dirname "$0")/../data" && pwd)
n=1000 runs=3
if [ "${TOKENDESK_BENCH_SMOKE:-0}" != 0 ]; then
  n=50 runs=1
fi
readonly n runs latency=20 concurrency=32
readonly key=demo-agency-key-0000
readonly bound=$((n * latency / concurrency))

command -v curl > /dev/null || { echo "cli-batch: needs curl" >&2; exit 1; }
work=$(mktemp -d)
sandbox_pid=
cleanup() {
  [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "cli-batch: $*" >&2; exit 1; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Starts the sandbox with extra arguments; sets base_url.
start_sandbox() {
  # Emptied here: the redirection below happens in the background job, maybe
  # after the first read, which would then find the last sandbox's address.
  : > "$work/url"
  "$sandbox" --latency-ms "$latency" --customers "$n" "$@" > "$work/url" &
  sandbox_pid=$!
  for _ in $(seq 100); do
    base_url=$(head -n 1 "$work/url")
    [ -z "$base_url" ] || return 0
    sleep 0.1
  done
  fail "the sandbox printed no base URL"
}

stop_sandbox() {
  kill "$sandbox_pid"
  wait "$sandbox_pid" 2> /dev/null || true
  sandbox_pid=
}

# The customers' ids, read from the list a page at a time until an empty page.
collect_ids() {
  : > "$work/ids.txt"
  local page
  for page in $(seq 1000); do
    curl -sf "${curl_tls[@]}" -H "authtype: Key" -H "Authorization: Bearer $key" \
      "$base_url/customer/list?page=$page&sort=createdAt" |
      grep -o '"_id":"[^"]*"' | cut -d'"' -f4 > "$work/page.txt" || true
    [ -s "$work/page.txt" ] || break
    cat "$work/page.txt" >> "$work/ids.txt"
  done
  [ "$(sort -u "$work/ids.txt" | wc -l)" -eq "$n" ] ||
    fail "the list gave $(wc -l < "$work/ids.txt") ids, not $n"
  {
    echo "header = \"authtype: Key\""
    echo "header = \"Authorization: Bearer $key\""
    while read -r id; do
      echo "url = \"$base_url/ext/get-user-token?userId=$id\""
      echo "output = \"/dev/null\""
    done < "$work/ids.txt"
  } > "$work/curl.conf"
}

run_cli() {
  local start status
  start=$(now_ms)
  status=0
  TOKENDESK_API_KEY=$key "$cli" -j "$concurrency" -f jsonl --base-url "$base_url" \
    -i "$work/ids.txt" "${cli_tls[@]}" > "$work/cli.jsonl" || status=$?
  elapsed=$(($(now_ms) - start))
  [ "$status" -eq 0 ] || fail "tokendesk-cli exited with $status"
  local ok
  ok=$(grep -c '"ok":true' "$work/cli.jsonl" || true)
  [ "$ok" -eq "$n" ] || fail "tokendesk-cli fetched $ok tokens, not $n"
}

run_curl() {
  local start
  start=$(now_ms)
  curl -sS --no-progress-meter --parallel --parallel-max "$concurrency" --parallel-immediate \
    "${curl_tls[@]}" -K "$work/curl.conf" -w '%{http_code} %{http_version}\n' \
    > "$work/curl.txt" 2> "$work/curl.err" || fail "curl failed: $(head -c 500 "$work/curl.err")"
  elapsed=$(($(now_ms) - start))
  local ok
  ok=$(grep -c '^200 ' "$work/curl.txt" || true)
  [ "$ok" -eq "$n" ] || fail "curl got $ok replies with status 200, not $n"
  curl_http=$(cut -d' ' -f2 "$work/curl.txt" | sort -u | tr '\n' ' ')
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# One table row: name, then the times of the runs.
row() {
  local name=$1
  shift
  local mid
  mid=$(median "$@")
  printf '  %-14s' "$name"
  printf ' %6s' "$@"
  printf ' %8s %8s\n' "$mid" "$(awk -v t="$mid" -v b="$bound" 'BEGIN { printf "%.2f", t / b }')"
}

benchmark() {
  local label=$1
  shift
  start_sandbox "$@"
  collect_ids
  local cli_times=() curl_times=() i
  for i in $(seq "$runs"); do
    run_cli
    cli_times+=("$elapsed")
    run_curl
    curl_times+=("$elapsed")
  done
  local protocols="no TLS, so no ALPN; Qt does not try h2c: both HTTP/1.1"
  if [ ${#curl_tls[@]} -gt 0 ]; then
    protocols="the sandbox offers only http/1.1, so Qt used HTTP/1.1 too"
    if command -v openssl > /dev/null; then
      protocols="$protocols (asked for h2,http/1.1, it chose: $(openssl s_client \
        -connect "127.0.0.1:${base_url##*:}" -servername localhost -alpn h2,http/1.1 \
        < /dev/null 2> /dev/null | sed -n 's/^ALPN protocol: //p'))"
    fi
  fi
  stop_sandbox

  echo
  echo "$label: $n tokens, $latency ms latency, $concurrency in flight," \
    "bound N*L/C = $n*$latency/$concurrency = $bound ms"
  printf '  %-14s' "tool"
  for i in $(seq "$runs"); do printf ' %6s' "run $i"; done
  printf ' %8s %8s\n' "median" "/bound"
  row tokendesk-cli "${cli_times[@]}"
  row curl "${curl_times[@]}"
  echo "  times in ms; curl used HTTP/${curl_http% }; $protocols"
}

echo "cli-batch: $("$cli" --version), $(curl --version | head -n 1 | cut -d' ' -f1-2)," \
  "$(nproc) CPUs"
cli_tls=()
curl_tls=()
benchmark "HTTP"
cli_tls=(--ca-file "$data/sandbox-cert.pem")
curl_tls=(--cacert "$data/sandbox-cert.pem")
benchmark "HTTPS" --tls-cert "$data/sandbox-cert.pem" --tls-key "$data/sandbox-key.pem"
