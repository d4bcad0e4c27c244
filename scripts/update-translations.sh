#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the Qt Linguist catalogues from the sources, then fills the
# English catalogue's plural forms ("%n second(s)" -> "1 second", "2 seconds").
# usage: scripts/update-translations.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
cmake --build "$build" --target update_translations
python3 - translations/tokendesk_en.ts <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def fill(match):
    source = match.group(1)
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    return (f"<source>{source}</source>\n        <translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>")
text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*'
              r'<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>',
              fill, text)
open(path, "w", encoding="utf-8").write(text)
PY
