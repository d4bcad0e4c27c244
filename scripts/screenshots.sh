#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes pictures of `tokendesk --demo` in a real X server (Xvfb), driven by
# the keyboard only, as a new member of staff would meet it.
#
# usage: scripts/screenshots.sh [BUILD_DIR]
#          the README's gallery in docs/: English and Arabic (window, customer
#          list, settings), Hindi (window), and the window at scale 2
#          (QT_SCALE_FACTOR=2)
#        scripts/screenshots.sh --walk OUT_DIR [BUILD_DIR]
#          every window and dialog at 1024x768 and 1920x1080, scale 1 and 2,
#          in English, Hindi and Arabic, into OUT_DIR for review
# BUILD_DIR defaults to build/release, which is built if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

walk=
if [ "${1:-}" = --walk ]; then
  walk=$(realpath -m "$2")
  shift 2
fi
build=${1:-build/release}
app=$PWD/$build/src/app/tokendesk

if [ -z "${TOKENDESK_SCREENSHOTS_SCREEN:-}" ]; then
  if [ ! -x "$app" ]; then
    scripts/install-deps.sh
    cmake --preset release
    cmake --build --preset release --target tokendesk
  fi
  # One X server a screen size; the inner run takes the pictures of that size.
  run_on() {
    TOKENDESK_SCREENSHOTS_SCREEN=$1 TOKENDESK_SCREENSHOTS_SCALES=$2 \
      xvfb-run -a -s "-screen 0 ${1}x24" "$0" ${walk:+--walk "$walk"} "$build"
  }
  if [ -n "$walk" ]; then
    mkdir -p "$walk"
    run_on 1024x768 "1 2"
    run_on 1920x1080 "1 2"
  else
    run_on 1280x800 1
    run_on 2560x1600 2
  fi
  exit 0
fi

unset QT_QPA_PLATFORM
screen=$TOKENDESK_SCREENSHOTS_SCREEN
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

# Waits until the window $2 of the process has gone.
gone() {
  local pid=$1 window=$2
  for _ in $(seq 50); do
    xdotool search --onlyvisible --pid "$pid" 2>/dev/null | grep -qx "$window" || return 0
    sleep 0.1
  done
  return 1
}

# dialog PID WINDOW KEYS PICTURE: opens a dialog with KEYS, takes it, closes it
# with Escape.
dialog() {
  local pid=$1 window=$2 keys=$3 picture=$4 opened
  xdotool windowfocus --sync "$window"
  # shellcheck disable=SC2086 # KEYS is a list of key names
  xdotool key $keys
  opened=$(window_of "$pid" "$window") || fail "no dialog after '$keys' ($picture)"
  sleep 1
  import -window "$opened" "$picture"
  xdotool windowfocus --sync "$opened" key Escape
  gone "$pid" "$opened" || fail "Escape did not close the dialog of '$keys' ($picture)"
}

# shoot LANGUAGE SCALE PREFIX WHAT: pictures of the demo in that language;
# WHAT is "gallery" (the README's) or "walk" (every window and dialog).
shoot() {
  local language=$1 scale=$2 prefix=$3 what=$4 home pid window
  home=$(mktemp -d)
  mkdir -p "$home/.config/TokenDesk"
  mkdir -m 700 "$home/runtime"
  # The language setting, as the settings dialog stores it.
  printf '[ui]\nlanguage=%s\n' "$language" >"$home/.config/TokenDesk/TokenDesk.conf"
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    XDG_RUNTIME_DIR=$home/runtime \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    QT_SCALE_FACTOR=$scale "$app" --demo 2>"$home/app.err" &
  pid=$!
  window=$(window_of "$pid") || fail "no TokenDesk window appeared ($language)"
  if [ "$what" = gallery ]; then
    xdotool windowsize --sync "$window" $((1040 * scale)) $((660 * scale)) || true
  fi
  xdotool windowfocus --sync "$window"
  sleep 1
  [ "$what" = walk ] && import -window "$window" "${prefix}1-start.png"

  # Alt+K reaches the key field (demo mode filled it in), where Enter fetches;
  # Alt+T the table, where Ctrl+C copies the first token.
  xdotool key alt+k Return
  sleep 2.5
  xdotool key alt+t ctrl+c
  sleep 1
  import -window "$window" "${prefix}main.png"

  # Ctrl+2 shows the customer list (demo mode has loaded it); the gallery
  # shows it in English and Arabic only.
  if [ "$what" = walk ] || { [ "$language" != hi ] && [ "$scale" = 1 ]; }; then
    xdotool key ctrl+2
    sleep 1.5
    import -window "$window" "${prefix}customers.png"
  fi

  if [ "$what" = gallery ]; then
    [ "$scale" = 1 ] && [ "$language" != hi ] && dialog "$pid" "$window" ctrl+comma "${prefix}settings.png"
  else
    dialog "$pid" "$window" ctrl+comma "${prefix}settings.png"
    dialog "$pid" "$window" F1 "${prefix}shortcuts.png"
    dialog "$pid" "$window" "alt+h a" "${prefix}about.png"
    dialog "$pid" "$window" ctrl+o "${prefix}import.png"
    xdotool key ctrl+1
    dialog "$pid" "$window" ctrl+e "${prefix}export-confirm.png"
    # The whole screen: the window as large as it goes.
    xdotool windowsize --sync "$window" 100% 100% || true
    xdotool windowmove --sync "$window" 0 0 || true
    sleep 1
    import -window "$window" "${prefix}main-full.png"
  fi

  kill "$pid"
  wait "$pid" 2>/dev/null || true
  if grep -q . "$home/app.err"; then
    echo "standard error of the window ($language, scale $scale):" >&2
    cat "$home/app.err" >&2
  fi
  rm -rf "$home"
  echo "${prefix}*.png ($language, scale $scale, screen $screen)"
}

mkdir -p docs
for scale in $TOKENDESK_SCREENSHOTS_SCALES; do
  if [ -n "$walk" ]; then
    for language in en hi ar; do
      shoot "$language" "$scale" "$walk/$screen-x$scale-$language-" walk
    done
  elif [ "$scale" = 1 ]; then
    shoot en 1 docs/screenshot- gallery
    shoot ar 1 docs/screenshot-ar- gallery
    shoot hi 1 docs/screenshot-hi- gallery
  else
    shoot en "$scale" "docs/screenshot-x$scale-" gallery
  fi
done
