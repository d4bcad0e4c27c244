#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the .deb into a fresh Debian 12 root, as a user would, and removes
# it again:
#   1. debootstrap a minimal bookworm root from the Debian archive;
#   2. apt installs the .deb there (only the .deb is copied in: every
#      dependency comes from the archive, without Recommends, so Depends
#      alone must be enough);
#   3. runs tokendesk-cli --version, tokendesk-cli --demo on sample IDs and on
#      an unknown one, tokendesk --version, and tokendesk --demo offscreen (it
#      must keep running for 3 s rather than crash or exit);
#   4. purges the package, then checks that exactly its own files went, and,
#      after autoremove, that /usr and /etc are as before the install.
# About 5 minutes on a 2-core machine, most of it debootstrap and apt.
#
# usage: packaging/test-install-chroot.sh [PACKAGE.deb]     (as root)
#   Without a .deb, builds one first (packaging/build-packages.sh build/pkg).
# environment:
#   TOKENDESK_DEBIAN_MIRROR     default http://deb.debian.org/debian
#   TOKENDESK_SECURITY_MIRROR   default http://deb.debian.org/debian-security
#   TOKENDESK_DEBOOTSTRAP_CACHE a tarball of the base packages: made on first
#                               use, reused after (optional; saves ~30 s)
#   TOKENDESK_KEEP_ROOT=1       keep the root for a look afterwards
set -euo pipefail
deb=""
[ $# -eq 0 ] || deb=$(realpath "$1")
cd "$(dirname "$0")/.."

mirror=${TOKENDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${TOKENDESK_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
suite=bookworm

step_start=-1
step() {
  [ "$step_start" -lt 0 ] || printf '   (%s s)\n' "$((SECONDS - step_start))"
  step_start=$SECONDS
  [ $# -eq 0 ] || printf '\n== %s\n' "$*"
}
fail() {
  printf 'test-install-chroot: FAILED: %s\n' "$*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run it as root (debootstrap, chroot and mount need it)"

if [ -z "$deb" ]; then
  step "building the .deb"
  packaging/build-packages.sh build/pkg DEB
  deb=$(realpath build/pkg/tokendesk_*.deb)
fi
[ -f "$deb" ] || fail "no such package: $deb"
command -v debootstrap >/dev/null ||
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq debootstrap
version=$(dpkg-deb -f "$deb" Version)

root=$(mktemp -d /var/tmp/tokendesk-chroot.XXXXXX)
chmod 0755 "$root" # apt's _apt user must be able to enter it
work=$(mktemp -d)
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  if [ "${TOKENDESK_KEEP_ROOT:-0}" = 1 ]; then
    echo "test-install-chroot: the root stays in $root"
  else
    rm -rf --one-file-system "$root"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "debootstrap $suite from $mirror"
cache=${TOKENDESK_DEBOOTSTRAP_CACHE:-}
if [ -n "$cache" ] && [ ! -f "$cache" ]; then
  mkdir -p "$(dirname "$cache")"
  debootstrap --variant=minbase --make-tarball="$cache" "$suite" "$work/tarball" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log"; fail "debootstrap"; }
fi
debootstrap --variant=minbase ${cache:+--unpack-tarball="$(realpath "$cache")"} \
  "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -n 20 "$work/debootstrap.log"; fail "debootstrap"; }
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
# As in any chroot: services are not started (their maintainer scripts ask
# policy-rc.d), and /proc is there for the programs.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"

# A clean environment inside, with a throw-away home for the settings.
in_root() {
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home \
    XDG_RUNTIME_DIR=/tmp/runtime LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
# apt-get inside, without a terminal log (there is no /dev/pts); its output
# goes to apt.log, shown if it fails.
in_root_apt() {
  in_root apt-get -o Dpkg::Use-Pty=0 -y -qq "$@" >>"$work/apt.log" 2>&1 ||
    { tail -n 30 "$work/apt.log"; fail "apt-get $*"; }
}
# Every file, directory and link under /usr and /etc.
snapshot() {
  (cd "$root" && find usr etc -xdev | LC_ALL=C sort) >"$1"
}

step "apt installs $(basename "$deb") and its dependencies"
in_root_apt update
snapshot "$work/before-install"
cp "$deb" "$root/tmp/"
in_root_apt install --no-install-recommends "/tmp/$(basename "$deb")"
grep -c '^Setting up ' "$work/apt.log" | xargs printf '%s packages set up\n'
rm "$root/tmp/$(basename "$deb")"
in_root dpkg-query -W -f='${Status} ${Version}\n' tokendesk | grep -qx "install ok installed $version" ||
  fail "tokendesk $version is not installed"
in_root dpkg -L tokendesk >"$work/package-files"
snapshot "$work/after-install"

step "tokendesk-cli --version"
out=$(in_root tokendesk-cli --version)
echo "$out"
[ "$out" = "tokendesk-cli $version" ] || fail "unexpected version: $out"

step "tokendesk-cli --demo on sample IDs, and on an unknown one"
# Without IDs it lists sample IDs to try (on standard error, with status 2).
read -ra ids <<<"$(in_root tokendesk-cli --demo 2>&1 | grep -oE '\b[0-9a-f]{24}\b' | head -n 3 | xargs)"
[ "${#ids[@]}" -eq 3 ] || fail "tokendesk-cli --demo listed no sample IDs"
in_root tokendesk-cli --demo -f jsonl "${ids[@]}" >"$work/demo.jsonl" ||
  fail "tokendesk-cli --demo ${ids[*]}"
cat "$work/demo.jsonl"
[ "$(grep -c '"ok":true' "$work/demo.jsonl")" -eq 3 ] || fail "not every sample token was fetched"
status=0
in_root tokendesk-cli --demo -f jsonl no-such-customer >"$work/unknown.jsonl" || status=$?
cat "$work/unknown.jsonl"
if [ "$status" -ne 1 ] || ! grep -q '"errorKind":"not_found"' "$work/unknown.jsonl"; then
  fail "an unknown ID should fail with not_found and exit status 1 (got $status)"
fi

step "tokendesk --version, and tokendesk --demo offscreen"
in_root mkdir -p -m 0700 /tmp/home /tmp/runtime
out=$(in_root env QT_QPA_PLATFORM=offscreen tokendesk --version)
echo "$out"
[ "$out" = "TokenDesk $version" ] || fail "unexpected version: $out"
# Left alone, it keeps running (timeout's 124) rather than crash or exit.
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 3 tokendesk --demo || status=$?
[ "$status" -eq 124 ] || fail "tokendesk --demo stopped by itself within 3 s (status $status)"
echo "still running after 3 s"
in_root rm -rf /tmp/home /tmp/runtime

step "apt purges the package"
in_root_apt purge tokendesk
in_root dpkg-query -W -f='${Status}\n' tokendesk 2>/dev/null | grep -qx 'install ok installed' &&
  fail "tokendesk is still installed"
snapshot "$work/after-purge"
# Exactly the package's own files went, and nothing new appeared.
comm -23 "$work/after-install" "$work/after-purge" | sed 's|^|/|' >"$work/removed"
comm -13 "$work/after-install" "$work/after-purge" >"$work/appeared"
while read -r path; do
  if [ -e "$root$path" ] && [ ! -d "$root$path" ]; then
    fail "left behind: $path"
  fi
done <"$work/package-files"
if grep -vxFf "$work/package-files" "$work/removed"; then
  fail "the purge removed more than the package's files (above)"
fi
if [ -s "$work/appeared" ]; then
  cat "$work/appeared"
  fail "files appeared when the package was purged (above)"
fi
echo "$(wc -l <"$work/removed") files and directories removed, none left behind"

step "apt autoremoves the dependencies"
in_root_apt autoremove --purge
snapshot "$work/after-autoremove"
if ! diff -u "$work/before-install" "$work/after-autoremove"; then
  fail "/usr or /etc differ from before the install (above)"
fi
echo "/usr and /etc are as before the install"

step
printf '\ntest-install-chroot: PASSED (%s s in all)\n' "$SECONDS"
