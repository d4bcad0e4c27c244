#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The demo as a person meets it: `tokendesk --demo` in a real X server,
# driven with the keyboard. It fetches the sample tokens, copies the first
# one, and checks the clipboard against the sandbox and the badge on screen.
#
# usage: demo-smoke.sh TOKENDESK TOKENDESK_SANDBOX [SCREENSHOT.png]
set -euo pipefail
app=$1
sandbox=$2
shot=${3:-$(mktemp --suffix=.png)}

if [ -z "${TOKENDESK_SMOKE_INNER:-}" ]; then
  export TOKENDESK_SMOKE_INNER=1
  exec xvfb-run -a -s "-screen 0 1100x700x24" "$0" "$@"
fi

unset QT_QPA_PLATFORM
export LANG=C.UTF-8 LC_ALL=C.UTF-8
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# No fixed sleeps: each step polls for what it waits for, every 0.2 s, up to
# a generous bound that only guards against a hang (a loaded machine is slow,
# not wrong). usage: poll SECONDS COMMAND...
poll() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# The sandbox's data is deterministic: ask a separate instance for the
# first sample customer's token, to compare with what the window copies.
"$sandbox" >"$work/sandbox.url" & pids+=($!)
poll 60 test -s "$work/sandbox.url" || fail "the reference sandbox printed no address"
base=$(head -1 "$work/sandbox.url")
auth=(-H "authtype: Key" -H "Authorization: Bearer demo-agency-key-0000")
first_id=$(curl -sf "${auth[@]}" "$base/customer/list?page=1" | grep -o '"_id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)
expected=$(curl -sf "${auth[@]}" "$base/ext/get-user-token?userId=$first_id" | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
[ -n "$expected" ] || fail "the reference sandbox gave no token"

"$app" --demo 2>"$work/app.err" & pids+=($!)
window=$(timeout 60 xdotool search --sync --onlyvisible --name 'TokenDesk' | head -1) ||
  fail "no TokenDesk window appeared"
has_focus() { xdotool windowfocus "$window" 2>/dev/null; [ "$(xdotool getwindowfocus)" = "$window" ]; }
poll 60 has_focus || fail "the window never got the keyboard focus"

# Alt+K moves to the key field (filled in by demo mode), where Enter fetches.
xdotool key --window "$window" alt+k Return
# Until the first row has its token: Alt+T (the "Tokens" label's mnemonic)
# moves to the table, Ctrl+Home to row 1, Ctrl+C copies it. A row still being
# fetched has no token, and copying it leaves the clipboard as it was; Alt+K
# first, so that Alt+T always enters the table afresh.
copied_first() {
  xdotool key --window "$window" alt+k alt+t ctrl+Home ctrl+c
  copied=$(xclip -o -selection clipboard 2>/dev/null || true)
  [ "$copied" = "$expected" ]
}
poll 60 copied_first || fail "the clipboard holds '${copied:0:6}…', not the first sample's token"
xclip -o -selection clipboard -t TARGETS | grep -qx 'x-kde-passwordManagerHint' ||
  fail "the copied token is not marked secret for clipboard managers"

# The Active badge's green (#1b6e32) and the Inactive badge's amber (#8a5a00)
# are on screen once the fetch has shown both kinds of customer.
badges_shown() {
  import -window "$window" "$shot" || return 1
  colours=$(convert "$shot" -format %c histogram:info:-)
  grep -qi '#1B6E32' <<<"$colours" && grep -qi '#8A5A00' <<<"$colours"
}
poll 60 badges_shown || {
  grep -qi '#1B6E32' <<<"${colours:-}" || fail "no Active badge on screen"
  fail "no Inactive badge on screen"
}
grep -q "$expected" "$work/app.err" && fail "the token reached standard error"

echo "PASS: fetched, badges shown, token copied and marked secret (screenshot: $shot)"
