#!/usr/bin/env bash
# Product-level benchmark (issue 11): on generated BACI-format files of 1M and 10M rows, aggregate
# China <-> Russia by HS chapter for one year into a Deedle frame, side by side:
#   ours-csv      this project's path (ProductTrade.Aggregate) on the CSV
#   raw-csv       the same query as hand-written DuckDB SQL on the CSV (same column types, no checks)
#   deedle-csv    naive Deedle: Frame.ReadCsv of the whole file, then filter and group
#   ours-parquet  this project's path on the Parquet conversion (ProductTrade.ConvertToParquet)
#   raw-parquet   hand-written DuckDB SQL on the same Parquet file
#   *-warm        the same query timed a second time in the same process (a notebook's second query:
#                 engine loaded, code compiled); the cold runs include loading DuckDB and compiling
# Each run is its own process under /usr/bin/time, so peak memory (max RSS) is per variant. Times are
# the query as measured inside the process (open + query + frame), median of RUNS runs (naive Deedle:
# one run); memory is the largest max RSS seen. Writes a Markdown table to stdout and to
# artifacts/products-bench/results.md. Generated files stay under artifacts/ (git-ignored).
# Usage: scripts/benchmark-products.sh [RUNS]   (env ROWS="1000000 10000000" to choose the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
sizes=${ROWS:-"1000000 10000000"}
out=artifacts/products-bench
mkdir -p "$out"
dotnet build benchmarks/Analysis.Products.Benchmarks -c Release -nologo -v quiet >/dev/null
bench=benchmarks/Analysis.Products.Benchmarks/bin/Release/net10.0/benchmark-products
[ -x /usr/bin/time ] || { echo "benchmark: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One run: prints "seconds max_rss_mb result_rows value".
measure() {
  local log line
  log=$(mktemp)
  if ! /usr/bin/time -f "RSS_KB %M" "$bench" "$@" >"$log.out" 2>"$log"; then
    echo "benchmark: '$bench $*' failed:" >&2; cat "$log" "$log.out" >&2; exit 1
  fi
  line=$(tail -1 "$log.out")
  awk -F, -v rss="$(awk '/RSS_KB/ { print $2 }' "$log")" -v l="$line" 'BEGIN { split(l, f, ","); printf "%s %.0f %s %s\n", f[2], rss / 1024, f[3], f[4] }'
  rm -f "$log" "$log.out"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "## Product benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GB RAM; \`$(uname -srmo)\`; .NET SDK $(dotnet --version); runs per variant: $runs (naive Deedle: 1). Load average before: $load_before."
  echo
  echo "| rows | variant | seconds (median) | peak memory (MB) | result rows | value (USD thousand) |"
  echo "|---:|---|---:|---:|---:|---:|"
} | tee "$out/results.md"

for rows in $sizes; do
  csv=$(ls "$out"/BACI_HS22_Y2022_Vsynthetic-20231018-"$rows".csv 2>/dev/null || true)
  [ -n "$csv" ] || csv=$("$bench" generate "$out" "$rows")
  parquet="$out/parquet/$(basename "${csv%.csv}").parquet"
  [ -f "$parquet" ] || "$bench" convert "$csv" "$out/parquet" >/dev/null 2>&1
  for variant in ours-csv raw-csv deedle-csv ours-parquet raw-parquet ours-csv-warm raw-csv-warm ours-parquet-warm raw-parquet-warm; do
    kind=${variant%%-*}; format=$(echo "$variant" | cut -d- -f2); warm=$(echo "$variant" | cut -s -d- -f3)
    file=$csv; [ "$format" = parquet ] && file=$parquet
    n=$runs; [ "$kind" = deedle ] && n=1
    results=$(for _ in $(seq "$n"); do measure "$kind" "$file" $warm; done)
    seconds=$(echo "$results" | awk '{ print $1 }' | median)
    rss=$(echo "$results" | awk '{ print $2 }' | sort -n | tail -1)
    rows_out=$(echo "$results" | awk 'END { print $3 }')
    value=$(echo "$results" | awk 'END { print $4 }')
    echo "| $rows | $variant | $seconds | $rss | $rows_out | $value |" | tee -a "$out/results.md"
  done
done
echo | tee -a "$out/results.md"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$out/results.md"
