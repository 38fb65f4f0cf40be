#!/usr/bin/env bash
# Regenerates the README's screenshots from the demo case, in English and Chinese.
# Needs a build (cmake --build build) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
OUT=${1:-docs/screenshots}
export QTWEBENGINE_DISABLE_SANDBOX=1
for language in en zh_CN; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/tests/dossier-screenshots" "$OUT" --language "$language"
done
# The merge preview, the conflicts side by side and a merged item's history (tests/ui/
# test_merge.cpp), and each step of the keyboard-only walkthrough (test_walkthrough.cpp).
QTWEBENGINE_DISABLE_SANDBOX=1 DOSSIER_SHOTS="$OUT" xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/tests/ui_tests" "[merge],[walkthrough]"
