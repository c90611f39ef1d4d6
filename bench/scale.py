"""Build a database at a multiple of the NEASPEC record, for bench/load.py.

    .venv/bin/python bench/scale.py --multiple 100 --var-dir /tmp/neaspec-100x
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/neaspec_100x \\
        .venv/bin/python bench/scale.py --multiple 100

The reference data is loaded (`neaspec seed`), then `--multiple` synthetic units are added, each
shaped like a decade of the programme's work:

- 28 meetings over eight series, dated evenly over the programme's whole life, from 1 January
  1993 to `--until` (today by default): the units interleave, so every unit spans the whole
  period and the recent windows (the tracker's open actions, the current plan, the home page's
  latest meetings) grow with the multiple. Each has five agenda items and 35 decisions,
  addressed to the Secretariat (40 %), one member State (40 %) or all of them (20 %).
- 60 % of the decisions with a follow-up action, due by a date (a year after the meeting) or
  "before the next meeting"; an action of a meeting more than three years old is mostly done,
  a recent one mostly open or in progress.
- Progress notes on the actions, as the follow-up page records them: none on most open ones,
  1-3 on those in progress, 1-4 on those done (the last at 100 %), one on those dropped;
  written by a Secretariat officer, or by a focal point of the State asked.
- Users: three Secretariat officers (each with a confirmed authenticator app, as the
  Secretariat must have) and one or two focal points per member State (role grants with the
  State), all with the password BENCH_PASSWORD.
- 100 documents in the six languages of 2 to `--pages-max` (50) pages of about 2,000
  characters each, drawn log-uniformly (most are short: the median is 10 pages, the mean about
  15); words drawn Zipf-like from a made-up vocabulary of 3,000 words per language, Russian and
  Mongolian words with case endings half the time, English with short function words ("of",
  "UN") and a few fixed phrases ("marine litter"). 85 % public, 10 % for member States, 5 % for
  the Secretariat. Each goes through `Document.set_text`, as a read document does.
- Indicator values: each indicator, for each member State (or once when it is not reported by
  State), four years with the unit's own breakdown ("Bench site <n>"); 85 % approved, 10 %
  submitted, 5 % draft.
- Six contributions (one per State), their years spread over the whole period.
- History rows for all of it (django-simple-history's tables; bulk_create sends no signals):
  one creation row per record, dated when the record was made, by a Secretariat officer of the
  unit, and for each action one change row per progress note.

Per unit (measured at --multiple 1, until 7 December 2026, in 3 s on this 2-core machine after
the 9-14 s of the reference data): 12 users, 28 meetings, 140 agenda items, 980 decisions, 599
follow-up actions, 1,240 progress notes, 100 documents of 2.6 million characters in all, 120
indicator values, 6 contributions and 5,457 history rows; the SQLite file is 29 MB. At
--multiple 100, about a hundred times that: 2,800 meetings, 98,000 decisions, some 60,000
follow-up actions and 124,000 progress notes, 1,200 users, 10,000 documents (some 260 million
characters; `--pages-max` shortens them), 12,000 indicator values, 600 contributions and
550,000 history rows. The same seed and --until give the same data. Writes go in batches,
through the ORM.

Whatever the multiple (and with --logins-only on a database built before), two known logins are
made (idempotently), printed at the end: BENCH_SECRETARIAT (with an authenticator app whose
key, BENCH_APP_KEY, is printed) and BENCH_FOCAL_POINT of Mongolia, both with BENCH_PASSWORD.
"""

import argparse
import base64
import datetime
import itertools
import math
import os
import random
import sys
import time
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

MEETINGS, AGENDA, DECISIONS, DOCUMENTS = 28, 5, 35, 100
SECRETARIAT_PER_UNIT = 3
FOLLOW_UP_SHARE = 0.6
WORDS_PER_LANGUAGE = 3_000
PAGE_CHARS = 2_000
PAGES_MIN, PAGES_MAX = 2, 50
SERIES = 8
BATCH = 2_000
FIRST_DAY = datetime.date(1993, 1, 1)
SOURCE = "bench/scale.py"

