"""Render time of the hot pages and of `neaspec seed`, on SQLite, on this machine.

    make bench        # or: .venv/bin/python bench/pages.py [--requests 200]

Prints median and 95th percentile per page and writes them to bench/results/<date>-<host>.json.
Uses a throwaway database under a temporary directory; never the working one.
"""

import argparse
import os
import statistics
import tempfile
import time

from recording import record as record_result  # bench/recording.py


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    os.environ["NEASPEC_VAR_DIR"] = tempfile.mkdtemp(prefix="neaspec-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from neaspec.data.loader import load

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    load()
    seed_seconds = time.perf_counter() - started
    started = time.perf_counter()
    load()
    reseed_seconds = time.perf_counter() - started

    client = Client()
    pages = {
        "home": "/",
        "state": "/states/MN/",
        "body": "/bodies/som/",
        "plan": "/plans/2021-2025/",
        "area": "/areas/biodiversity/",
        "indicator": "/indicators/threatened-species/",
        "api_framework": "/api/plans/2021-2025/framework",
        "contributions": "/contributions/",
        "fund": "/funds/core-fund/",
        "project": "/projects/mpa-knowledge-sharing/",
        "neampan": "/networks/neampan/",
        "site": "/sites/gochang-wetland/",
        "neacap": "/networks/neacap/",
        "api_states": "/api/states",
    }
    figures: dict[str, dict[str, float]] = {}
    for name, url in pages.items():
        client.get(url)  # warm caches and template loading
        times = []
        for _ in range(args.requests):
            t0 = time.perf_counter()
            assert client.get(url).status_code == 200
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        figures[name] = {
            "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        }
        median, p95 = figures[name]["median_ms"], figures[name]["p95_ms"]
        print(f"{name:12s} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    print(f"seed (empty db) {seed_seconds:.2f} s; seed again (no change) {reseed_seconds:.2f} s")

    record_result(
        "pages",
        {
            "database": "sqlite",
            "requests_per_page": args.requests,
            "pages": figures,
            "seed_seconds": round(seed_seconds, 3),
            "reseed_seconds": round(reseed_seconds, 3),
        },
    )


if __name__ == "__main__":
    main()
