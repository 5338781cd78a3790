#!/usr/bin/env bash
# The main job: set up, build Loupe in release mode, install its kernelspec
# into the project's Python environment, and execute the tour notebook into
# an HTML report. The release build links the Swift runtime statically
# (smaller and faster to start; see bench/kernel).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/bootstrap.sh
swift build -c release --product loupe --static-swift-stdlib
# The kernelspec runs loupe-launch (beside loupe) when the build made it.
swift build -c release --product loupe-launch --static-swift-stdlib
BIN="$(swift build -c release --show-bin-path)/loupe"
export PATH="$(pwd)/.venv/bin:$PATH" VIRTUAL_ENV="$(pwd)/.venv"
"$BIN" install --sys-prefix
mkdir -p out
jupyter nbconvert --to html --execute --ExecutePreprocessor.kernel_name=loupe \
    --ExecutePreprocessor.timeout=600 --output-dir out notebooks/tour.ipynb
echo "The tour report is at $(pwd)/out/tour.html"
