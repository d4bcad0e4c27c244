#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# How close tokendesk-cli -j 32 comes to the floor that latency sets, beside
# curl --parallel doing the same 1000 requests, over HTTP/1.1, HTTPS
# (HTTP/1.1 over TLS) and HTTP/2 (over TLS, chosen by ALPN).
#
#   tests/benchmarks/cli-batch.sh PATH/TO/tokendesk-cli PATH/TO/tokendesk-sandbox
#
# (ctest -L benchmark runs it from the build tree.) The sandbox answers every
# request after 20 ms, so N requests C at a time take at least N*L/C. It speaks
# only HTTP/1.1, so the clients reach it through nghttpx (nghttp2's proxy, a
# real HTTP/2 and TLS server from Debian), which also resumes TLS sessions
# like a production front end and logs each request's connection: that log
# gives the connection counts. All three rows go through it, so they compare.
# Beside each tool's times, the processor time it used (user and system, GNU
# time's), which on a machine shared with the server slows everyone.
# Prints the figures; fails only when a run did not fetch all N tokens.
# TOKENDESK_BENCH_SMOKE=1: 50 tokens, one run each (CI's check that it runs).
set -euo pipefail

cli=${1:?usage: cli-batch.sh TOKENDESK_CLI TOKENDESK_SANDBOX}
sandbox=${2:?usage: cli-batch.sh TOKENDESK_CLI TOKENDESK_SANDBOX}
data=$(cd "$(dirname "$0")/../data" && pwd)
n=1000 runs=5
if [ "${TOKENDESK_BENCH_SMOKE:-0}" != 0 ]; then
  n=50 runs=1
fi
readonly n runs latency=20 concurrency=32
readonly key=demo-agency-key-0000
readonly bound=$((n * latency / concurrency))

