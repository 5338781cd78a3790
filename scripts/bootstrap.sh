#!/usr/bin/env bash
# Installs what Loupe needs on a fresh Debian machine: the system libraries
# (ZeroMQ, libcrypto, zlib, DejaVu fonts and the WenQuanYi CJK fallback font),
# Python's venv module, the tools the tests use to check our output
# independently (rsvg-convert, xmllint, pngcheck, poppler's pdftotext/pdftoppm,
# Chromium and its WebDriver), what `jupyter nbconvert --to pdf` needs (XeLaTeX
# with the fonts and packages of nbconvert's template, pandoc), and a Python
# virtual environment in .venv with the Jupyter clients and the benchmark
# peers. Safe to run again; quiet when nothing is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(libzmq3-dev libssl-dev zlib1g-dev fonts-dejavu-core pkg-config
          python3 python3-venv librsvg2-bin libxml2-utils pngcheck
          fonts-wqy-zenhei poppler-utils chromium chromium-driver
          texlive-xetex texlive-fonts-recommended texlive-plain-generic pandoc)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    echo "bootstrap: add /opt/swift/usr/bin to PATH to use the Swift toolchain" >&2
fi

# A new requirement is installed into the existing environment (nothing is
# removed, so a shared .venv serves branches with older lists too).
if [ ! -x .venv/bin/python ]; then
    echo "bootstrap: preparing the Python environment in .venv"
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check --upgrade pip
fi
if ! cmp -s requirements.txt .venv/.requirements 2>/dev/null; then
    echo "bootstrap: installing requirements.txt into .venv"
    .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
    cp requirements.txt .venv/.requirements
fi
