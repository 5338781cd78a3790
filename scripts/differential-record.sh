#!/usr/bin/env bash
# Records swiftc's output as the expectations of differential programs
# (Tests/ScriptTests/Cases/differential/**.swift): for each FILE given, drops its
# `// expect:` lines, compiles it with `swiftc -module-name main`, runs it and appends
# what it printed as `// expect: LINE` lines. Fails (leaving the file alone) when
# swiftc rejects the program or it exits non-zero.
#   scripts/differential-record.sh FILE...
set -euo pipefail
SWIFTC="${LOUPE_SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for file in "$@"; do
    grep -v '^// expect: \|^// expect:$' "$file" > "$work/main.swift" || true
    if ! "$SWIFTC" -module-name main -Onone -lm "$work/main.swift" -o "$work/main" 2> "$work/errors"; then
        echo "$file: swiftc failed:" >&2; head -20 "$work/errors" >&2; status=1; continue
    fi
    if ! "$work/main" < /dev/null > "$work/out"; then
        echo "$file: the program exited non-zero" >&2; status=1; continue
    fi
    { cat "$work/main.swift"; sed 's|^|// expect: |' "$work/out"; } > "$file"
done
exit $status
