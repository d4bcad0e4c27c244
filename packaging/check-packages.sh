#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux installers (packaging/build-packages.sh) and checks them:
#   lintian on the .deb          fails on any error or warning
#   readelf                      the programs carry no run path
#   desktop-file-validate        the desktop entry as the .deb installs it
#   appstreamcli validate        the AppStream metainfo, offline (--no-net),
#                                and the installed tree (desktop entry, icons)
#   the .rpm and .tar.gz         hold the programs and the desktop files, and
#                                the .rpm requires what it should
#   yamllint                     the release workflow (.github/workflows)
# CI runs it (.ci/run). Installing the .deb for real is
# packaging/test-install-chroot.sh.
#
# usage: packaging/check-packages.sh [BUILD_DIR]   (default build/pkg)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/pkg}
app_id=io.github.tokendesk.TokenDesk

step_start=-1
step() {
  [ "$step_start" -lt 0 ] || printf '   (%s s)\n' "$((SECONDS - step_start))"
  step_start=$SECONDS
  [ $# -eq 0 ] || printf '\n== %s\n' "$*"
}
fail() {
  printf 'check-packages: %s\n' "$*" >&2
  exit 1
}

step "building the packages"
packaging/build-packages.sh "$build_dir"
deb=$(ls "$build_dir"/tokendesk_*.deb)
rpm=$(ls "$build_dir"/tokendesk-*.rpm)
tgz=$(ls "$build_dir"/tokendesk-*.tar.gz)

step "lintian $deb"
# Infos are shown but do not fail the check; errors and warnings do.
lintian --fail-on error,warning --display-info "$deb" 2>&1 |
  grep -v '^running with root privileges' || true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports errors or warnings"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

step "no run path in the programs"
# Qt's project setup gives executables $ORIGIN run paths; on Linux every
# library comes from the system, and each extra path costs lookups at start.
for program in "$root"/usr/bin/*; do
  if readelf -d "$program" | grep -E '\((RPATH|RUNPATH)\)'; then
    fail "$(basename "$program") has a run path"
  fi
done
echo "none"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate-tree --no-net "$root"

step "the .rpm: $rpm"
rpm -qp --queryformat '%{NAME} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE}\n' "$rpm"
rpm_files=$(rpm -qpl "$rpm")
rpm_requires=$(rpm -qpR "$rpm")
for f in /usr/bin/tokendesk /usr/bin/tokendesk-cli "/usr/share/applications/$app_id.desktop" \
  "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
  /usr/share/man/man1/tokendesk-cli.1.gz; do
  grep -qx "$f" <<<"$rpm_files" || fail "the .rpm lacks $f"
done
for r in 'libQt6Widgets.so.6()(64bit)' 'libqt6keychain.so.1()(64bit)' 'libsecret-1.so.0()(64bit)'; do
  grep -qxF "$r" <<<"$rpm_requires" || fail "the .rpm does not require $r"
done
# Directories that the distribution owns must not be claimed by the package.
if rpm -qp --queryformat '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" |
  grep -E '^d.* /usr/share/(applications|icons|icons/hicolor|man|man/man1|metainfo)$'; then
  fail "the .rpm owns a system directory"
fi
echo "files and requirements as expected"

step "the .tar.gz: $tgz"
tgz_files=$(tar tzf "$tgz")
for f in bin/tokendesk bin/tokendesk-cli "share/applications/$app_id.desktop" \
  "share/icons/hicolor/scalable/apps/$app_id.svg"; do
  grep -q "/$f\$" <<<"$tgz_files" || fail "the .tar.gz lacks $f"
done
echo "files as expected"

step "yamllint"
yamllint --strict .yamllint .github/workflows/

step
printf '\ncheck-packages: all checks passed (%s s in all)\n' "$SECONDS"
