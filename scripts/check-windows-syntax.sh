#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles, for syntax only, every source file under src/ that has a
# platform branch (#if on Q_OS_*, _WIN32, _MSC_VER and the like) with
# MinGW-w64, which defines _WIN32, so Qt's headers take their Windows side
# and so does our code: the Windows branches that only the release workflow
# would otherwise build. Each file gets the flags it has in the Linux build
# (compile_commands.json: the same defines, warnings as errors, the build's
# generated headers: moc, ui_*.h, version), less what only suits Linux.
#
#   scripts/check-windows-syntax.sh [BUILD_DIR]     (default build/dev, built)
#
# Prints one line per file; exits 1 when any file fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build=${1:-build/dev}
build=$(cd "$build" && pwd)
commands="$build/compile_commands.json"
[ -f "$commands" ] || {
  echo "windows-syntax: no $commands: configure and build that tree first" >&2
  exit 2
}

scripts/install-deps.sh --windows > /dev/null
compiler=x86_64-w64-mingw32-g++-posix
command -v "$compiler" > /dev/null || { echo "windows-syntax: needs $compiler" >&2; exit 2; }

# Qt's own headers are shared by every platform except the mkspecs folder
# (dropped below). QtKeychain's live in /usr/include, which MinGW must not
# search (it would find glibc's headers there), so a folder of our own
# points at them alone.
overlay=$(mktemp -d)
trap 'rm -rf "$overlay"' EXIT
[ -d /usr/include/qt6keychain ] || {
  echo "windows-syntax: no /usr/include/qt6keychain (qtkeychain-qt6-dev)" >&2
  exit 2
}
ln -s /usr/include/qt6keychain "$overlay/qt6keychain"

# The compile command CMake wrote for FILE, as a shell-quoted line; empty when
# there is none.
command_for() {
  grep -F -B1 "\"file\": \"$1\"" "$commands" | sed -n 's/^  "command": "\(.*\)",$/\1/p' |
    head -n 1 | sed 's/\\\\/\x01/g; s/\\"/"/g; s/\x01/\\/g'
}

# A compile command for FILE: its own, else that of a file in the same folder
# (a file built only on Windows is in no Linux compile command). Sets `flags`
# (an array) and `flags_from`.
flags_for() {
  local file=$1 line other
  other=
  line=$(command_for "$file")
  flags_from=$file
  if [ -z "$line" ]; then
    for other in "${file%.*}.cpp" "$(dirname "$file")"/*.cpp; do
      line=$(command_for "$other")
      [ -z "$line" ] || { flags_from=$other; break; }
    done
  fi
  [ -n "$line" ] || return 1
  local words=()
  eval "words=($line)"
  flags=()
  local i=1 word
  # The compiler, and a launcher before it (ccache) if any.
  while [ "$i" -lt "${#words[@]}" ] && [ "${words[$i]#-}" = "${words[$i]}" ]; do
    i=$((i + 1))
  done
  while [ "$i" -lt "${#words[@]}" ]; do
    word=${words[$i]}
    case $word in
      -o | -MF | -MT | -MQ)
        i=$((i + 1)) # and its argument
        ;;
      -isystem | -I)
        local dir=${words[$((i + 1))]}
        i=$((i + 1))
        case $dir in
          */mkspecs/* | /usr/include | /usr/local/include) ;; # Linux's, not Windows's
          */QtDBus) ;; # Qt D-Bus: the Linux build's alone
          *) flags+=("$word" "$dir") ;;
        esac
        ;;
      -I/usr/include | -I/usr/local/include | -isystem/usr/include) ;;
      -c | -g | -g[0-9] | -fPIC | -fPIE | -pie | -fsanitize=* | -MD | -MMD) ;;
      # Features the Linux build alone has (Qt D-Bus): a Windows build lacks them.
      -DTOKENDESK_HAVE_DBUS | -DTOKENDESK_HAVE_DBUS=* | -DQT_DBUS_LIB) ;;
      *.cpp | *.cc | *.cxx) ;; # the source itself
      *) flags+=("$word") ;;
    esac
    i=$((i + 1))
  done
}

# Every C++ source or header under src/ with a preprocessor branch on the
# platform; new ones are picked up as they come.
platform='^[[:space:]]*#[[:space:]]*(if|ifdef|ifndef|elif)\b.*\b(Q_OS_[A-Z0-9_]+|Q_CC_MSVC|_WIN32|_WIN64|WIN32|_MSC_VER|__MINGW32__|__MINGW64__|__CYGWIN__|__linux__|__unix__|__APPLE__)\b'
mapfile -t files < <(grep -rlE --include='*.cpp' --include='*.h' "$platform" src | sort)
[ ${#files[@]} -gt 0 ] || { echo "windows-syntax: no file with a platform branch found" >&2; exit 2; }

echo "windows-syntax: $($compiler --version | head -n 1), ${#files[@]} files with a platform branch"
failed=0
for relative in "${files[@]}"; do
  file="$root/$relative"
  if ! flags_for "$file"; then
    echo "FAIL  $relative: no compile command for it or its folder in $commands"
    failed=1
    continue
  fi
  source=$file
  if [ "${file##*.}" = h ]; then
    # A header is checked through a unit that includes it.
    source="$overlay/$(basename "$file").cpp"
    printf '#include "%s"\n' "$file" > "$source"
  fi
  note=""
  [ "$flags_from" = "$file" ] || note=" (flags of ${flags_from#"$root"/})"
  if output=$(cd "$build" && "$compiler" -fsyntax-only "${flags[@]}" -isystem "$overlay" \
    "$source" 2>&1); then
    echo "ok    $relative$note"
  else
    echo "FAIL  $relative$note"
    printf '%s\n' "$output" | sed 's/^/      /'
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "windows-syntax: the Windows build would not compile the files marked FAIL" >&2
  exit 1
fi
echo "windows-syntax: all ${#files[@]} files compile for Windows"
