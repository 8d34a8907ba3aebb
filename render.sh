#!/usr/bin/env bash
# Renders everything: executes every notebook headless, writes the executed notebooks back into
# notebooks/, and writes the static HTML report (artifacts/report/index.html) with chart images.
# Options are passed to the render command: ./render.sh --help
# The build runs first, quietly: its full output, restore warnings included, goes to
# artifacts/logs/render-build.log, and only errors are printed.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh
log=artifacts/logs/render-build.log
scripts/build-quietly.sh "$log" src/Analysis.Render -c Release
echo "render.sh: build log in $log" >&2
# Run the built program directly: `dotnet run` would evaluate the project again (seconds).
program=src/Analysis.Render/bin/Release/net10.0/render.dll
if [ ! -f "$program" ]; then
  echo "render.sh: $program is missing after the build (see $log)" >&2
  exit 1
fi
exec dotnet "$program" "$@"
