"""From an uploaded meeting report to recorded meetings, decisions and follow-up — only when a
person confirms. Re-ingesting a report updates what it recorded before instead of duplicating.

The commit reads the record and decides what is new; every write goes through the service of
the app that owns the row (meetings: the series, meeting, agenda, officers, attendance and
statements; decisions: decisions, addressees and follow-ups; the directory: people; the
library: the report's link to its meeting), so the rules, permissions, audit and deadlines of
each live once."""

import datetime
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.decisions import services as decisions
from neaspec.decisions.addressees import from_extracted
from neaspec.decisions.models import Decision
from neaspec.directory.models import MemberState, Organization
from neaspec.directory.selectors import name_parts
from neaspec.directory.services import person_record
from neaspec.extraction.models import Extraction
from neaspec.extraction.record import DecisionRow, MeetingFields, Record
from neaspec.extraction.report import extract
from neaspec.library.models import Document
from neaspec.library.services import document_meeting_set
from neaspec.meetings import delegations
from neaspec.meetings import services as meetings
from neaspec.meetings.models import AgendaItem, Meeting, MeetingSeries, Officer
from neaspec.programme.models import ProgrammeArea

# The schema's areas → (concern, programme area code).
AREAS = {
    "air": ("programme", "air"),
    "biodiversity": ("programme", "biodiversity"),
    "marine": ("programme", "mpa"),
    "cities": ("programme", "lcc"),
    "land": ("programme", "dld"),
    "governance": ("governance", None),
    "finance": ("finance", None),
    "general": ("general", None),
}
MEETING_FIELDS = ("start", "end", "host", "city", "modality")


def extraction_propose(*, document: Document) -> Extraction:
    """Extract a proposal from a meeting report's text (run after the text is read)."""
    record = extract(document.text, source=document.file.name or document.title, explain=True)
    if document.meeting is not None:
        _tie(record, document.meeting)
    extraction, _created = Extraction.objects.get_or_create(
        document=document, defaults={"record": record}
    )
    if not _created and extraction.status == Extraction.Status.CONFIRMED:
        return extraction  # a second reading of the file never undoes a confirmed record
    if not _created:
        extraction.record, extraction.status = record, Extraction.Status.PROPOSED
    save_audited(extraction, actor=None, reason="proposal extracted")
    return extraction


def _tie(record: Record, meeting: Meeting) -> None:
    """A report uploaded for a meeting records that meeting, whatever its text suggests (the
    reviewer still sees the dates and place the report gives)."""
    m = record["meeting"]
    m["series"], m["number"] = meeting.series.code, meeting.number
    if meeting.number is None and meeting.start:
        m["start_date"] = meeting.start.isoformat()


@dataclass(frozen=True)
class Conflict:
    field: str
    recorded: Any
    proposed: Any


def _date(value: str | None) -> datetime.date | None:
    if not value or len(value) != 10:
        return None  # a month-only date cannot be recorded as a day
    return datetime.date.fromisoformat(value)


def _series_code(m: MeetingFields) -> str:
    return m["series"] or "other"


def proposed_meeting(record: Record) -> dict[str, Any]:
    """The report's values of the meeting's fields in MEETING_FIELDS, as the meeting holds them."""
    m = record["meeting"]
    return {
        "start": _date(m["start_date"]),
        "end": _date(m["end_date"]),
        "host": MemberState.objects.filter(code=m["host_state"] or "").first(),
        "city": m["city"] or "",
        "modality": m["modality"] or "",
    }


def recorded_meeting(record: Record) -> Meeting | None:
    """The recorded meeting the report is of: by its series and number, else by its first day."""
    m = record["meeting"]
    series = MeetingSeries.objects.filter(code=_series_code(m)).first()
    if series is None:
        return None
    if m["number"] is not None:
        return Meeting.objects.filter(series=series, number=m["number"]).first()
    start = _date(m["start_date"])
    return Meeting.objects.filter(series=series, start=start).first() if start else None


def extraction_conflicts(*, extraction: Extraction) -> list[Conflict]:
    """Where the report and the recorded meeting disagree (both known, different)."""
    record: Record = extraction.record
    meeting = recorded_meeting(record)
    if meeting is None:
        return []
    proposed = proposed_meeting(record)
    return [
        Conflict(name, getattr(meeting, name), proposed[name])
        for name in MEETING_FIELDS
        if proposed[name] not in (None, "")
        and getattr(meeting, name) not in (None, "")
        and getattr(meeting, name) != proposed[name]
    ]


@transaction.atomic
def extraction_review_save(*, actor: Actor, extraction: Extraction, record: Record) -> Extraction:
    """Keep the reviewer's corrections; nothing is recorded in meetings or decisions yet."""
    require(actor, "extraction.review")
    # Two reviewers confirming at once: the second waits for the first, then is told it is done.
    extraction = (
        Extraction.objects.select_for_update().select_related("document").get(pk=extraction.pk)
    )
    if extraction.status != Extraction.Status.PROPOSED:
        raise ConflictError(_("This proposal has already been confirmed or discarded."))
    extraction.record = record
    save_audited(extraction, actor=actor, reason="proposal corrected")
    return extraction


