#!/usr/bin/env bash
# What the render command and the tests need beyond the .NET SDK, installed if missing:
#   - Chromium, from Debian's packages, for static chart images and the report check
#     (never a browser downloaded at run time);
#   - a Jupyter client, from Debian's packages (jupyter-nbconvert, python3-nbclient,
#     jupyter-client), for the test that runs a notebook as VS Code's Jupyter extension does;
#   - the pinned notebook tools from .config/dotnet-tools.json (dotnet-interactive, dotnet-repl).
# Used by render.sh, test.sh, .ci/run and the devcontainer's post-create script.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    $SUDO apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

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
  apt_install chromium fonts-liberation
fi

jupyter_packages="jupyter-nbconvert python3-nbclient jupyter-client"
# shellcheck disable=SC2086 # the list is split on purpose
if ! dpkg -s $jupyter_packages >/dev/null 2>&1; then
  echo "prerequisites: installing a Jupyter client from Debian packages ($jupyter_packages)"
  # shellcheck disable=SC2086
  apt_install $jupyter_packages
fi

dotnet tool restore >/dev/null
