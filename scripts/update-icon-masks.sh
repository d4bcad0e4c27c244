#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws the action icons' masks again (resources/icons/masks/*.a8, see
# src/app/style/iconmask.h) after an icon in resources/icons changed or was
# added; a new icon also goes into themed_icons in src/app/CMakeLists.txt.
# usage: scripts/update-icon-masks.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
cmake --build "$build" --target write-icon-masks
QT_QPA_PLATFORM=offscreen "$build/tools/write-icon-masks" resources/icons
