"""Build a database at a multiple of the NEASPEC record, for bench/load.py.

    .venv/bin/python bench/scale.py --multiple 100 --var-dir /tmp/neaspec-100x
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/neaspec_100x \\
        .venv/bin/python bench/scale.py --multiple 100

The reference data is loaded (`neaspec seed`), then `--multiple` synthetic units are added, each
shaped like a programme's decade: 28 meetings over eight series, each with five agenda items
and 35 decisions (addressed to the Secretariat, a member State or all of them, 60 % with a
follow-up action due by a date or "before the next meeting"), 100 documents of about 5,000
characters in the six languages (words drawn, Zipf-like, from a vocabulary of 3,000 made-up
words per language, so that terms are rare or common as in real text) and six contributions.
At --multiple 100: 2,800 meetings, 98,000 decisions, about 59,000 follow-ups, 10,000
documents. The same seed gives the same data. Writes go in batches, through the ORM.
"""

import argparse
import datetime
import os
import random
import sys
import time
from decimal import Decimal
from typing import Any

MEETINGS, AGENDA, DECISIONS, DOCUMENTS = 28, 5, 35, 100
FOLLOW_UP_SHARE = 0.6
WORDS_PER_LANGUAGE = 3_000
DOCUMENT_CHARS = 5_000
SERIES = 8
BATCH = 2_000

# Letters each language's made-up words are built from: syllables for alphabets, characters
# for Chinese and Japanese (written without spaces), Hangul syllables for Korean.
LATIN = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
CYRILLIC = [c + v for c in "бвгджзклмнпрстхцчш" for v in "аеиоуыэюяөү"]


