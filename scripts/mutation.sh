#!/usr/bin/env bash
# Mutation testing (issue 12): Stryker.NET (pinned in .config/dotnet-tools.json) mutates the
# calculations, the data validation/parsing and the verdict rules (the "mutate" list in
# tests/Analysis.Tests/stryker-config.json) and runs the fast tests (Category!=EndToEnd) against
# every mutant. Reports: artifacts/mutation/reports/mutation-report.html and .json; the per-file and
# total score is printed at the end (scripts/mutation-score.py). Too slow for every commit, so it is
# NOT part of .ci/run: run it after changing calculations, validation or verdict rules.
# Usage: scripts/mutation.sh [extra dotnet-stryker options, e.g. --concurrency 1]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/artifacts/mutation
run=$out/.running
dotnet tool restore >/dev/null
rm -rf "$run"
mkdir -p "$run"
start=$(date +%s)
(cd tests/Analysis.Tests && dotnet stryker --config-file stryker-config.json --output "$run" --skip-version-check "$@")
elapsed=$(( $(date +%s) - start ))
# Only a finished run replaces the previous reports.
[ -f "$run/reports/mutation-report.json" ] || { echo "mutation: no JSON report in $run/reports" >&2; exit 1; }
rm -rf "$out/reports" "$out/logs"
mv "$run"/* "$out"/
rm -rf "$run"   # what is left is Stryker's own .gitignore
echo
echo "Wall time: $((elapsed / 60)) min $((elapsed % 60)) s on $(nproc) cores (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "HTML report: artifacts/mutation/reports/mutation-report.html"
python3 scripts/mutation-score.py "$out/reports/mutation-report.json"
