#!/usr/bin/env bash
# Runs every test: library, data validation, notebooks in the pinned host (dotnet-repl), the
# render command and its HTML report in headless Chromium, and the devcontainer set-up.
# Ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh || exit 1

log=$(mktemp)
dotnet test Analysis.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

summary=$(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6 }
  END { line = passed " passed, " failed " failed"; if (skipped > 0) line = line ", " skipped " skipped"; print line }')
rm -f "$log"
if [ -z "$summary" ] || [ "$summary" = "0 passed, 0 failed" ]; then
  echo "0 passed, 1 failed"   # the build or the test run itself failed before any test ran
  exit 1
fi
echo "$summary"
exit "$status"
