#!/usr/bin/env python3
"""Per-file and total mutation score from a Stryker JSON report (mutation-testing-report-schema).

Score = (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), as Stryker computes it;
CompileError and Ignored mutants do not count. Usage:
  scripts/mutation-score.py artifacts/mutation/core/reports/mutation-report.json [--survivors]
--survivors also lists every surviving / uncovered mutant as file:line mutator -> replacement.
"""
import json
import sys


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        report = json.load(f)
    show_survivors = "--survivors" in argv[1:]
    rows, survivors = [], []
    totals = dict(killed=0, survived=0)
    for path, file in sorted(report["files"].items()):
        killed = sum(m["status"] in ("Killed", "Timeout") for m in file["mutants"])
        undetected = [m for m in file["mutants"] if m["status"] in ("Survived", "NoCoverage")]
        if killed + len(undetected) == 0:
            continue
        name = path.split("/src/", 1)[-1].split("/", 1)[-1]
        rows.append((name, killed, len(undetected)))
        totals["killed"] += killed
        totals["survived"] += len(undetected)
        lines = file["source"].splitlines()
        for m in undetected:
            line = m["location"]["start"]["line"]
            survivors.append((name, line, m["status"], m["mutatorName"],
                              m.get("replacement", "").replace("\n", " ")[:90],
                              lines[line - 1].strip()[:90] if line <= len(lines) else ""))

    print(f"{'file':<44} {'killed':>6} {'survived':>8} {'score':>7}")
    for name, k, s in rows:
        print(f"{name:<44} {k:>6} {s:>8} {100.0 * k / (k + s):>6.1f}%")
    k, s = totals["killed"], totals["survived"]
    print(f"{'total':<44} {k:>6} {s:>8} {100.0 * k / (k + s) if k + s else 0:>6.1f}%")
    print("(killed = killed + timeout; survived = survived + no coverage)")
    if show_survivors:
        print()
        for name, line, status, mutator, replacement, source in survivors:
            print(f"{name}:{line} {status} {mutator}: {source}  ->  {replacement}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
