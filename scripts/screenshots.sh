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
kiosk=build/"$preset"/app/madoguchi/madoguchi
xvfb-run -a -s "-screen 0 1600x1000x24" "$kiosk" --demo --operator A-0123 --terminal KIOSK-01 --tour "$out"
# The same steps at 150 % and 200 % scaling; the credential and review screens are kept.
for scale in 150 200; do
    work=$(mktemp -d)
    QT_SCALE_FACTOR=$(awk "BEGIN{print $scale/100}") xvfb-run -a -s "-screen 0 3200x2000x24" "$kiosk" --demo --tour "$work"
    for step in ja-3-credential ja-4-review; do
        cp "$work/$step.png" "$out/$step-scale$scale.png"
    done
    rm -rf "$work"
done
ls "$out"
