#!/usr/bin/env bash
# Installs what is missing, builds Dossier and runs every test with CTest.
# Widget and web tests run under a virtual X server (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QTWEBENGINE_DISABLE_SANDBOX=1
cd "${BUILD:-build}"
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 600 "$@"
