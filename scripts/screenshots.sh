#!/usr/bin/env bash
# Renders every kiosk step in Japanese and English under Xvfb into docs/screenshots/, from the demo
# mode's virtual card. Usage: scripts/screenshots.sh [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
bash scripts/build.sh "$preset" >/dev/null
out=docs/screenshots
rm -rf "$out"
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x900x24" build/"$preset"/app/madoguchi/madoguchi --demo --operator A-0123 --terminal KIOSK-01 --tour "$out"
ls "$out"
