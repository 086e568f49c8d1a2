#!/usr/bin/env bash
# Configures and builds one CMake preset (dev, ci, asan, fuzz, release) with two jobs, through
# ccache. The cache lives outside the checkout and paths are hashed relative to it, so a fresh
# clone in another folder on the same machine (CI's) reuses what earlier builds compiled.
set -euo pipefail
preset=${1:-dev}
cd "$(dirname "$0")/.."
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/madoguchi/ccache}
export CCACHE_BASEDIR=$PWD
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
mkdir -p "$CCACHE_DIR"
command -v ccache >/dev/null && ccache --zero-stats >/dev/null
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
if command -v ccache >/dev/null; then
    echo "build: $preset: $(ccache --print-stats 2>/dev/null | awk -F'\t' '$1=="direct_cache_hit"||$1=="preprocessed_cache_hit"{h+=$2} $1=="cache_miss"{m=$2} END{printf "ccache %d hits, %d misses", h, m}')"
fi