def _words(rng: random.Random, language: str) -> list[str]:
    words: set[str] = set()
    while len(words) < WORDS_PER_LANGUAGE:
        if language == "en":
            word = "".join(rng.choices(LATIN, k=rng.randint(2, 4)))
        elif language in ("ru", "mn"):
            word = "".join(rng.choices(CYRILLIC, k=rng.randint(2, 4)))
        elif language == "zh-hans":
            word = "".join(chr(rng.randint(0x4E00, 0x62FF)) for _ in range(rng.randint(1, 3)))
        elif language == "ja":
            kana = [chr(rng.randint(0x3041, 0x3093)) for _ in range(rng.randint(0, 2))]
            word = chr(rng.randint(0x4E00, 0x62FF)) + "".join(kana)
        else:  # ko
            word = "".join(chr(rng.randint(0xAC00, 0xB6FF)) for _ in range(rng.randint(2, 3)))
        words.add(word)
    return sorted(words)


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.languages = ["en", "zh-hans", "ja", "ko", "mn", "ru"]
        self.vocabulary = {lang: _words(self.rng, lang) for lang in self.languages}
        # Zipf-like: the n-th word is drawn in proportion to 1/n.
        self.weights = [1 / (n + 1) for n in range(WORDS_PER_LANGUAGE)]

    def text(self, language: str, size: int) -> str:
        sep = "" if language in ("zh-hans", "ja") else " "
        words = self.rng.choices(self.vocabulary[language], self.weights, k=size // 3)
        out, length = [], 0
        for word in words:
            if length >= size:
                break
            out.append(word)
            length += len(word) + len(sep)
        return sep.join(out)


def build(multiple: int, seed: int) -> dict[str, int]:
    from django.db import transaction

    from neaspec.decisions.deadlines import due_by_refresh
    from neaspec.decisions.models import Addressee, Decision, FollowUp
    from neaspec.directory.models import MemberState
    from neaspec.finance.models import Contribution, Fund
    from neaspec.library.models import Document
    from neaspec.meetings.models import AgendaItem, Meeting, MeetingSeries
    from neaspec.programme.models import ProgrammeArea

    writer = Writer(seed)
    rng = writer.rng
    states = list(MemberState.objects.order_by("code"))
    areas = list(ProgrammeArea.objects.all())
    fund = Fund.objects.get(key="core-fund")
    series = []
    for n in range(SERIES):
        found, _ = MeetingSeries.objects.get_or_create(
            code=f"SYN{n + 1}",
            defaults={"name": f"Synthetic series {n + 1}", "numbered": True, "order": 90 + n},
        )
        series.append(found)
    counts: dict[str, int] = dict.fromkeys(
        ("meetings", "decisions", "follow_ups", "documents", "contributions"), 0
    )
    for unit in range(multiple):
        with transaction.atomic():
            meetings = []
            for m in range(MEETINGS):
                index = unit * MEETINGS + m
                of = series[index % SERIES]
                number = index // SERIES + 1
                start = datetime.date(1993, 1, 1) + datetime.timedelta(days=index * 3 % 12_000)
                meetings.append(
                    Meeting(
                        key=f"{of.code.lower()}-{number}",
                        series=of,
                        number=number,
                        title=f"{of.name}, session {number}",
                        start=start,
                        end=start + datetime.timedelta(days=1),
                        host=rng.choice(states),
                        city="Synthetic city",
                        modality="in_person",
                        status="held",
                        attendance_known=False,
                        source="bench/scale.py",
                    )
                )
            meetings = Meeting.objects.bulk_create(meetings)
            items = AgendaItem.objects.bulk_create(
                AgendaItem(meeting=m, number=str(i + 1), title=f"Agenda item {i + 1}", order=i)
                for m in meetings
                for i in range(AGENDA)
            )
            decisions = []
            for position, m in enumerate(meetings):
                for d in range(DECISIONS):
                    area = rng.choice(areas)
                    decisions.append(
                        Decision(
                            meeting=m,
                            paragraph=str(d + 1),
                            summary=f"Requested {writer.text('en', 120)}.",
                            kind="operative",
                            concern="programme",
                            area=area,
                            agenda_item=items[position * AGENDA + d % AGENDA],
                            adopted=True,
                            due_date=None,
                        )
                    )
            decisions = Decision.objects.bulk_create(decisions, batch_size=BATCH)
            addressees, follow_ups = [], []
            for decision in decisions:
                whom = rng.random()
                if whom < 0.4:
                    addressees.append(Addressee(decision=decision, kind="secretariat"))
                    owner: dict[str, Any] = {"owner": "secretariat"}
                elif whom < 0.8:
                    state = rng.choice(states)
                    addressees.append(Addressee(decision=decision, kind="state", state=state))
                    owner = {"owner": "state", "state": state}
                else:
                    addressees.append(Addressee(decision=decision, kind="member_states"))
                    owner = {"owner": "member_states"}
                if rng.random() < FOLLOW_UP_SHARE:
                    dated = rng.random() < 0.5
                    start = decision.meeting.start
                    follow_ups.append(
                        FollowUp(
                            decision=decision,
                            action=f"Report on {writer.text('en', 60)}",
                            due_date=start + datetime.timedelta(days=365) if dated else None,
                            due_next_meeting=not dated,
                            status=rng.choice(["open", "in_progress", "done", "done"]),
                            **owner,
                        )
                    )
            Addressee.objects.bulk_create(addressees, batch_size=BATCH)
            FollowUp.objects.bulk_create(follow_ups, batch_size=BATCH)
            documents = []
            for i in range(DOCUMENTS):
                language = writer.languages[i % len(writer.languages)]
                document = Document(
                    title=writer.text(language, 40),
                    type="report",
                    date=meetings[i % MEETINGS].start,
                    language=language,
                    meeting=meetings[i % MEETINGS],
                    visibility="public",
                    file=f"bench/document-{unit}-{i}.txt",
                    file_type="txt",
                    size=DOCUMENT_CHARS,
                    sha256="0" * 64,
                    status="ready",
                )
                document.set_text(writer.text(language, DOCUMENT_CHARS))
                documents.append(document)
            Document.objects.bulk_create(documents, batch_size=200)
            Contribution.objects.bulk_create(
                Contribution(
                    fund=fund,
                    state=state,
                    year=1993 + (unit * 6 + n) % 33,
                    amount=Decimal(rng.randint(10, 500) * 1000),
                    currency="USD",
                    published=True,
                    source="bench/scale.py",
                )
                for n, state in enumerate(states)
            )
        counts["meetings"] += len(meetings)
        counts["decisions"] += len(decisions)
        counts["follow_ups"] += len(follow_ups)
        counts["documents"] += len(documents)
        counts["contributions"] += len(states)
        if (unit + 1) % 10 == 0 or unit + 1 == multiple:
            print(f"  {unit + 1}/{multiple} units", flush=True)
    # bulk_create sends no signals: the deadlines are stored here, as the app stores them.
    due_by_refresh(series_ids={s.pk for s in series})
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--multiple", type=int, default=1, help="synthetic units to add")
    parser.add_argument("--var-dir", help="where the SQLite database goes (without DATABASE_URL)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        if not args.var_dir:
            sys.exit("Give --var-dir (a new directory for the SQLite database) or DATABASE_URL.")
        os.environ["NEASPEC_VAR_DIR"] = args.var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from neaspec.meetings.models import MeetingSeries

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if MeetingSeries.objects.filter(code="SYN1").exists():
        sys.exit("This database already holds synthetic data; give a new one.")
    call_command("seed", verbosity=0)
    print(f"reference data loaded ({time.perf_counter() - started:.0f} s); adding units…")
    counts = build(args.multiple, args.seed)
    print(
        f"done in {time.perf_counter() - started:.0f} s: "
        + ", ".join(f"{v:,} {k.replace('_', '-')}" for k, v in counts.items())
    )


if __name__ == "__main__":
    main()
