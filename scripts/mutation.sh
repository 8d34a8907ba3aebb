#!/usr/bin/env bash
# Mutation testing (issue 12): Stryker.NET (pinned in .config/dotnet-tools.json) mutates the code in
# the "mutate" list of a test project's stryker-config.json and runs that project's tests (those its
# "test-case-filter" selects) against every mutant. Two targets:
#   core     (default) tests/Analysis.UnitTests: calculations, CSV parser, schema validator, verdict rules
#   products tests/Analysis.Products.Tests: the DuckDB product-level queries, tariff lines, HS/country codes
#   readers  tests/Analysis.Tests (its reader tests): the typed readers (Data/Readers)
# Reports: artifacts/mutation/<target>/reports/mutation-report.html and .json; the per-file and total
# score is printed at the end (scripts/mutation-score.py). Too slow for every commit, so it is NOT part
# of .ci/run: run it after changing calculations, validation, verdict rules or product queries.
# Usage: scripts/mutation.sh [core|products|readers] [extra dotnet-stryker options]
#   e.g. scripts/mutation.sh core --since:main   (only the mutants in files changed since main)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=core
case "${1:-}" in
  core|products|readers) target=$1; shift ;;
esac
case "$target" in
  core) project=tests/Analysis.UnitTests ;;
  products) project=tests/Analysis.Products.Tests ;;
  readers) project=tests/Analysis.Tests ;;
esac
out=$root/artifacts/mutation/$target
run=$out/.running
dotnet tool restore >/dev/null
rm -rf "$run"
mkdir -p "$run"
start=$(date +%s)
(cd "$project" && dotnet stryker --config-file stryker-config.json --output "$run" --skip-version-check "$@")
elapsed=$(( $(date +%s) - start ))
# Only a finished run replaces the previous reports.
[ -f "$run/reports/mutation-report.json" ] || { echo "mutation: no JSON report in $run/reports" >&2; exit 1; }
rm -rf "$out/reports" "$out/logs"
mv "$run"/* "$out"/
rm -rf "$run"   # what is left is Stryker's own .gitignore
echo
echo "Wall time: $((elapsed / 60)) min $((elapsed % 60)) s on $(nproc) cores (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "HTML report: artifacts/mutation/$target/reports/mutation-report.html"
python3 scripts/mutation-score.py "$out/reports/mutation-report.json"
