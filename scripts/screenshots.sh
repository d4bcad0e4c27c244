#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's pictures in docs/: the main window, the customer
# list and the settings dialog, in English and in Arabic (right to left),
# from `tokendesk --demo` in a real X server (Xvfb), driven by the keyboard.
#
# usage: scripts/screenshots.sh [BUILD_DIR]   (default build/release; built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}

if [ -z "${TOKENDESK_SCREENSHOTS_INNER:-}" ]; then
  if [ ! -x "$build/src/app/tokendesk" ]; then
    scripts/install-deps.sh
    cmake --preset release
    cmake --build --preset release --target tokendesk
  fi
  export TOKENDESK_SCREENSHOTS_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

app=$PWD/$build/src/app/tokendesk
unset QT_QPA_PLATFORM
fail() { echo "FAIL: $*" >&2; exit 1; }

# Waits for a new visible top-level window of the process, other than $2.
window_of() {
  local pid=$1 other=${2:-} id
  for _ in $(seq 100); do
    for id in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do
      [ "$id" != "$other" ] && { echo "$id"; return 0; }
    done
    sleep 0.1
  done
  return 1
}

# shoot LANGUAGE SUFFIX: three pictures of the demo in that language.
shoot() {
  local language=$1 suffix=$2 home pid window dialog
  home=$(mktemp -d)
  mkdir -p "$home/.config/TokenDesk"
  # The language setting, as the settings dialog stores it.
  printf '[ui]\nlanguage=%s\n' "$language" >"$home/.config/TokenDesk/TokenDesk.conf"
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    "$app" --demo 2>"$home/app.err" &
  pid=$!
  window=$(window_of "$pid") || fail "no TokenDesk window appeared ($language)"
  xdotool windowsize --sync "$window" 1040 660 || true
  xdotool windowfocus --sync "$window"
  sleep 0.8

  # Alt+K reaches the key field (demo mode filled it in), where Enter fetches;
  # Alt+T the table, where Ctrl+C copies the first token.
  xdotool key alt+k Return
  sleep 2.5
  xdotool key alt+t ctrl+c
  sleep 1
  import -window "$window" "docs/screenshot-main$suffix.png"

  # Ctrl+2 shows the customer list (demo mode has loaded it).
  xdotool key ctrl+2
  sleep 1.5
  import -window "$window" "docs/screenshot-customers$suffix.png"

  xdotool key ctrl+comma
  dialog=$(window_of "$pid" "$window") || fail "no settings dialog ($language)"
  sleep 1
  import -window "$dialog" "docs/screenshot-settings$suffix.png"

  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$home"
  echo "docs/screenshot-{main,customers,settings}$suffix.png ($language)"
}

mkdir -p docs
shoot en ""
shoot ar "-ar"
