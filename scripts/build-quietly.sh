#!/usr/bin/env bash
# Builds (restore included) with the whole output in a log file instead of on the console. The
# restore here always logs NU1603 warnings: the package feed serves a newer version than some of
# Microsoft.DotNet.Interactive's and PuppeteerSharp's dependencies ask for, and NuGet takes it
# (see Directory.Build.props); there is nothing to act on, so they stay in the log. On failure the
# errors are printed with the log's path. Used by render.sh and test.sh.
# Usage: scripts/build-quietly.sh LOG PROJECT_OR_SOLUTION [dotnet build options]
set -uo pipefail
log=$1
shift
mkdir -p "$(dirname "$log")"
if dotnet build "$@" -nologo >"$log" 2>&1; then
  exit 0
fi
echo "build failed (dotnet build $*):" >&2
grep -E ': error [A-Z]+[0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u >&2
echo "full build log: $log" >&2
exit 1
