#!/usr/bin/env bash
# Starts or stops the system's pcscd, whether systemd manages it or not.
#   pcscd-control.sh stop   → prints "systemd" or "daemon" for what it stopped (nothing if none ran)
#   pcscd-control.sh start [systemd|daemon]
set -euo pipefail

has_systemd() {
    [ -d /run/systemd/system ] && command -v systemctl >/dev/null
}

case "${1:-}" in
stop)
    if has_systemd && { systemctl is-active --quiet pcscd.socket || systemctl is-active --quiet pcscd.service; }; then
        systemctl stop pcscd.socket pcscd.service
        echo systemd
    elif pkill -x pcscd; then
        for _ in $(seq 50); do pgrep -x pcscd >/dev/null || break; sleep 0.1; done
        echo daemon
    fi
    ;;
start)
    if [ "${2:-}" = systemd ] || { [ -z "${2:-}" ] && has_systemd; }; then
        systemctl start pcscd.socket
    elif ! pgrep -x pcscd >/dev/null; then
        /usr/sbin/pcscd
        for _ in $(seq 50); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done
    fi
    ;;
*)
    echo "usage: $0 stop | start [systemd|daemon]" >&2
    exit 4
    ;;
esac
