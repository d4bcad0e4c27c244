#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux installers with CPack: a release build of just the two
# programs, with Debian's compiler and linker flags (hardening included), then
# the .deb, .rpm and .tar.gz in BUILD_DIR. Installs what it needs with apt.
#
# usage: packaging/build-packages.sh [BUILD_DIR] [GENERATORS]
#   BUILD_DIR defaults to build/pkg, GENERATORS to "DEB;RPM;TGZ".
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/pkg}
generators=${2:-DEB;RPM;TGZ}

scripts/install-deps.sh --packaging

# As a Debian package is built: PIE, fortified functions, stack protector,
# full RELRO with bindnow (lintian's hardening checks).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

# CMAKE_SKIP_INSTALL_ALL_DEPENDENCY: cpack installs what is built here and
# does not build everything else first.
cmake -S . -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTOKENDESK_BUILD_TESTS=OFF \
  -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
  -DCMAKE_INSTALL_PREFIX=/usr \
  -DCMAKE_CXX_FLAGS="$cxxflags" \
  -DCMAKE_EXE_LINKER_FLAGS="$ldflags"
cmake --build "$build_dir" --target tokendesk tokendesk-cli

rm -f "$build_dir"/tokendesk_*.deb "$build_dir"/tokendesk-*.rpm "$build_dir"/tokendesk-*.tar.gz
(cd "$build_dir" && cpack -G "$generators")
