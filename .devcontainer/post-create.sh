#!/usr/bin/env bash
# Post-create set-up of the dev container (also safe to run by hand on any Debian machine with
# the .NET 10 SDK): Chromium for static chart images, the pinned notebook tools, the library
# built where the notebooks' set-up cell loads it, and the .NET Interactive Jupyter kernel.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Chromium (Debian package) and the pinned tools (dotnet-interactive 1.0.712001, dotnet-repl 0.3.259)"
scripts/prerequisites.sh

step "Build (also refreshes artifacts/notebook-lib, which the notebooks load)"
dotnet build Analysis.sln -nologo -v quiet

step "Register the .NET Interactive kernels with Jupyter"
kernels="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter/kernels"
mkdir -p "$kernels"
dotnet interactive jupyter install --path "$kernels"

step "Done"
echo "Open notebooks/00-overview.ipynb; pick the '.NET (C#)' kernel (Jupyter) or Polyglot Notebooks."
