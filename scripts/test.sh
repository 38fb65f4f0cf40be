#!/usr/bin/env bash
# Installs what is missing, builds Dossier and runs every test with CTest.
# Widget and web tests run under a virtual X server (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD=${BUILD:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --parallel "$(nproc)"
export QTWEBENGINE_DISABLE_SANDBOX=1
cd "$BUILD"
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 600 "$@"
