#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# How long TokenDesk takes to show its first painted window, beside a bare Qt
# Widgets window of the same size and beside TokenDesk's own forms alone, on
# the same machine, offscreen and (when xvfb-run is there) on an X server:
#
#   tests/benchmarks/startup.sh TOKENDESK_PROBE FORMS FORMS_LIBS BARE_WINDOW [RUNS]
#
# (ctest -L benchmark runs it from the build tree.) The four programs print
# when their window was first painted and quit: TokenDesk as
# bench_startup_probe, the window program of tokendesk's main()
# (runWindowProgram) with that exit added, which the shipped program does not
# have; its forms as bench_startup_forms (startup_forms.cpp: the .ui forms in
# TokenDesk's style, nothing behind them); the same forms as
# bench_startup_forms_libs, linked with the libraries TokenDesk adds to Qt
# Widgets (Qt Network, QtKeychain), which it loads but never calls; the bare
# window as bench_startup_bare. Each runs once to warm the caches, then RUNS
# times (default 11), taking turns. Every run gets a fresh, empty HOME and XDG
# folders and a session bus that does not exist, so no keychain is asked.
# Prints the medians of time to first paint, of the whole run and of peak RSS,
# the best time to first paint (steadier on a busy machine), and the ratios:
# TokenDesk to the bare window (the goal), the forms to the bare window (what
# the widgets on screen cost), the forms with the libraries to the bare window
# (the least any TokenDesk that loads them before its paint can take) and
# TokenDesk to that (what TokenDesk's own code costs). Fails only when a run
# did not paint; the goal (TokenDesk within 1.3x the bare window) is reported,
# not enforced, because a busy machine moves every figure.
# TOKENDESK_BENCH_SMOKE=1 makes RUNS 1 (CI's check that it runs).
set -euo pipefail

usage="usage: startup.sh TOKENDESK_PROBE FORMS FORMS_LIBS BARE_WINDOW [RUNS]"
tokendesk=${1:?$usage}
forms=${2:?$usage}
forms_libs=${3:?$usage}
bare=${4:?$usage}
runs=${5:-11}
[ "${TOKENDESK_BENCH_SMOKE:-0}" = 0 ] || runs=1
platform=${STARTUP_PLATFORM:-offscreen}
readonly goal=1.3

[ -x /usr/bin/time ] || { echo "startup: needs /usr/bin/time (GNU time) for peak RSS" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "startup: $*" >&2; exit 1; }

# One run of a program; appends its figures (ms to first paint, ms in all, KB peak RSS).
run_once() {
  local program=$1 out=$2
  local home="$work/home"
  rm -rf "$home" "$work/runtime"
  mkdir -p "$home" "$work/runtime"
  chmod 700 "$work/runtime"
  local start end paint
  start=$EPOCHREALTIME
  env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" QT_QPA_PLATFORM="$platform" \
    ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    /usr/bin/time -f '%M' -o "$work/rss" timeout 30 "$program" > "$work/stdout" 2> "$work/stderr" ||
    fail "$(basename "$program") failed: $(head -c 400 "$work/stderr")"
  end=$EPOCHREALTIME
  paint=$(sed -n 's/^first-paint-us //p' "$work/stdout")
  [ -n "$paint" ] || fail "$(basename "$program") never painted its window"
  local start_us=${start/./} end_us=${end/./}
  echo "$(((paint - start_us) / 1000)).$(((paint - start_us) % 1000 / 100)) $(((end_us - start_us) / 1000)) $(tail -n 1 "$work/rss")" >> "$out"
}

declare -A medians

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# name, file of figures: one table row of medians.
row() {
  local paint total rss best
  paint=$(cut -d' ' -f1 "$2" | median)
  best=$(cut -d' ' -f1 "$2" | sort -n | head -n 1)
  total=$(cut -d' ' -f2 "$2" | median)
  rss=$(cut -d' ' -f3 "$2" | median)
  printf '  %-20s %10s %10s %10s %10s\n' "$1" "$paint" "$total" \
    "$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')" "$best"
  medians[$1]="$paint $total $rss $best"
}

# numerator, denominator: one row of ratios between two programs' medians.
ratio() {
  awk -v name="$1/$2" -v t="${medians[$1]}" -v b="${medians[$2]}" 'BEGIN {
      split(t, tv, " "); split(b, bv, " ")
      printf "  %-20s %9.2fx %9.2fx %9.2fx %9.2fx\n", name,
        tv[1] / bv[1], tv[2] / bv[2], tv[3] / bv[3], tv[4] / bv[4]
    }'
}

series() {
  local program
  local -A path=([bare]=$bare [forms]=$forms [forms+libs]=$forms_libs [tokendesk]=$tokendesk)
  local -a order=(bare forms forms+libs tokendesk)
  for program in "${order[@]}"; do : > "$work/$program.txt"; done
  # Warms the page cache for all four.
  for program in "${order[@]}"; do run_once "${path[$program]}" /dev/null; done
  for _ in $(seq "$runs"); do
    for program in "${order[@]}"; do run_once "${path[$program]}" "$work/$program.txt"; done
  done
  echo
  echo "startup, QT_QPA_PLATFORM=$platform: median of $runs runs after a warm-up, $(nproc) CPUs"
  printf '  %-20s %10s %10s %10s %10s\n' "program" "paint ms" "total ms" "RSS MB" "best paint"
  for program in "${order[@]}"; do row "$program" "$work/$program.txt"; done
  ratio tokendesk bare
  ratio forms bare
  ratio forms+libs bare
  ratio tokendesk forms+libs
  awk -v t="${medians[tokendesk]}" -v f="${medians[forms+libs]}" -v b="${medians[bare]}" \
    -v goal="$goal" 'BEGIN {
      split(t, tv, " "); split(f, fv, " "); split(b, bv, " ")
      printf "  goal: the median first paint within %.1fx that of the bare window: %s\n", goal,
        (tv[1] / bv[1] <= goal ? "met" : "NOT met")
      printf "  the forms with the libraries alone: %.2fx, %s the goal\n", fv[1] / bv[1],
        (fv[1] / bv[1] <= goal ? "within" : "over")
    }'
}

series
if [ "$platform" = offscreen ] && [ -z "${STARTUP_NO_XVFB:-}" ]; then
  if command -v xvfb-run > /dev/null; then
    STARTUP_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$tokendesk" "$forms" "$forms_libs" "$bare" "$runs"
  else
    echo
    echo "startup: no xvfb-run, so no figures under an X server"
  fi
fi
