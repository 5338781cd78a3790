#!/usr/bin/env bash
# Runs every test: the Swift suites of each module, then the Python
# integration tests that drive the built kernel with Jupyter's own clients.
# Both always run; the exit status is non-zero if either failed, and the
# last lines are each runner's summary.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/bootstrap.sh || { echo "test: bootstrap failed" >&2; exit 1; }
# One optimised build with testing enabled serves both runners: the Swift
# suites rasterize hundreds of golden images and train small networks, which
# a debug build does tens of times slower; the integration tests drive the
# same `loupe` binary.
BUILD=(-c release -Xswiftc -enable-testing --scratch-path .build-test)
swift build "${BUILD[@]}" --build-tests || { echo "test: build failed" >&2; exit 1; }
BIN="$(swift build "${BUILD[@]}" --show-bin-path)/loupe"
# The installed kernelspec (and so every integration test) starts the kernel through loupe-launch.
[ -x "$(dirname "$BIN")/loupe-launch" ] || { echo "test: the build made no loupe-launch beside $BIN" >&2; exit 1; }

mkdir -p .build
swift test "${BUILD[@]}" --skip-build 2>&1 | tee .build/swift-test.log
swift_status=${PIPESTATUS[0]}

LOUPE_BIN="$BIN" .venv/bin/python -m pytest -q -p no:cacheprovider Tests/integration 2>&1 | tee .build/pytest.log
pytest_status=${PIPESTATUS[0]}

echo
echo "== summary =="
grep -E "^(✔|✘) Test run with" .build/swift-test.log | tail -1 || echo "swift test: no summary line (exit $swift_status)"
tail -1 .build/pytest.log
if [ "$swift_status" -ne 0 ] || [ "$pytest_status" -ne 0 ]; then
    echo "test: FAILED (swift test exit $swift_status, pytest exit $pytest_status)"
    exit 1
fi
