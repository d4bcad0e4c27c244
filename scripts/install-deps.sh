#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything TokenDesk needs to build, run and test on Debian 12.
# Idempotent: skips apt when every package is already there.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  # run: QtKeychain loads libsecret at run time; the SVG icon plugin; fonts
  # for every catalogue's script (DejaVu: Latin and Arabic; Lohit: Hindi's
  # Devanagari, without which the Hindi window shows empty boxes)
  libsecret-1-0 libqt6svg6 qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core
  fonts-lohit-deva
  # test: a real Secret Service on a private D-Bus session, and a real X server
  gnome-keyring dbus dbus-x11
  # test: the demo under a real X server, driven like a person would
  xvfb xauth x11-utils xdotool xclip imagemagick curl
  # test: remaking tests/data's certificate
  openssl
  # test and benchmarks: nghttpx, a real HTTP/2 and TLS server in front of the
  # sandbox (tst_wire, tests/benchmarks/cli-batch.sh)
  nghttp2-proxy
  # test: setpriv runs a program as another user (tst_processhardening); perl's
  # Digest::SHA derives the sandbox's IDs (tests/benchmarks/cli-memory.sh)
  util-linux perl
  # benchmarks: GNU time for peak RSS (tests/benchmarks/startup.sh); curl,
  # xvfb and xauth are above
  time
)
# Options, any number of them:
#   --packaging  also what building and checking the installers needs
#                (packaging/check-packages.sh, packaging/test-install-chroot.sh)
#   --windows    also the MinGW-w64 compiler that checks the Windows branches
#                against Qt's headers (scripts/check-windows-syntax.sh)
for option in "$@"; do
  case $option in
    --packaging)
      packages+=(
        # CPack's DEB (dpkg-shlibdeps, file) and RPM; lintian and the metadata checks
        dpkg-dev file rpm lintian desktop-file-utils appstream yamllint
        # a fresh Debian root to install the .deb into
        debootstrap
        # remaking the committed .icns (packaging/make-platform-icons.sh)
        icnsutils
      )
      ;;
    --windows)
      packages+=(g++-mingw-w64-x86-64-posix)
      ;;
    *)
      echo "install-deps: unknown option $option (--packaging, --windows)" >&2
      exit 2
      ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