fail() { echo "cli-batch: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || fail "needs /usr/bin/time (GNU time; scripts/install-deps.sh installs it)"
for tool in curl nghttpx; do
  command -v "$tool" > /dev/null || PATH=$PATH:/usr/sbin command -v "$tool" > /dev/null ||
    fail "needs $tool (scripts/install-deps.sh installs it)"
done
PATH=$PATH:/usr/sbin

work=$(mktemp -d)
sandbox_pid= proxy_pid=
cleanup() {
  [ -z "$proxy_pid" ] || kill "$proxy_pid" 2> /dev/null || true
  [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

start_sandbox() {
  : > "$work/sandbox-url"
  "$sandbox" --latency-ms "$latency" --customers "$n" > "$work/sandbox-url" &
  sandbox_pid=$!
  for _ in $(seq 100); do
    sandbox_url=$(head -n 1 "$work/sandbox-url")
    [ -z "$sandbox_url" ] || return 0
    sleep 0.1
  done
  fail "the sandbox printed no base URL"
}

# Starts nghttpx in front of the sandbox; sets base_url. $1: plain, h1 (TLS,
# ALPN offers only http/1.1) or h2 (TLS, ALPN offers h2 first). A random port
# may be taken: then another is tried.
start_proxy() {
  local mode=$1 attempt port tls=() frontend backend=${sandbox_url#http://}
  backend=${backend/:/,}
  case $mode in
    h1) tls=(--npn-list=http/1.1 "$data/sandbox-key.pem" "$data/sandbox-cert.pem") ;;
    h2) tls=(--npn-list=h2,http/1.1 "$data/sandbox-key.pem" "$data/sandbox-cert.pem") ;;
  esac
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    frontend="127.0.0.1,$port"
    base_url="https://localhost:$port"
    if [ "$mode" = plain ]; then
      frontend="$frontend;no-tls"
      base_url="http://127.0.0.1:$port"
    fi
    : > "$work/access.log"
    nghttpx --conf=/dev/null --workers=1 --no-ocsp --frontend="$frontend" \
      --backend="$backend" --backend-connections-per-frontend=0 \
      --backend-keep-alive-timeout=60s --frontend-keep-alive-timeout=60s \
      --accesslog-file="$work/access.log" \
      --accesslog-format='$remote_port $alpn $tls_session_reused $status' \
      --errorlog-file="$work/proxy.err" "${tls[@]}" 2>> "$work/proxy.err" &
    proxy_pid=$!
    for _ in $(seq 50); do
      kill -0 "$proxy_pid" 2> /dev/null || break
      curl -s -o /dev/null "${curl_tls[@]}" "$base_url/" && return 0
      sleep 0.1
    done
    kill "$proxy_pid" 2> /dev/null || true
    wait "$proxy_pid" 2> /dev/null || true
    proxy_pid=
  done
  fail "nghttpx did not start: $(tail -n 3 "$work/proxy.err")"
}

stop_proxy() {
  kill "$proxy_pid"
  wait "$proxy_pid" 2> /dev/null || true
  proxy_pid=
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

# What the access log says about the requests since line $1: the protocols,
# the connections (client ports) and how many of them resumed a TLS session.
# Sets connections, resumed, protocols.
read_log_since() {
  local from=$1
  tail -n "+$((from + 1))" "$work/access.log" > "$work/run.log"
  connections=$(cut -d' ' -f1 "$work/run.log" | sort -u | wc -l)
  resumed=$(awk '$3 == "r" { print $1 }' "$work/run.log" | sort -u | wc -l)
  protocols=$(cut -d' ' -f2 "$work/run.log" | sort -u | tr '\n' ' ')
  protocols=${protocols% }
}

log_lines() { wc -l < "$work/access.log"; }

# The processor time of the run just timed, in ms: GNU time's last line (an
# earlier one says when the command failed).
read_cpu() { tail -n 1 "$work/cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }'; }

run_cli() {
  local start status from
  from=$(log_lines)
  start=$(now_ms)
  status=0
  TOKENDESK_API_KEY=$key /usr/bin/time -o "$work/cpu" -f '%U %S' \
    "$cli" -j "$concurrency" -f jsonl --base-url "$base_url" \
    -i "$work/ids.txt" "${cli_tls[@]}" > "$work/cli.jsonl" || status=$?
  elapsed=$(($(now_ms) - start))
  cpu=$(read_cpu)
  [ "$status" -eq 0 ] || fail "tokendesk-cli exited with $status"
  local ok
  ok=$(grep -c '"ok":true' "$work/cli.jsonl" || true)
  [ "$ok" -eq "$n" ] || fail "tokendesk-cli fetched $ok tokens, not $n"
  sleep 0.2 # the proxy logs a request once its reply is sent
  read_log_since "$from"
}

run_curl() {
  local start from
  from=$(log_lines)
  start=$(now_ms)
  /usr/bin/time -o "$work/cpu" -f '%U %S' \
    curl -sS --no-progress-meter --parallel --parallel-max "$concurrency" "${curl_immediate[@]}" \
    "${curl_tls[@]}" -K "$work/curl.conf" -w '%{http_code} %{http_version}\n' \
    > "$work/curl.txt" 2> "$work/curl.err" || fail "curl failed: $(head -c 500 "$work/curl.err")"
  elapsed=$(($(now_ms) - start))
  cpu=$(read_cpu)
  local ok
  ok=$(grep -c '^200 ' "$work/curl.txt" || true)
  [ "$ok" -eq "$n" ] || fail "curl got $ok replies with status 200, not $n"
  sleep 0.2
  read_log_since "$from"
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# One table row: name, connections, resumed, protocols, the median processor
# time, then the run times.
row() {
  local name=$1 conns=$2 resumed=$3 protocol=$4 cpu=$5
  shift 5
  local mid
  mid=$(median "$@")
  printf '  %-14s' "$name"
  printf ' %6s' "$@"
  printf ' %8s %8s %6s %6s %8s  %s\n' "$mid" \
    "$(awk -v t="$mid" -v b="$bound" 'BEGIN { printf "%.2f", t / b }')" \
    "$cpu" "$conns" "$resumed" "$protocol"
}

benchmark() {
  local label=$1 mode=$2
  start_proxy "$mode"
  collect_ids
  local cli_times=() curl_times=() cli_cpu=() curl_cpu=() i
  local cli_conns cli_resumed cli_protocols curl_conns curl_resumed curl_protocols
  for i in $(seq "$runs"); do
    run_cli
    cli_times+=("$elapsed")
    cli_cpu+=("$cpu")
    cli_conns=$connections cli_resumed=$resumed cli_protocols=$protocols
    run_curl
    curl_times+=("$elapsed")
    curl_cpu+=("$cpu")
    curl_conns=$connections curl_resumed=$resumed curl_protocols=$protocols
  done
  stop_proxy

  echo
  echo "$label: $n tokens, $latency ms latency, $concurrency in flight," \
    "bound N*L/C = $n*$latency/$concurrency = $bound ms"
  printf '  %-14s' "tool"
  for i in $(seq "$runs"); do printf ' %6s' "run $i"; done
  printf ' %8s %8s %6s %6s %8s  %s\n' "median" "/bound" "cpu" "conns" "resumed" "protocol"
  row tokendesk-cli "$cli_conns" "$cli_resumed" "$cli_protocols" "$(median "${cli_cpu[@]}")" \
    "${cli_times[@]}"
  row curl "$curl_conns" "$curl_resumed" "$curl_protocols" "$(median "${curl_cpu[@]}")" \
    "${curl_times[@]}"
  echo "  times in ms; cpu: the median run's processor time (user and system), in ms;" \
    "conns: connections the last run opened, resumed: of them, those that resumed" \
    "a TLS session (nghttpx's access log)"
}

echo "cli-batch: $("$cli" --version), $(curl --version | head -n 1 | cut -d' ' -f1-2)," \
  "$(nghttpx --version | head -n 1), $(nproc) CPUs"
start_sandbox
cli_tls=()
curl_tls=()
# Over HTTP/1.1 curl opens its connections at once; over HTTP/2 it waits for
# the first, to carry every transfer on it as one stream each.
curl_immediate=(--parallel-immediate)
benchmark "HTTP/1.1" plain
cli_tls=(--ca-file "$data/sandbox-cert.pem")
curl_tls=(--cacert "$data/sandbox-cert.pem")
benchmark "HTTPS (HTTP/1.1 over TLS)" h1
curl_immediate=()
benchmark "HTTP/2 (over TLS)" h2
