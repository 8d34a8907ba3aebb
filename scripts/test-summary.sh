#!/usr/bin/env bash
# Reads the output of `dotnet test` on a solution (stdin) and prints one line summed over its test
# projects: "N passed, N failed[, N skipped]". A project that printed no result line (it crashed,
# or the run aborted) counts as 1 failed, with a note on stderr; a project that a --filter left
# nothing to run ("No test matches the given testcase filter") counts as reported.
# Exits 1 when anything failed or nothing ran, else 0. Used by test.sh.
# Usage: scripts/test-summary.sh PROJECT_COUNT < dotnet-test-output
set -uo pipefail
projects=$1
log=$(cat)
reported=$(grep -cE '(Passed|Failed)!\s+-\s+Failed:|No test matches the given testcase filter' <<<"$log")
silent=$((projects > reported ? projects - reported : 0))
if [ "$silent" -gt 0 ]; then
  echo "test-summary: $silent of $projects test project(s) reported no results (a crash or an aborted run; see above)" >&2
fi
grep -E '(Passed|Failed)!\s+-\s+Failed:' <<<"$log" | awk -F'[:,]' -v silent="$silent" '
  { failed += $2; passed += $4; skipped += $6 }
  END {
    failed += silent
    if (passed + failed == 0) failed = 1   # the run failed before any test ran
    line = passed + 0 " passed, " failed + 0 " failed"
    if (skipped > 0) line = line ", " skipped " skipped"
    print line
    exit failed > 0 ? 1 : 0
  }'
