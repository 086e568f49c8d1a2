#!/usr/bin/env bash
# Renders every visit purpose's forms for a persona to PNG pages under docs/forms/, so that template
# changes can be reviewed as pictures. Usage: scripts/render-forms.sh [PERSONA] [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."
persona=${1:-yamada-hanako}
preset=${2:-dev}
bash scripts/build.sh "$preset" >/dev/null
print=build/$preset/app/madoguchi-print/madoguchi-print
out=docs/forms
mkdir -p "$out"
rm -f "$out"/*.png
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for purpose in $("$print" --list | awk '{print $1}'); do
    "$print" --persona "$persona" --purpose "$purpose" --operator A-0123 --terminal KIOSK-01 --pdf "$work/$purpose.pdf" 2>/dev/null
    pdftoppm -r 50 -png "$work/$purpose.pdf" "$out/$purpose"
done
ls "$out"
