#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds madoguchi with warnings as errors, and runs every test:
# unit tests, and integration tests on a real pcscd + vsmartcard-vpcd + madoguchi-cardsim; then the
# same suite again built with AddressSanitizer and UndefinedBehaviorSanitizer; then each parser's
# libFuzzer target briefly from its seed corpus (clang, fuzz-smoke); then the Debian packages, built
# from the ci build, installed and checked in a fresh Debian 12 root (tests/packaging/install-test.sh).
# The integration tests run a pcscd of their own; a system pcscd is stopped meanwhile and started again after.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
bash scripts/build.sh ci
bash scripts/build.sh asan
bash scripts/build.sh fuzz

stopped=$(bash scripts/pcscd-control.sh stop)
restore() {
    if [ -n "$stopped" ]; then
        bash scripts/pcscd-control.sh start "$stopped"
    fi
}
trap restore EXIT

ctest --preset ci
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 ctest --preset asan
ctest --preset fuzz
(cd build/ci && rm -f packages/*.deb && cpack -G DEB >/dev/null)
bash tests/packaging/install-test.sh build/ci/packages
