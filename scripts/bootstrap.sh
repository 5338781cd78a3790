#!/usr/bin/env bash
# Installs what Loupe needs on a fresh Debian machine: the system libraries
# (ZeroMQ, libcrypto, zlib, DejaVu fonts), Python's venv module, the tools the
# tests use to check our output independently (rsvg-convert, xmllint,
# pngcheck), and a Python virtual environment in .venv with the Jupyter
# clients and the benchmark peers. Safe to run again; quiet when nothing is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(libzmq3-dev libssl-dev zlib1g-dev fonts-dejavu-core pkg-config
          python3 python3-venv librsvg2-bin libxml2-utils pngcheck)
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

if [ ! -x .venv/bin/python ] || ! cmp -s requirements.txt .venv/.requirements 2>/dev/null; then
    echo "bootstrap: preparing the Python environment in .venv"
    rm -rf .venv
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
    cp requirements.txt .venv/.requirements
fi
