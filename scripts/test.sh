#!/usr/bin/env bash
# Runs every test: the Swift suites of each module, then the Python
# integration tests that drive the real kernel with Jupyter's own clients.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
swift build --product loupe
swift test 2>&1 | tee .build/swift-test.log
if compgen -G "Tests/integration/test_*.py" >/dev/null; then
    LOUPE_BIN="$(swift build --show-bin-path)/loupe" .venv/bin/python -m pytest -q Tests/integration
fi
