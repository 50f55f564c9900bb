#!/usr/bin/env bash
# Installs the system packages the build and the tests need, only when missing.
# Cairo/Pango headers for the CPangoCairo target; poppler-utils and qpdf so the
# tests can read back the PDFs we render; DejaVu for the project's fontconfig.
set -euo pipefail

missing=()
pkg-config --exists pangocairo 2>/dev/null || missing+=(libcairo2-dev libpango1.0-dev pkg-config)
# zlib and ISA-L (igzip) headers for the CPNGWriter target (PNG pages and charts).
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -f /usr/include/isa-l/igzip_lib.h ] || missing+=(libisal-dev)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing+=(fonts-dejavu-extra)

if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi


# Headless Chromium for the browser test of out/index.html. Optional: where it
# cannot be installed the test says so and is skipped, and everything else runs.
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "install-deps: installing chromium (for the browser test)" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null; }; then
        echo "install-deps: chromium could not be installed; the browser test will be skipped" >&2
    fi
fi
