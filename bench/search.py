"""Search latency on a synthetic library of 10,000 documents (~50 million characters).

    .venv/bin/python bench/search.py                      # SQLite, in a temporary directory
    DATABASE_URL=postgres://... .venv/bin/python bench/search.py   # PostgreSQL (a scratch DB)

Documents mix English, Chinese, Japanese, Korean, Mongolian and Russian text; queries cover
each language, one- and two-character CJK terms and multi-word English. Prints median and p95
per query kind and writes bench/results/<date>-<host>-search-<database>.json.
"""

import argparse
import os
import random
import statistics
import tempfile
import time

from recording import record as record_result  # bench/recording.py

VOCABULARY = {
    "en": [
        "air",
        "pollution",
        "marine",
        "protected",
        "areas",
        "low",
        "carbon",
        "cities",
        "wetlands",
        "estuary",
        "migratory",
        "birds",
        "desertification",
        "land",
        "degradation",
        "partnership",
        "committee",
        "secretariat",
        "workshop",
        "study",
    ],
    "zh-hans": list("图们江口湿地候鸟大气污染海洋保护区低碳城市荒漠化土地退化合作委员会秘书处研讨"),
    "ja": list("北東アジアの大気汚染越境政策対話報告海洋保護区低炭素都市砂漠化"),
    "ko": [
        "해양",
        "보호",
        "구역",
        "네트워크",
        "대기",
        "오염",
        "저탄소",
        "도시",
        "사막화",
        "협력",
        "위원회",
        "사무국",
    ],
    "mn": [
        "цөлжилт",
        "газрын",
        "доройтол",
        "агаарын",
        "бохирдол",
        "далайн",
        "хамгаалалттай",
        "бүс",
        "хот",
    ],
    "ru": [
        "загрязнение",
        "воздуха",
        "морские",
        "охраняемые",
        "районы",
        "леопард",
        "тигр",
        "опустынивание",
    ],
}
QUERIES = {
    "english words": ["wetlands estuary", "low carbon", "partnership", "migratory birds"],
    "cjk 1-2 chars": ["湿地", "江", "汚染", "도시"],
    "cjk 3+ chars": ["图们江", "大気汚染", "해양보"],
    "cyrillic": ["леопард", "цөлжилт", "опустынивание"],
    "absent": ["zzzyxw", "不存在的词"],
    # The worst case: a term too short for the trigram index that matches nothing scans all.
    "absent 1-2 chars": ["乙", "丙丁"],
}


def make_text(rng: random.Random, language: str, size: int) -> str:
    words = VOCABULARY[language]
    sep = "" if language in {"zh-hans", "ja"} else " "
    out, length = [], 0
    while length < size:
        word = rng.choice(words)
        out.append(word)
        length += len(word) + len(sep)
    return sep.join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=5_000, help="characters per document")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        os.environ["NEASPEC_VAR_DIR"] = tempfile.mkdtemp(prefix="neaspec-search-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command
    from django.db import connection, transaction

    from neaspec.library.models import Document
    from neaspec.library.selectors import document_search

    call_command("migrate", verbosity=0)
    Document.objects.all().delete()
    rng = random.Random(7)
    languages = list(VOCABULARY)
    started = time.perf_counter()
    with transaction.atomic():
        batch = []
        for i in range(args.documents):
            language = languages[i % len(languages)]
            text = make_text(rng, language, args.chars)
            title = f"Document {i} " + make_text(rng, language, 30)
            batch.append(
                Document(
                    title=title,
                    type="study",
                    language=language,
                    visibility="public",
                    file="documents/bench.txt",
                    file_type="txt",
                    size=len(text),
                    sha256="0" * 64,
                    status="ready",
                    text=text,
                    search_text=f"{title}\n{text}".casefold(),
                )
            )
            if len(batch) == 500:
                Document.objects.bulk_create(batch)
                batch = []
        Document.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE library_document")
    load_seconds = time.perf_counter() - started
    total_chars = sum(len(t) for t in Document.objects.values_list("text", flat=True))
    print(
        f"{connection.vendor}: {args.documents} documents, {total_chars / 1e6:.1f} M characters "
        f"(loaded in {load_seconds:.0f} s)"
    )

    public = AnonymousUser()
    figures = {}
    for kind, queries in QUERIES.items():
        times = []
        for _ in range(args.runs):
            for query in queries:
                t0 = time.perf_counter()
                document_search(actor=public, query=query, limit=20)
                times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        figures[kind] = {
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
        }
        print(
            f"{kind:15s} median {figures[kind]['median_ms']:7.1f} ms   p95 {figures[kind]['p95_ms']:7.1f} ms"
        )
    record_result(
        f"search-{connection.vendor}",
        {
            "database": connection.vendor,
            "documents": args.documents,
            "characters": total_chars,
            "queries": figures,
        },
    )


if __name__ == "__main__":
    main()