@transaction.atomic
def extraction_commit(
    *, actor: Actor, extraction: Extraction, keep_recorded: set[str]
) -> dict[str, int]:
    """Record the reviewed proposal. Conflicting meeting fields must each be resolved: kept as
    recorded (named in `keep_recorded`) or taken from the report (named with a '+' prefix)."""
    require(actor, "extraction.review")
    # Two reviewers confirming at once: the second waits for the first, then is told it is done.
    extraction = (
        Extraction.objects.select_for_update().select_related("document").get(pk=extraction.pk)
    )
    if extraction.status != Extraction.Status.PROPOSED:
        raise ConflictError(_("This proposal has already been confirmed or discarded."))
    unresolved = [
        c.field
        for c in extraction_conflicts(extraction=extraction)
        if c.field not in keep_recorded and f"+{c.field}" not in keep_recorded
    ]
    if unresolved:
        raise ValidationError(
            _(
                "The report disagrees with the recorded meeting on: %(fields)s. "
                "Choose which to keep."
            )
            % {"fields": ", ".join(unresolved)}
        )
    record: Record = extraction.record
    tally: dict[str, int] = defaultdict(int)
    meeting = _meeting(actor, record, keep_recorded, tally)
    items = _agenda(actor, meeting, record, tally)
    _officers(actor, meeting, record, tally)
    _attendance(actor, meeting, record, tally)
    _decisions(actor, meeting, record, tally)
    _statements(actor, meeting, items, record, extraction.document, tally)
    document_meeting_set(actor=actor, document=extraction.document, meeting=meeting)
    extraction.status, extraction.confirmed_by = Extraction.Status.CONFIRMED, account_of(actor)
    extraction.confirmed_at, extraction.outcome = timezone.now(), {"meeting": meeting.key, **tally}
    save_audited(extraction, actor=actor, reason="proposal confirmed")
    return dict(tally)


def _meeting(actor: Actor, record: Record, keep: set[str], tally: dict[str, int]) -> Meeting:
    """The recorded meeting with the report's values where the reviewer did not keep the
    recorded ones (meetings.meeting_update), at "report adopted"; or a new one
    (meetings.meeting_record), in a new series if the programme had none of its kind."""
    m = record["meeting"]
    code = _series_code(m)
    series = MeetingSeries.objects.filter(code=code).first() or meetings.meeting_series_create(
        actor=actor, code=code, name=code
    )
    proposed = proposed_meeting(record)
    attendance_known = record["attendance"] is not None
    meeting = recorded_meeting(record)
    if meeting is None:
        tally["meetings_created"] += 1
        return meetings.meeting_record(
            actor=actor,
            series=series,
            number=m["number"],
            attendance_known=attendance_known,
            **proposed,
        )
    changes = {
        name: value
        for name, value in proposed.items()
        if name not in keep and value not in (None, "")
    }
    if changes:
        meeting = meetings.meeting_update(actor=actor, meeting=meeting, **changes)
    tally["meetings_updated"] += 1
    return meetings.meeting_report_record(
        actor=actor, meeting=meeting, attendance_known=attendance_known
    )


def _agenda(
    actor: Actor, meeting: Meeting, record: Record, tally: dict[str, int]
) -> dict[str, AgendaItem]:
    """The agenda as the report gives it, in its order; items keyed by their number."""
    items = {i.number: i for i in meeting.agenda_items.all()}
    order = 0
    for entry in record["agenda"]:
        parent = None
        for position, row in enumerate([entry, *entry["items"]]):
            order += 1
            number = row["number"] or f"s{order}"
            tally[f"agenda_items_{'updated' if number in items else 'created'}"] += 1
            item = meetings.agenda_item_record(
                actor=actor,
                meeting=meeting,
                number=number,
                title=row["title"],
                order=order,
                parent=parent if position else None,
            )
            items[number] = item
            if position == 0:
                parent = item
    return items


def _officers(actor: Actor, meeting: Meeting, record: Record, tally: dict[str, int]) -> None:
    """The officers the report names; a recorded officer of the same name stays that person
    ('Mizutani Yoshihiro' is the recorded 'Yoshihiro Mizutani')."""
    for row in record["officers"]:
        state = MemberState.objects.filter(code=row["state"] or "").first()
        name = row["name"] or "?"
        recorded = (
            Officer.objects.filter(meeting=meeting, role=row["role"])
            .select_related("person")
            .first()
        )
        if recorded is not None and name_parts(recorded.person.name) == name_parts(name):
            person = recorded.person
        else:
            person = person_record(
                actor=actor, name=name, state=state, reason="officer named in a meeting report"
            )
        meetings.officer_record(
            actor=actor, meeting=meeting, role=row["role"], person=person, state=state
        )
        tally[f"officers_{'updated' if recorded else 'created'}"] += 1


