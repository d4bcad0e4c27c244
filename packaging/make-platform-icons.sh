#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the committed Windows and macOS icons from resources/icons/tokendesk.svg
# (they are built on other machines, so they are made here once and committed):
#   packaging/windows/tokendesk.ico   16-256 px, with ImageMagick
#   packaging/macos/tokendesk.icns    16-1024 px, with png2icns (icnsutils)
# The PNGs come from the same renderer as the Linux hicolor icons. Run it after
# changing the SVG, and commit both files.
#
# usage: packaging/make-platform-icons.sh [BUILD_DIR]   (default build/pkg)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/pkg}

scripts/install-deps.sh --packaging
[ -f "$build_dir/CMakeCache.txt" ] ||
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOKENDESK_BUILD_TESTS=OFF
cmake --build "$build_dir" --target tokendesk-iconrender

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build_dir/tokendesk-iconrender" resources/icons/tokendesk.svg "$work/%1.png" \
  16 24 32 48 64 128 256 512 1024
convert "$work"/{16,24,32,48,64,128,256}.png packaging/windows/tokendesk.ico
png2icns packaging/macos/tokendesk.icns "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
identify packaging/windows/tokendesk.ico
icns2png -l packaging/macos/tokendesk.icns
