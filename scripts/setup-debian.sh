#!/usr/bin/env bash
# Installs every Debian 12 package madoguchi needs to build, run and test it. Safe to run again:
# it installs only what is missing.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # a compiler cache outside the checkout: a fresh clone on the same machine reuses earlier builds
    ccache
    # the parsers' fuzz targets: clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-14-dev
    # Qt 6.4: base, tools (lupdate/lrelease), translations, image formats, SVG icons
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-image-formats-plugins qt6-svg-dev libgl-dev libxkbcommon-dev
    # cards: OpenSSL 3, pcsc-lite + daemon + tools, the vpcd virtual reader driver
    libssl-dev libpcsclite-dev pcscd pcsc-tools vsmartcard-vpcd
    # images and QR codes
    libopenjp2-7-dev libtiff-dev libzxing-dev
    # reading credentials off a photo: OpenCV's image processing only, the OCR-B font the MRZ is
    # printed in, Tesseract with its Japanese and English data for card fronts
    libopencv-imgproc-dev fonts-ocr-b libtesseract-dev tesseract-ocr-jpn tesseract-ocr-eng
    # the camera at the counter
    qt6-multimedia-dev
    # country names (ISO 3166-1) in English and Japanese, for nationality codes
    iso-codes
    # Japanese fonts for screens and forms; Noto for the customer's screen's other scripts (Devanagari, Hangul, Vietnamese)
    fonts-ipaexfont fonts-noto-cjk fonts-noto-core
    # the evidence signing key in a TPM: a software TPM and OpenSSL's TPM 2.0 provider (tst_TpmSigning)
    swtpm swtpm-tools tpm2-openssl
    # printing, and checking what was printed
    cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils
    # a display for GUI tests and screenshots; tracing and core inspection for the privacy tests
    xvfb xauth strace gdb
    # the Debian packages' install test: a fresh Debian 12 root, lintian, desktop and AppStream checks
    debootstrap lintian desktop-file-utils appstream
    # …and a screenshot of the kiosk under cage in it
    x11-apps netpbm
    # …and the terminal role (packaging/ansible) applied to it through Ansible's chroot connection
    ansible
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
