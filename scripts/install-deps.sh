#!/usr/bin/env bash
# Installs every Debian 12 package Dossier needs to build, test and run.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-webengine-dev-tools libqt6webenginecore6-bin qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins libgl-dev
  libpoppler-qt6-dev poppler-utils poppler-data
  libsqlite3-dev sqlite3 libqpdf-dev libzip-dev
  libuchardet-dev libopencc-dev opencc libxml2-dev qpdf
  libtesseract-dev tesseract-ocr-chi-sim tesseract-ocr-eng qt6-image-formats-plugins
  catch2 libbenchmark-dev
  fonts-noto-cjk fonts-wqy-zenhei fonts-dejavu-core unzip
  xvfb xauth
  libreoffice-writer-nogui libreoffice-calc-nogui cmark-gfm
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node.js runs the export checks; a machine that has it from elsewhere keeps its own.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The real tools exports are checked against in the tests (the FollowTheMoney model,
# TimelineJS), pinned in tests/tools/package-lock.json.
TOOLS="$(cd "$(dirname "$0")/../tests/tools" && pwd)"
if [ ! -d "$TOOLS/node_modules" ] || [ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules" ]; then
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi

