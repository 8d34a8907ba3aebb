#!/usr/bin/env bash
# What the render command and the tests need beyond the .NET SDK, installed if missing:
#   - Chromium, from Debian's packages, for static chart images and the report check
#     (never a browser downloaded at run time);
#   - the pinned notebook tools from .config/dotnet-tools.json (dotnet-interactive, dotnet-repl).
# Used by render.sh, test.sh, .ci/run and the devcontainer's post-create script.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "prerequisites: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)." >&2
  exit 1
fi

if [ -n "${ANALYSIS_CHROMIUM:-}" ] && [ -x "${ANALYSIS_CHROMIUM}" ]; then
  :
elif command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  :
else
  echo "prerequisites: installing Chromium from Debian packages (for chart images)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi

dotnet tool restore >/dev/null
