"""Extraction throughput on generated meeting reports, on one core.

    make bench   (or .venv/bin/python bench/extraction.py [--pages 20] [--runs 20])

A report is generated with the structure of a SOM report (numbered paragraphs, conclusions with
topic labels, agenda, statements); a page is taken as 3,000 characters. Prints pages per second
and the time for one report, and writes them to bench/results/<date>-<host>-extraction.json.
"""

import argparse
import os
import random
import statistics
import time

from recording import record as record_result  # bench/recording.py

STATES = ["China", "Japan", "Mongolia", "the Republic of Korea", "the Russian Federation"]
TOPICS = [
    ("Air Pollution", "the clean air partnership"),
    ("Marine Protected Areas", "the MPA network"),
    ("Low Carbon Cities", "the city platform"),
    ("Core Fund", "the contributions"),
]


def generate(pages: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    lines = [
        "REPORT OF THE THIRTIETH SENIOR OFFICIALS MEETING",
        "",
        "1. The Thirtieth Senior Officials Meeting (SOM) of NEASPEC was held in Seoul on "
        "14-15 October 2027 and hosted by the Government of the Republic of Korea.",
        "",
        "I. CONCLUSIONS AND RECOMMENDATIONS",
        "",
    ]
    number = 2
    while sum(len(line) for line in lines) < pages * 3000:
        label, subject = rng.choice(TOPICS)
        state = rng.choice(STATES)
        lines += [
            f"{number}. **{label}:** The Meeting noted the progress of {subject} in 2027. "
            f"The Meeting requested the Secretariat to report on {subject} by 30 June 2028. "
            f"The Meeting welcomed the offer of {state} to host a workshop.",
            "",
            f"{number + 1}. The representative of {state} supported the plan for {subject} "
            f"and suggested closer cooperation with other mechanisms.",
            "",
        ]
        number += 2
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    from neaspec.extraction import clauses, lexicon
    from neaspec.extraction.report import extract

    text = generate(args.pages)
    pages = len(text) / 3000
    extract(text, "warm-up")
    times = []
    for _ in range(args.runs):
        # The reader remembers sentences and titles it has read; a real report is read once, so
        # each run starts without that memory.
        clauses.bare_clause.cache_clear()
        lexicon.area_of.cache_clear()
        started = time.perf_counter()
        record = extract(text, "bench")
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(
        f"report of {pages:.1f} pages: {len(record['decisions'])} decisions, "
        f"{len(record['statements'])} statements"
    )
    print(f"median {median * 1000:.1f} ms per report; {pages / median:.1f} pages per second")
    record_result(
        "extraction",
        {
            "pages": round(pages, 1),
            "runs": args.runs,
            "median_seconds_per_report": round(median, 4),
            "pages_per_second": round(pages / median, 1),
        },
    )


if __name__ == "__main__":
    main()
