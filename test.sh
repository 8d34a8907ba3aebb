#!/usr/bin/env bash
# Runs every test of every test project in Analysis.sln: library, data validation, notebooks in
# the pinned host (dotnet-repl), the render command and its HTML report in headless Chromium, and
# the devcontainer set-up. Arguments go to `dotnet test` (e.g. --filter "Category!=EndToEnd").
# The build runs first, quietly (full output, restore warnings included, in
# artifacts/logs/test-build.log). Ends with exactly one line: "N passed, N failed[, N skipped]",
# summed over the test projects by scripts/test-summary.sh (a project that reports nothing counts
# as 1 failed).
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

projects=$(grep -cE '"tests[\\/][^"]+\.csproj"' Analysis.sln)
scripts/test-summary.sh "$projects" <"$log" || status=1
exit "$status"
