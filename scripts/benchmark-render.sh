#!/usr/bin/env bash
# Benchmark of the render command against the notebook host's floor (issue: render time of all
# notebooks with a warm NuGet cache must be <= 1.3 x (time of `dotnet repl` on a one-cell notebook
# x number of notebooks)). Runs each side RUNS times (default 3) and compares the medians.
# Usage: scripts/benchmark-render.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
scripts/prerequisites.sh
dotnet build src/Analysis.Render -c Release -nologo -v quiet >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/one-cell.ipynb" <<'NB'
{"cells":[{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":["1+1"]}],
 "metadata":{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"}},"nbformat":4,"nbformat_minor":5}
NB

seconds() {
  local start end
  start=$(date +%s%N)
  if ! "$@" >"$work/last.log" 2>&1; then echo "benchmark: '$*' failed:" >&2; tail -20 "$work/last.log" >&2; exit 1; fi
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

notebooks=$(ls notebooks/*.ipynb | wc -l)
# dotnet repl is the repository's pinned local tool, so it runs from here.
floor=$(for _ in $(seq "$runs"); do seconds dotnet repl --run "$work/one-cell.ipynb" --exit-after-run; done | median)
render=$(for _ in $(seq "$runs"); do seconds dotnet run --project src/Analysis.Render -c Release --no-build -- -o "$work/report" --no-write-back; done | median)
budget=$(awk -v f="$floor" -v n="$notebooks" 'BEGIN { print f * n }')
ratio=$(awk -v r="$render" -v b="$budget" 'BEGIN { print r / b }')
printf 'machine: %s, %s cores\n' "$(uname -srm)" "$(nproc)"
printf 'dotnet repl one-cell notebook (floor), median of %d: %.2f s\n' "$runs" "$floor"
printf 'floor x %d notebooks: %.2f s\n' "$notebooks" "$budget"
printf 'render all notebooks, median of %d:    %.2f s\n' "$runs" "$render"
printf 'ratio render / (floor x notebooks):  %.2f (goal <= 1.30)\n' "$ratio"