def _attendance(actor: Actor, meeting: Meeting, record: Record, tally: dict[str, int]) -> None:
    present = set(meeting.attendance.values_list("state__code", flat=True))
    for code in record["attendance"] or []:
        state = MemberState.objects.filter(code=code).first()
        if state and code not in present:
            delegations.attendance_record(actor=actor, meeting=meeting, state=state)
            present.add(code)
            tally["attendance_created"] += 1


def _decisions(actor: Actor, meeting: Meeting, record: Record, tally: dict[str, int]) -> None:
    """Each kept decision, matched to the recorded one at its paragraph and sentence (or to
    the paragraph itself when the report has one sentence there), else recorded; then whom it
    asks and what follows."""
    by_paragraph: dict[str, list[DecisionRow]] = defaultdict(list)
    for row in record["decisions"]:
        if row.get("include", True):
            by_paragraph[row["paragraph"] or "*"].append(row)
    for paragraph, rows in by_paragraph.items():
        for index, row in enumerate(rows, start=1):
            decision = Decision.objects.filter(
                meeting=meeting, paragraph=paragraph, sentence=index
            ).first()
            if decision is None and len(rows) == 1:
                decision = Decision.objects.filter(
                    meeting=meeting, paragraph=paragraph, sentence=None, sentences__isnull=True
                ).first()
            concern, code = AREAS.get(row["area"], ("general", None))
            area = ProgrammeArea.objects.filter(code=code).first() if code else None
            due_date = _date(row["due_date"])
            if decision is None:
                decision = decisions.decision_create(
                    actor=actor,
                    meeting=meeting,
                    paragraph=paragraph,
                    sentence=index,
                    summary=row["text"],
                    source=record["source"],
                    verbs=row["verbs"],
                    kind=row["kind"],
                    concern=concern,
                    area=area,
                    due_date=due_date,
                )
                tally["decisions_created"] += 1
            else:
                decision = decisions.decision_classify(
                    actor=actor,
                    decision=decision,
                    verbs=row["verbs"],
                    kind=row["kind"],
                    concern=concern,
                    area=area,
                    due_date=due_date,
                )
                tally["decisions_updated"] += 1
            _addressees_and_follow_ups(actor, decision, row, tally)


def _addressees_and_follow_ups(
    actor: Actor, decision: Decision, row: DecisionRow, tally: dict[str, int]
) -> None:
    """Each addressee of an operative decision has its follow-up, on the first ingest and on
    every later one; one already recorded (by hand, by the reference data or by an earlier
    ingest) is kept, never doubled. An addressee the Hub does not know is left out."""
    for name in row["addressees"]:
        code = from_extracted(name)
        if code is None:
            continue
        try:
            if decisions.addressee_add(actor=actor, decision=decision, code=code):
                tally["addressees_created"] += 1
            if decisions.follow_up_ask(actor=actor, decision=decision, code=code):
                tally["follow_ups_created"] += 1
        except ValidationError:
            continue  # a State's code the directory does not have


def _statements(
    actor: Actor,
    meeting: Meeting,
    items: dict[str, AgendaItem],
    record: Record,
    document: Document,
    tally: dict[str, int],
) -> None:
    """Each kept statement once: by its paragraph and speaker."""
    for row in record["statements"]:
        if not row.get("include", True):
            continue
        speaker, state, organization = _speaker(row["speaker"])
        if speaker == "organization" and organization is None:
            continue  # an organization the directory does not know yet
        paragraph = row["paragraph"] or ""
        if meeting.statements.filter(
            paragraph=paragraph, speaker=speaker, state=state, organization=organization
        ).exists():
            continue
        meetings.statement_record(
            actor=actor,
            meeting=meeting,
            speaker=speaker,
            state=state,
            organization=organization,
            paragraph=paragraph,
            agenda_item=items.get(row["agenda_item"] or ""),
            summary=row.get("summary")
            or _("Intervention recorded in %(document)s, para. %(para)s.")
            % {"document": document.title, "para": paragraph or "—"},
        )
        tally["statements_created"] += 1


def _speaker(code: str) -> tuple[str, MemberState | None, Organization | None]:
    if code in {"secretariat", "chair"}:
        return code, None, None
    state = MemberState.objects.filter(code=code).first()
    if state:
        return "state", state, None
    return "organization", None, Organization.objects.filter(acronym__iexact=code).first()


@transaction.atomic
def extraction_discard(*, actor: Actor, extraction: Extraction) -> None:
    require(actor, "extraction.review")
    extraction.status = Extraction.Status.DISCARDED
    save_audited(extraction, actor=actor, reason="proposal discarded")
