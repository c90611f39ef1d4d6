"""The tables of docs/performance.md, from the newest bench/load.py results of each kind.

    .venv/bin/python bench/table.py [--database sqlite] [--small 1x] [--large 100x]

Signed in: per page kind, p95 in ms and its ratio to the floor measured in the same run, as the
Secretariat and as the focal point of Mongolia, at 1× and 100×; each role's 100× p95 against its
1× one; the queries a page of the kind costs each role (1× / 100×).

Signed out: the same, with the public page cache off (cold: every answer rendered) and on (warm,
as deployed); the cold 100× figure against the cold 1× one; the queries (1× / 100×); the largest
worker memory seen in the 100× cold run.

Then the write throughput (bench/load.py --writes), where measured. A run not made yet shows as
"—".
"""

import argparse
import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def newest(kind: str, database: str) -> dict[str, Any] | None:
    found = sorted(RESULTS.glob(f"*-{kind}-{database}.json"))
    return json.loads(found[-1].read_text()) if found else None


def pages(label: str, role: str, cache: bool, database: str) -> dict[str, Any]:
    run = newest(f"load-{label}-{role}-cache-{'on' if cache else 'off'}", database)
    return run["pages"] if run else {}


def cell(row: dict[str, Any] | None) -> str:
    if not row:
        return "—"
    failed = f", {row['page']['failures']} failed" if row["page"]["failures"] else ""
    ratio = row["ratio_p95"]
    shown = f"{ratio:.1f}×" if ratio is not None else "floor not measured"
    return f"{row['page']['p95_ms']:.0f} ms ({shown}{failed})"


def growth(small: dict[str, Any] | None, large: dict[str, Any] | None) -> str:
    if not small or not large:
        return "—"
    return f"{large['page']['p95_ms'] / max(small['page']['p95_ms'], 1):.2f}"


def queries(small: dict[str, Any] | None, large: dict[str, Any] | None) -> str:
    return " / ".join(str(r["queries"]) if r else "—" for r in (small, large))


def kinds(*runs: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for run in runs:
        names += [name for name in run if name not in names]
    return names


def signed_in(small: str, large: str, database: str) -> None:
    runs = {
        (label, role): pages(label, role, True, database)
        for label in (small, large)
        for role in ("secretariat", "focal")
    }
    print(f"Signed in ({database}): p95 (ratio to the floor)\n")
    print(
        f"| page | Secretariat {small} | focal point {small} | Secretariat {large} "
        f"| focal point {large} | {large} / {small} Secretariat | {large} / {small} focal point "
        f"| queries {small} / {large} Secretariat | queries {small} / {large} focal point |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name in kinds(*runs.values()):
        row = {key: run.get(name) for key, run in runs.items()}
        cells = [
            cell(row[(small, "secretariat")]),
            cell(row[(small, "focal")]),
            cell(row[(large, "secretariat")]),
            cell(row[(large, "focal")]),
            growth(row[(small, "secretariat")], row[(large, "secretariat")]),
            growth(row[(small, "focal")], row[(large, "focal")]),
            queries(row[(small, "secretariat")], row[(large, "secretariat")]),
            queries(row[(small, "focal")], row[(large, "focal")]),
        ]
        print(f"| {name} | {' | '.join(cells)} |")


def signed_out(small: str, large: str, database: str) -> None:
    runs = {
        (label, cache): pages(label, "public", cache, database)
        for label in (small, large)
        for cache in (False, True)
    }
    print(f"\nSigned out ({database}): p95 (ratio to the floor)\n")
    print(
        f"| page | {small} cold | {small} warm | {large} cold | {large} warm "
        f"| {large} / {small} cold | queries {small} / {large} | worker peak MB |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name in kinds(*runs.values()):
        row = {key: run.get(name) for key, run in runs.items()}
        peak = row[(large, False)] or row[(small, False)]
        cells = [
            cell(row[(small, False)]),
            cell(row[(small, True)]),
            cell(row[(large, False)]),
            cell(row[(large, True)]),
            growth(row[(small, False)], row[(large, False)]),
            queries(row[(small, False)], row[(large, False)]),
            f"{peak['worker_peak_mb']:.0f}" if peak else "—",
        ]
        print(f"| {name} | {' | '.join(cells)} |")


def writes(small: str, large: str, database: str) -> None:
    runs = {label: newest(f"writes-{label}-secretariat", database) for label in (small, large)}
    if not any(runs.values()):
        return
    print(f"\nWrites ({database}): Secretariat clients recording progress on follow-ups\n")
    print("| size | clients | requests/s | errors | 409 | p50 | p95 (ratio to the floor) |")
    print("|---|---|---|---|---|---|---|")
    for label, run in runs.items():
        if not run:
            print(f"| {label} | — | — | — | — | — | — |")
            continue
        w = run["writes"]
        print(
            f"| {label} | {run['users']} | {w['requests'] / run['seconds']:.1f} "
            f"| {w['failures']} | {run['conflicts_409']} | {w['p50_ms']:.0f} ms "
            f"| {w['p95_ms']:.0f} ms ({run['ratio_p95'] or 0:.1f}×) |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="sqlite")
    parser.add_argument("--small", default="1x", help="the label of the small database's runs")
    parser.add_argument("--large", default="100x", help="the label of the large database's runs")
    args = parser.parse_args()
    signed_in(args.small, args.large, args.database)
    signed_out(args.small, args.large, args.database)
    writes(args.small, args.large, args.database)


if __name__ == "__main__":
    main()
