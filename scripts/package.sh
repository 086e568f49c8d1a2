#!/usr/bin/env bash
# Builds the Debian packages madoguchi and madoguchi-kiosk with CPack from one preset's build
# (default: release) into build/<preset>/packages/.
set -euo pipefail
preset=${1:-release}
cd "$(dirname "$0")/.."
bash scripts/build.sh "$preset"
rm -f "build/$preset/packages/"*.deb
(cd "build/$preset" && cpack -G DEB >/dev/null)
ls "build/$preset/packages/"*.deb
