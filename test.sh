#!/usr/bin/env bash
# Runs every test of every test project in Analysis.sln: library, data validation, notebooks in
# the pinned host (dotnet-repl), the render command and its HTML report in headless Chromium, and
# the devcontainer set-up. Arguments go to `dotnet test` (e.g. --filter "Category!=EndToEnd").
# The build runs first, quietly (full output, restore warnings included, in
# artifacts/logs/test-build.log). Ends with exactly one line: "N passed, N failed[, N skipped]",
# summed over the test projects; a project that reports nothing (it crashed) counts as 1 failed.
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh || { echo "0 passed, 1 failed"; exit 1; }

build_log=artifacts/logs/test-build.log
if ! scripts/build-quietly.sh "$build_log" Analysis.sln; then
  echo "0 passed, 1 failed"   # the build failed before any test ran
  exit 1
fi
echo "test.sh: build log in $build_log"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Analysis.sln --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One result line per test project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ..." or, when a
# filter leaves a project nothing to run, "No test matches the given testcase filter".
projects=$(grep -cE '"tests[\\/][^"]+\.csproj"' Analysis.sln)
reported=$(grep -cE '(Passed|Failed)!\s+-\s+Failed:|No test matches the given testcase filter' "$log")
summary=$(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | awk -F'[:,]' -v silent=$((projects > reported ? projects - reported : 0)) '
  { failed += $2; passed += $4; skipped += $6 }
  END { failed += silent; line = passed + 0 " passed, " failed + 0 " failed"; if (skipped > 0) line = line ", " skipped " skipped"; print line }')
if [ "$reported" -lt "$projects" ]; then
  echo "test.sh: $((projects - reported)) of $projects test project(s) reported no results (a crash or an aborted run; see above)"
  status=1
fi
if [ "$summary" = "0 passed, 0 failed" ]; then
  summary="0 passed, 1 failed"   # the test run itself failed before any test ran
  status=1
fi
echo "$summary"
exit "$status"
