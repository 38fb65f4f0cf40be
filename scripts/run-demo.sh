#!/usr/bin/env bash
# Installs what is missing, builds Dossier and opens it on the demo case.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD=${BUILD:-build}
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Dossier on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/app/dossier" --demo "$@"
fi
exec "$BUILD/app/dossier" --demo "$@"
