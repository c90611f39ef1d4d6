"""The table of docs/performance.md, from the newest bench/load.py results of each kind.

    .venv/bin/python bench/table.py [--database sqlite]

Columns: per page, p95 in ms and its ratio to the floor measured in the same run, at 1× and
100×, as the public gets it (page cache on) and rendered (off, as a signed-in person gets it);
the rendered 100× figure against the rendered 1× one; the queries rendering costs at 1× and
100×; the largest worker memory seen in the 100× rendered run.
"""

import argparse
import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def newest(label: str, database: str) -> dict[str, Any]:
    found = sorted(RESULTS.glob(f"*-load-{label}-{database}.json"))
    if not found:
        raise SystemExit(f"no results for {label} on {database}: run bench/load.py first")
    return json.loads(found[-1].read_text())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="sqlite")
    args = parser.parse_args()
    runs = {
        (scale, mode): newest(f"{scale}-{mode}", args.database)["pages"]
        for scale in ("1x", "100x")
        for mode in ("cached", "rendered")
    }
    print(
        "| page | 1× public | 1× rendered | 100× public | 100× rendered "
        "| 100× / 1× rendered | queries 1× / 100× | worker peak MB |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name in runs[("1x", "rendered")]:
        cells = []
        for key in (("1x", "cached"), ("1x", "rendered"), ("100x", "cached"), ("100x", "rendered")):
            row = runs[key][name]
            cells.append(f"{row['page']['p95_ms']:.0f} ms ({row['ratio_p95']:.1f}×)")
        small, large = runs[("1x", "rendered")][name], runs[("100x", "rendered")][name]
        growth = large["page"]["p95_ms"] / max(small["page"]["p95_ms"], 1)
        queries = f"{small['queries']} / {large['queries']}"
        print(
            f"| {name} | {' | '.join(cells)} | {growth:.2f} | {queries} "
            f"| {large['worker_peak_mb']:.0f} |"
        )


if __name__ == "__main__":
    main()