# The known logins bench/load.py signs in as (and a person can, with the printed key).
BENCH_PASSWORD = "bench-password-not-secret"
BENCH_SECRETARIAT = "bench-secretariat@example.org"
BENCH_FOCAL_POINT = "bench-focal-mn@example.org"
BENCH_FOCAL_STATE = "MN"
BENCH_APP_KEY = "62656e63682d6f6e6c792d6e6f742d736563726574"  # hex, as django-otp keeps it

# Letters each language's made-up words are built from: syllables for alphabets, characters
# for Chinese and Japanese (written without spaces), Hangul syllables for Korean. Russian words
# have Russian letters only; Mongolian ones always have one of the two letters Russian lacks
# (barred o and straight u), as search tells them apart (library/stems.py).
LATIN = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
RUSSIAN = [c + v for c in "бвгджзклмнпрстфхцчш" for v in "аеиоуыэя"]
MONGOLIAN = [c + v for c in "бвгджзлмнпрстхцчш" for v in "аэиоуөүы"]
MONGOLIAN_MARKED = [s for s in MONGOLIAN if s[-1] in "өү"]
# Case endings a word is written with half the time; search finds every form by the stem.
ENDINGS = {
    "ru": ["а", "ы", "у", "ом", "ой", "ами", "ах", "ов", "ей"],
    "mn": ["ын", "ийн", "ыг", "ад", "аас", "аар", "тай", "ууд", "руу"],
}
# The forms a search asks for (bench/load.py), some of them forms the documents do not have.
QUERY_ENDINGS = {"ru": ["ами", "ов", "ой", "ых"], "mn": ["ийн", "аас", "тай", "өөр"]}
# What real English text has and made-up words lack: short words (found as words, not
# prefixes) and set phrases (found by a search in quotes).
SHORT_WORDS = ["of", "the", "and", "to", "in", "on", "by", "UN", "EU", "an", "at", "as"]
PHRASES = [
    "marine protected areas",
    "air pollution",
    "low carbon cities",
    "nature conservation",
    "transboundary air pollution",
    "marine litter",
    "desertification and land degradation",
    "flagship species",
]


