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

# The sandbox's data is deterministic: ask a separate instance for the
# first sample customer's token, to compare with what the window copies.
"$sandbox" >"$work/sandbox.url" & pids+=($!)
for _ in $(seq 50); do [ -s "$work/sandbox.url" ] && break; sleep 0.1; done
base=$(head -1 "$work/sandbox.url")
auth=(-H "authtype: Key" -H "Authorization: Bearer demo-agency-key-0000")
first_id=$(curl -sf "${auth[@]}" "$base/customer/list?page=1" | grep -o '"_id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)
expected=$(curl -sf "${auth[@]}" "$base/ext/get-user-token?userId=$first_id" | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
[ -n "$expected" ] || fail "the reference sandbox gave no token"

"$app" --demo 2>"$work/app.err" & pids+=($!)
window=$(timeout 20 xdotool search --sync --onlyvisible --name 'TokenDesk' | head -1) ||
  fail "no TokenDesk window appeared"
xdotool windowfocus --sync "$window"
sleep 0.5

# Alt+K moves to the key field (filled in by demo mode), where Enter fetches.
xdotool key --window "$window" alt+k Return
sleep 2
# Alt+T (the "Tokens" label's mnemonic) moves to the table; then copy row 1.
xdotool key --window "$window" alt+t
sleep 0.3
xdotool key --window "$window" ctrl+c
sleep 0.5
copied=$(xclip -o -selection clipboard 2>/dev/null || true)
[ "$copied" = "$expected" ] || fail "the clipboard holds '${copied:0:6}…', not the first sample's token"
xclip -o -selection clipboard -t TARGETS | grep -qx 'x-kde-passwordManagerHint' ||
  fail "the copied token is not marked secret for clipboard managers"

import -window "$window" "$shot"
# The Active badge's green (#1b6e32) and the Inactive badge's amber (#8a5a00) are on screen.
colours=$(convert "$shot" -format %c histogram:info:-)
grep -qi '#1B6E32' <<<"$colours" || fail "no Active badge on screen"
grep -qi '#8A5A00' <<<"$colours" || fail "no Inactive badge on screen"
grep -q "$expected" "$work/app.err" && fail "the token reached standard error"

echo "PASS: fetched, badges shown, token copied and marked secret (screenshot: $shot)"
