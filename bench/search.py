"""Library search at 10,000 documents, one query kind at a time, on SQLite or PostgreSQL.

    .venv/bin/python bench/search.py --var-dir /tmp/neaspec-search
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/neaspec_search .venv/bin/python bench/search.py

Builds (once) `--documents` documents of 2 to 50 pages (2,000 characters a page, log-uniform)
in the six languages with bench/scale.py's made-up vocabulary, every 97th with a few real words
and a phrase ("marine litter on the coast", a Russian and a Mongolian inflected form, "EU");
then times `document_search` in-process, 30 times per query kind, as the public: word (common,
rare), an inflected form, two letters, one and two CJK characters, a phrase of two and of three
words, two words, a miss. Prints hits, p50 and p95 (ms); writes
bench/results/<date>-<host>-search-<database>.json.
"""

import argparse
import math
import os
import random
import sys
import time

from recording import record  # bench/recording.py
from scale import Writer  # bench/scale.py


def build(count: int) -> None:
    from django.db import connection, transaction

    from neaspec.library.models import Document

    writer, rng = Writer(7), random.Random(3)
    started, batch = time.perf_counter(), []
    for i in range(count):
        language = writer.languages[i % len(writer.languages)]
        pages = math.exp(rng.uniform(math.log(2), math.log(50)))
        document = Document(
            title=writer.text(language, 40),
            type="report",
            language=language,
            visibility="public",
            file=f"bench-search/{i}.txt",
            file_type="txt",
            size=1,
            sha256="0" * 64,
            status="ready",
        )
        text = writer.text(language, int(pages * 2000))
        if i % 97 == 0:
            text += " marine litter on the coast; leopard леопарда цөлжилтийн EU"
        document.set_text(text)
        batch.append(document)
        if len(batch) == 200 or i == count - 1:
            with transaction.atomic():
                Document.objects.bulk_create(batch)
            batch = []
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"{count:,} documents built in {time.perf_counter() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", help="where the SQLite database goes (without DATABASE_URL)")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        if not args.var_dir:
            sys.exit("Give --var-dir (a directory for the SQLite database) or DATABASE_URL.")
        os.environ["NEASPEC_VAR_DIR"] = args.var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command

    from neaspec.library.models import Document
    from neaspec.library.selectors import document_search

    call_command("migrate", verbosity=0)
    if not Document.objects.filter(file__startswith="bench-search/").exists():
        build(args.documents)
    vocabulary = Writer(7).vocabulary
    en, zh = vocabulary["en"], vocabulary["zh-hans"]
    kinds = {
        "word (common)": en[3],
        "word (rare)": en[2500],
        "inflected": "леопарда",
        "2 letters": "eu",
        "CJK 1 character": next(w for w in zh[30:] if len(w) == 1),
        "CJK 2 characters": next(w for w in zh[30:] if len(w) == 2),
        "phrase, 2 words": '"marine litter"',
        "phrase, 3 words": '"litter on the"',
        "two words": f"{en[10]} {en[50]}",
        "miss": "zzqxv",
    }
    public, figures = AnonymousUser(), {}
    for name, query in kinds.items():
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            hits = document_search(actor=public, query=query)
            found = len(hits)
            list(hits[:20])  # the page shown, with its snippets
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95) - 1]
        figures[name] = {"query": query, "hits": found, "p50_ms": p50, "p95_ms": p95}
        print(f"{name:18} {query!r:24} {found:6d} hits  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    database = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    record(f"search-{database}", {"documents": args.documents, "kinds": figures})


if __name__ == "__main__":
    main()
