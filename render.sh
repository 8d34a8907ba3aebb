#!/usr/bin/env bash
# Renders everything: executes every notebook headless, writes the executed notebooks back into
# notebooks/, and writes the static HTML report (artifacts/report/index.html) with chart images.
# Options are passed to the render command: ./render.sh --help
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh
exec dotnet run --project src/Analysis.Render -c Release -- "$@"
