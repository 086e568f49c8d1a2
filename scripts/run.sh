#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds madoguchi and runs the kiosk: on the PC/SC readers when one
# is attached, in demo mode on virtual cards when none is. Without a display (a server, CI) it reads
# a demo virtual card through the real pcscd with madoguchi-read instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
bash scripts/build.sh release
bin=build/release/app

started_pcscd=""
cardsim_pid=""
cleanup() {
    if [ -n "$cardsim_pid" ]; then kill "$cardsim_pid" 2>/dev/null || true; wait "$cardsim_pid" 2>/dev/null || true; fi
    if [ -n "$started_pcscd" ]; then bash scripts/pcscd-control.sh stop >/dev/null || true; fi
}
trap cleanup EXIT

if [ ! -S /run/pcscd/pcscd.comm ]; then
    bash scripts/pcscd-control.sh start
    started_pcscd=yes
fi

# A reader that is not vpcd's means real hardware.
real_reader=$(timeout 5 pcsc_scan -r 2>/dev/null | sed -n 's/^[0-9]*: //p' | grep -v '^Virtual PCD' | head -n 1 || true)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    if [ -n "$real_reader" ]; then
        echo "madoguchi: starting the kiosk on \"$real_reader\""
        "$bin/madoguchi/madoguchi"
    else
        echo "madoguchi: no card reader attached; starting the kiosk in demo mode (virtual cards, fictional people)"
        "$bin/madoguchi/madoguchi" --demo
    fi
    exit 0
fi
echo "madoguchi: no display here; reading a card with madoguchi-read instead (start 'madoguchi --demo' on a screen)"
if [ -n "$real_reader" ]; then
    echo "madoguchi: reading the card on \"$real_reader\" (waiting up to 30 s for a card)"
    exec "$bin/madoguchi-read/madoguchi-read" --reader "$real_reader" --wait 30
fi

echo "madoguchi: no card reader attached; demo on a virtual My Number card (fictional persona yamada-hanako)"
"$bin/madoguchi-cardsim/madoguchi-cardsim" --card mynumber --persona yamada-hanako --bitrate 424000 --turnaround-ms 5 &
cardsim_pid=$!
status=0
"$bin/madoguchi-read/madoguchi-read" --reader "Virtual PCD 00 00" --wait 10 --demo --collation-b 55021720352285 || status=$?
# 0 and 1 both mean the card was read (genuine / not verified): the demo ran.
if [ "$status" -le 1 ]; then
    exit 0
fi
exit "$status"
