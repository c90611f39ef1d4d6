"""Time to build each report in each format, at today's record and at a multiple of it.

    .venv/bin/python bench/reports.py --var-dir var/bench/1x --label 1x
    .venv/bin/python bench/reports.py --var-dir var/bench/100x --label 100x --whole --runs 1

The databases are the ones bench/scale.py builds (`make bench-load` keeps them in var/bench).
Each report is gathered and rendered as the task worker does it — selectors, then the format's
writer — as the Secretariat (who reads the most), a warm-up first (WeasyPrint and matplotlib
load once per worker), then `--runs` timed runs; the median, the slowest and the rows the
report holds are printed and written to bench/results/<date>-<host>-reports-<label>.json.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from recording import record  # bench/recording.py

# What the Secretariat asks for in a year: one year's contributions, the last SOM's
# follow-up, the progress report over the current plan.
TODAY = [
    ("status-of-contributions", {"year": "2018"}),
    ("decision-follow-up", {"meeting": "SOM-25"}),
    ("progress-report", {}),
]
# The most one can ask for: every contribution, the whole record's progress (bench/scale.py
# dates its synthetic meetings from 1993), which at 100x holds every one of its decisions.
WHOLE = [
    ("status-of-contributions", {}),
    ("progress-report", {"from": "2015-01-01"}),  # at 100x about 5,000 rows
    ("progress-report", {"from": "1993-01-01"}),  # every synthetic decision
]
# Cheap formats first: a run stopped by its time limit has still measured them.
ORDER = ("html", "xlsx", "docx", "pdf")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--var-dir", required=True, type=Path)
    parser.add_argument("--label", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--whole", action="store_true", help="also the whole record's reports")
    args = parser.parse_args()
    if not (args.var_dir / "neaspec.sqlite3").exists():
        sys.exit(f"{args.var_dir} holds no database: build it with bench/scale.py first")
    os.environ["NEASPEC_VAR_DIR"] = str(args.var_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.utils import translation

    from neaspec.accounts.models import Role, RoleGrant, User
    from neaspec.reports.catalogue import REPORTS
    from neaspec.reports.render import render

    call_command("migrate", verbosity=0)  # a database built before the reports app
    officer, _ = User.objects.get_or_create(username="bench-secretariat")
    RoleGrant.objects.get_or_create(user=officer, role=Role.SECRETARIAT)
    officer = User.objects.get(pk=officer.pk)  # permissions read afresh

    figures = []
    requests = TODAY + (WHOLE if args.whole else [])
    with translation.override("en"):
        for key, query in requests:
            report = REPORTS[key]
            params = report.clean(query)
            rows = report.size(actor=officer, params=params)
            for fmt in sorted(report.formats, key=ORDER.index):
                if fmt == "pdf" and rows > settings.NEASPEC_REPORT_MAX_PDF_ROWS:
                    print(f"{args.label:>5} {key:<24} {fmt:<5} {rows:>7} rows  refused (too large)")
                    continue
                timings, size = [], 0
                for run in range(args.runs + 1):
                    started = time.perf_counter()
                    document = report.build(actor=officer, params=params, progress=lambda *_: None)
                    size = len(render(document, fmt))
                    if run:  # the first run is the warm-up
                        timings.append(time.perf_counter() - started)
                figure = {
                    "report": key,
                    "format": fmt,
                    "params": query,
                    "rows": rows,
                    "bytes": size,
                    "median_s": round(statistics.median(timings), 3),
                    "max_s": round(max(timings), 3),
                }
                figures.append(figure)
                # Written after each figure, so that a run cut short keeps what it measured.
                record(
                    f"reports-{args.label}",
                    {"label": args.label, "runs": args.runs, "figures": figures},
                )
                print(
                    f"{args.label:>5} {key:<24} {fmt:<5} {rows:>7} rows "
                    f"{size / 1024:>8.0f} KB  median {figure['median_s']:.3f} s  "
                    f"max {figure['max_s']:.3f} s",
                    flush=True,
                )


if __name__ == "__main__":
    main()
