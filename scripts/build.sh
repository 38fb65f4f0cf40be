#!/usr/bin/env bash
# Installs what is missing and builds Dossier into $BUILD (default: build/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD=${BUILD:-build}
# CMAKE_ARGS adds options, e.g. -DDOSSIER_SANITIZE=ON (see scripts/test-sanitizers.sh).
# shellcheck disable=SC2086
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_ARGS:-}
cmake --build "$BUILD" --parallel "$(nproc)"