def _words(rng: random.Random, language: str) -> list[str]:
    words: set[str] = set()
    while len(words) < WORDS_PER_LANGUAGE:
        if language == "en":
            word = "".join(rng.choices(LATIN, k=rng.randint(2, 4)))
        elif language == "ru":
            word = "".join(rng.choices(RUSSIAN, k=rng.randint(2, 4)))
        elif language == "mn":
            parts = [*rng.choices(MONGOLIAN, k=rng.randint(1, 3)), rng.choice(MONGOLIAN_MARKED)]
            rng.shuffle(parts)
            word = "".join(parts)
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
        self.cumulative = list(itertools.accumulate(self.weights))

    def text(self, language: str, size: int) -> str:
        """About `size` characters of text in `language` (paragraphs of some 80 words)."""
        rng, vocabulary = self.rng, self.vocabulary[language]
        sep = "" if language in ("zh-hans", "ja") else " "
        endings = ENDINGS.get(language)
        out: list[str] = []
        length = 0
        while length < size:
            words = rng.choices(vocabulary, cum_weights=self.cumulative, k=max(8, size // 5))
            for n, word in enumerate(words):
                if length >= size:
                    break
                if endings and rng.random() < 0.5:
                    word += rng.choice(endings)
                elif language == "en":
                    chance = rng.random()
                    if chance < 0.15:
                        word = rng.choice(SHORT_WORDS)
                    elif chance < 0.16:
                        word = rng.choice(PHRASES)
                if n % 80 == 79:
                    word += "\n\n"
                out.append(word)
                length += len(word) + len(sep)
        return sep.join(out)[:size].strip()

    def pages(self, pages_max: int) -> int:
        """A document's length in pages, log-uniform from PAGES_MIN to `pages_max`."""
        low, high = math.log(PAGES_MIN), math.log(max(pages_max, PAGES_MIN))
        return round(math.exp(self.rng.uniform(low, high)))


def _at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


def history(
    rows: Sequence[tuple[Any, datetime.datetime, int | None]],
    reason: str = SOURCE,
    kind: str = "+",
) -> int:
    """Write the history rows django-simple-history would have written: one for each
    (record, when, author id), of creation ("+") or of a change ("~")."""
    if not rows:
        return 0
    model = type(rows[0][0]).history.model
    fields = [f.attname for f in model.tracked_fields]
    model.objects.bulk_create(
        (
            model(
                history_date=when,
                history_user_id=who,
                history_change_reason=reason,
                history_type=kind,
                **{name: getattr(record, name) for name in fields},
            )
            for record, when, who in rows
        ),
        batch_size=BATCH,
    )
    return len(rows)


def bench_logins() -> dict[str, str]:
    """The two known logins (made or put right, idempotently); written through the ORM, so
    their history is written as the app writes it."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from neaspec.accounts.models import Role, RoleGrant, User
    from neaspec.directory.models import MemberState

    made: dict[str, str] = {}
    for username, role, state in (
        (BENCH_SECRETARIAT, Role.SECRETARIAT, None),
        (
            BENCH_FOCAL_POINT,
            Role.FOCAL_POINT,
            MemberState.objects.get(code=BENCH_FOCAL_STATE),
        ),
    ):
        user = User.objects.filter(username=username).first() or User(username=username)
        user.email, user.is_active = username, True
        user.first_name = "Bench"
        user.last_name = "Secretariat" if state is None else f"Focal point {state.code}"
        user.set_password(BENCH_PASSWORD)
        user.save()
        RoleGrant.objects.get_or_create(user=user, role=role, state=state)
        if role == Role.SECRETARIAT:
            TOTPDevice.objects.update_or_create(
                user=user, name="Bench app", defaults={"key": BENCH_APP_KEY, "confirmed": True}
            )
        made[str(role)] = username
    return made


class Unit:
    """One synthetic unit's records, written in a few batches."""

    def __init__(self, writer: Writer, context: dict[str, Any], unit: int, multiple: int) -> None:
        self.writer, self.rng = writer, writer.rng
        self.c, self.unit, self.multiple = context, unit, multiple
        self.counts: dict[str, int] = {}

    def count(self, key: str, n: int) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def day(self, index: int, total: int) -> datetime.date:
        """The `index`-th of `total` days spread evenly over the programme's life."""
        span = (self.c["until"] - FIRST_DAY).days - 1
        return FIRST_DAY + datetime.timedelta(days=span * index // max(total, 1))

    def users(self) -> None:
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from neaspec.accounts.models import Role, RoleGrant, User

        rng, u = self.rng, self.unit + 1
        joined = _at(self.day(self.unit, self.multiple))
        people: list[tuple[User, str, Any]] = []
        for k in range(SECRETARIAT_PER_UNIT):
            name = f"secretariat-{u}-{k + 1}@example.org"
            people.append((User(username=name), Role.SECRETARIAT, None))
        for state in self.c["states"]:
            for k in range(rng.randint(1, 2)):
                name = f"focal-{state.code.lower()}-{u}-{k + 1}@example.org"
                people.append((User(username=name), Role.FOCAL_POINT, state))
        for user, role, state in people:
            user.email = user.username
            user.password = self.c["password"]
            user.first_name = "Synthetic"
            user.last_name = f"{role} {state.code if state else ''} {u}".strip()
            user.date_joined = joined
        users = User.objects.bulk_create([p[0] for p in people], batch_size=BATCH)
        grants = RoleGrant.objects.bulk_create(
            [
                RoleGrant(user=user, role=role, state=state)
                for user, (_, role, state) in zip(users, people, strict=True)
            ]
        )
        self.secretariat = [u.pk for u, p in zip(users, people, strict=True) if p[2] is None]
        self.focal: dict[int, list[int]] = {}
        for user, (_, _role, state) in zip(users, people, strict=True):
            if state is not None:
                self.focal.setdefault(state.pk, []).append(user.pk)
        TOTPDevice.objects.bulk_create(
            TOTPDevice(
                user_id=pk, name="Authenticator app", key=rng.randbytes(20).hex(), confirmed=True
            )
            for pk in self.secretariat
        )
        by = self.secretariat[0]
        self.count("users", len(users))
        self.count("history", history([(o, joined, by) for o in users], "invited"))
        self.count("history", history([(o, joined, by) for o in grants], "invited"))

    def officer(self) -> int:
        return self.rng.choice(self.secretariat)

    def meetings(self) -> None:
        from neaspec.meetings.models import AgendaItem, Meeting

        rng, series, states = self.rng, self.c["series"], self.c["states"]
        total = MEETINGS * self.multiple
        meetings, starts = [], []
        for m in range(MEETINGS):
            # Interleaved: unit u's m-th meeting is the (m * multiple + u)-th of the whole record,
            # so that each unit spans the whole period and numbers follow the dates.
            index = m * self.multiple + self.unit
            of = series[index % SERIES]
            number = index // SERIES + 1
            start = self.day(index, total)
            starts.append(start)
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
                    source=SOURCE,
                )
            )
        self.meeting_list = Meeting.objects.bulk_create(meetings)
        self.starts = {m.pk: start for m, start in zip(meetings, starts, strict=True)}
        self.items = AgendaItem.objects.bulk_create(
            AgendaItem(meeting=m, number=str(i + 1), title=f"Agenda item {i + 1}", order=i)
            for m in self.meeting_list
            for i in range(AGENDA)
        )
        made = {pk: _at(day - datetime.timedelta(days=60)) for pk, day in self.starts.items()}
        by = self.officer()
        self.count("meetings", len(self.meeting_list))
        self.count("history", history([(o, made[o.pk], by) for o in self.meeting_list]))
        self.count("history", history([(o, made[o.meeting_id], by) for o in self.items]))

    def decisions(self) -> None:
        from neaspec.decisions.models import Addressee, Decision, FollowUp, ProgressNote

        rng, writer, states = self.rng, self.writer, self.c["states"]
        today = self.c["until"]
        decisions = []
        for position, m in enumerate(self.meeting_list):
            for d in range(DECISIONS):
                decisions.append(
                    Decision(
                        meeting=m,
                        paragraph=str(d + 1),
                        summary=f"Requested {writer.text('en', 120)}.",
                        kind="operative",
                        concern="programme",
                        area=rng.choice(self.c["areas"]),
                        agenda_item=self.items[position * AGENDA + d % AGENDA],
                        adopted=True,
                        due_date=None,
                    )
                )
        decisions = Decision.objects.bulk_create(decisions, batch_size=BATCH)
        addressees, follow_ups, plans = [], [], []
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
            if rng.random() >= FOLLOW_UP_SHARE:
                continue
            dated = rng.random() < 0.5
            start = self.starts[decision.meeting_id]
            old = (today - start).days > 3 * 365
            status = rng.choices(
                ["open", "in_progress", "done", "dropped"],
                [10, 10, 70, 10] if old else [40, 40, 17, 3],
            )[0]
            follow_up = FollowUp(
                decision=decision,
                action=f"Report on {writer.text('en', 60)}",
                due_date=start + datetime.timedelta(days=365) if dated else None,
                due_next_meeting=not dated,
                status=status,
                **owner,
            )
            planned = self.notes_for(follow_up, start, today)
            if planned:
                follow_up.progress = planned[-1][1]
            if follow_up.is_closed and planned:
                follow_up.closed_on = planned[-1][0]
                follow_up.outcome = planned[-1][2]
            follow_ups.append(follow_up)
            plans.append(planned)
        Addressee.objects.bulk_create(addressees, batch_size=BATCH)
        FollowUp.objects.bulk_create(follow_ups, batch_size=BATCH)
        notes: list[ProgressNote] = []
        for follow_up, planned in zip(follow_ups, plans, strict=True):
            for day, progress, text, author in planned:
                notes.append(
                    ProgressNote(
                        follow_up=follow_up,
                        date=day,
                        text=text,
                        progress=progress,
                        author_id=author,
                    )
                )
        notes = ProgressNote.objects.bulk_create(notes, batch_size=BATCH)
        made = {pk: _at(day + datetime.timedelta(days=2)) for pk, day in self.starts.items()}
        by = self.officer()
        meeting_of = {d.pk: d.meeting_id for d in decisions}
        self.count("decisions", len(decisions))
        self.count("follow_ups", len(follow_ups))
        self.count("progress_notes", len(notes))
        self.count("history", history([(o, made[o.meeting_id], by) for o in decisions]))
        asked = [(o, made[meeting_of[o.decision_id]], by) for o in addressees]
        self.count("history", history(asked))
        self.count(
            "history", history([(o, made[meeting_of[o.decision_id]], by) for o in follow_ups])
        )
        self.count("history", history([(o, _at(o.date), o.author_id) for o in notes]))
        # Each note changed its action: one change row per note, as the service saves it (the
        # action as it now stands, at the note's date).
        changes = [(o.follow_up, _at(o.date, 11), o.author_id) for o in notes]
        self.count("history", history(changes, "progress recorded", kind="~"))

    def notes_for(
        self, follow_up: Any, start: datetime.date, today: datetime.date
    ) -> list[tuple[datetime.date, int, str, int]]:
        """The progress notes an action has had: (date, progress, text, author)."""
        rng = self.rng
        n = {
            "open": 1 if rng.random() < 0.3 else 0,
            "in_progress": rng.randint(1, 3),
            "done": rng.randint(1, 4),
            "dropped": 1,
        }[follow_up.status]
        if not n:
            return []
        first = start + datetime.timedelta(days=30)
        last = min(today, start + datetime.timedelta(days=3 * 365))
        if last <= first:
            first = last = min(today, start)
        span = (last - first).days
        days = sorted(first + datetime.timedelta(days=rng.randint(0, span)) for _ in range(n))
        progress = sorted(rng.randint(5, 95) for _ in range(n))
        if follow_up.status == "done":
            progress[-1] = 100
        elif follow_up.status == "open":
            progress = [rng.randint(0, 10)]
        authors = self.focal.get(follow_up.state.pk, []) if follow_up.state else []
        return [
            (
                day,
                p,
                self.writer.text("en", rng.randint(60, 400)),
                rng.choice(authors) if authors and rng.random() < 0.7 else self.officer(),
            )
            for day, p in zip(days, progress, strict=True)
        ]

    def documents(self, pages_max: int) -> None:
        from neaspec.library.models import Document

        rng, writer = self.rng, self.writer
        documents, dates = [], []
        for i in range(DOCUMENTS):
            language = writer.languages[i % len(writer.languages)]
            meeting = self.meeting_list[i % MEETINGS]
            start = self.starts[meeting.pk]
            text = writer.text(language, writer.pages(pages_max) * PAGE_CHARS)
            document = Document(
                title=writer.text(language, 40),
                type=rng.choice(
                    ["meeting_report", "concept_note", "study", "presentation", "publication"]
                ),
                date=start,
                language=language,
                meeting=meeting,
                area=rng.choice(self.c["areas"]) if rng.random() < 0.7 else None,
                visibility=rng.choices(["public", "member_states", "secretariat"], [85, 10, 5])[0],
                file=f"bench/document-{self.unit}-{i}.txt",
                file_type="txt",
                size=len(text.encode()),
                sha256="0" * 64,
                status="ready",
                uploaded_by_id=self.officer(),
            )
            document.set_text(text)
            documents.append(document)
            dates.append(_at(start + datetime.timedelta(days=rng.randint(-20, 30))))
        documents = Document.objects.bulk_create(documents, batch_size=20)
        # uploaded_at is set on creation: put back when each was uploaded.
        for document, when in zip(documents, dates, strict=True):
            document.uploaded_at = when
        Document.objects.bulk_update(documents, ["uploaded_at"], batch_size=200)
        self.count("documents", len(documents))
        self.count("document_chars", sum(len(d.text) for d in documents))
        self.count("history", history([(o, o.uploaded_at, o.uploaded_by_id) for o in documents]))

    def indicator_values(self) -> None:
        from neaspec.programme.models import IndicatorValue

        rng, until = self.rng, self.c["until"]
        values = []
        for indicator in self.c["indicators"]:
            for state in self.c["states"] if indicator.by_state else [None]:
                for year in sorted(rng.sample(range(FIRST_DAY.year, until.year), 4)):
                    status = rng.choices(["approved", "submitted", "draft"], [85, 10, 5])[0]
                    focal = self.focal.get(state.pk) if state else None
                    values.append(
                        IndicatorValue(
                            indicator=indicator,
                            state=state,
                            first_year=year,
                            last_year=year,
                            breakdown=f"Bench site {self.unit + 1}",
                            value=Decimal(rng.randint(1, 100_000)) / 100,
                            status=status,
                            submitted_by_id=rng.choice(focal) if focal else self.officer(),
                            approved_by_id=self.officer() if status == "approved" else None,
                            approved_at=_at(datetime.date(year + 1, 3, 1))
                            if status == "approved"
                            else None,
                            source=SOURCE,
                        )
                    )
        values = IndicatorValue.objects.bulk_create(values, batch_size=BATCH)
        self.count("indicator_values", len(values))
        submitted = [
            (o, _at(datetime.date(o.first_year + 1, 2, 1)), o.submitted_by_id) for o in values
        ]
        self.count("history", history(submitted))

    def contributions(self) -> None:
        from neaspec.finance.models import Contribution

        rng, states = self.rng, self.c["states"]
        years = self.c["until"].year - FIRST_DAY.year + 1
        total = len(states) * self.multiple
        rows = Contribution.objects.bulk_create(
            Contribution(
                fund=self.c["fund"],
                state=state,
                year=FIRST_DAY.year + years * (n * self.multiple + self.unit) // total,
                amount=Decimal(rng.randint(10, 500) * 1000),
                currency="USD",
                published=True,
                source=SOURCE,
            )
            for n, state in enumerate(states)
        )
        self.count("contributions", len(rows))
        self.count(
            "history",
            history([(o, _at(datetime.date(o.year, 3, 1)), self.officer()) for o in rows]),
        )


def build(multiple: int, seed: int, until: datetime.date, pages_max: int) -> dict[str, int]:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from neaspec.decisions.deadlines import due_by_refresh
    from neaspec.directory.models import MemberState
    from neaspec.finance.models import Fund
    from neaspec.meetings.models import MeetingSeries
    from neaspec.programme.models import Indicator, ProgrammeArea

    writer = Writer(seed)
    series = []
    for n in range(SERIES):
        found, _ = MeetingSeries.objects.get_or_create(
            code=f"SYN{n + 1}",
            defaults={"name": f"Synthetic series {n + 1}", "numbered": True, "order": 90 + n},
        )
        series.append(found)
    context = {
        "until": until,
        "series": series,
        "states": list(MemberState.objects.order_by("code")),
        "areas": list(ProgrammeArea.objects.order_by("code")),
        "indicators": list(Indicator.objects.order_by("code")),
        "fund": Fund.objects.get(key="core-fund"),
        # One hash for every synthetic account (hashing is slow by design), salted from the
        # seed so that the same seed gives the same rows.
        "password": make_password(BENCH_PASSWORD, salt=f"benchscale{seed:012d}"),
    }
    counts: dict[str, int] = {}
    for unit in range(multiple):
        work = Unit(writer, context, unit, multiple)
        with transaction.atomic():
            work.users()
            work.meetings()
            work.decisions()
            work.documents(pages_max)
            work.indicator_values()
            work.contributions()
        for key, n in work.counts.items():
            counts[key] = counts.get(key, 0) + n
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
    parser.add_argument(
        "--until",
        type=datetime.date.fromisoformat,
        default=datetime.date.today(),
        help="the last day meetings are spread to (default: today)",
    )
    parser.add_argument(
        "--pages-max",
        type=int,
        default=PAGES_MAX,
        help=f"the longest document, in pages of {PAGE_CHARS:,} characters (default {PAGES_MAX})",
    )
    parser.add_argument(
        "--logins-only",
        action="store_true",
        help="only make (or put right) the two bench logins, on a database built before",
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        if not args.var_dir:
            sys.exit("Give --var-dir (a new directory for the SQLite database) or DATABASE_URL.")
        os.environ["NEASPEC_VAR_DIR"] = args.var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from neaspec.meetings.models import MeetingSeries

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if args.logins_only:
        logins = bench_logins()
    else:
        if MeetingSeries.objects.filter(code="SYN1").exists():
            sys.exit("This database already holds synthetic data; give a new one.")
        call_command("seed", verbosity=0)
        print(f"reference data loaded ({time.perf_counter() - started:.0f} s); adding units…")
        counts = build(args.multiple, args.seed, args.until, args.pages_max)
        logins = bench_logins()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # the planner learns of the rows just written
        print(
            f"done in {time.perf_counter() - started:.0f} s: "
            + ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in counts.items())
        )
    print(f"bench logins (password {BENCH_PASSWORD!r}):")
    for role, username in logins.items():
        print(f"  {role:12} {username}")
    key = bytes.fromhex(BENCH_APP_KEY)
    secret = base64.b32encode(key).decode()
    print(f"  the Secretariat login's authenticator key (TOTP, base32): {secret}")


if __name__ == "__main__":
    main()
