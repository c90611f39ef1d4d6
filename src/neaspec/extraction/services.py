"""From an uploaded meeting report to recorded meetings, decisions and follow-up — only when a
person confirms. Re-ingesting a report updates what it recorded before instead of duplicating."""

import datetime
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.decisions.models import Addressee, Decision, FollowUp
from neaspec.directory.models import Body, MemberState, Organization, Person
from neaspec.directory.selectors import name_parts, person_named
from neaspec.extraction.models import Extraction
from neaspec.extraction.report import extract
from neaspec.keys import free_key
from neaspec.library.models import Document
from neaspec.meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingSeries,
    Officer,
    Statement,
)
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
COMMITTEES = {"SPC": "neacap-spc", "NEAMPAN-SC": "neampan-sc"}
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


def _tie(record: dict[str, Any], meeting: Meeting) -> None:
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


def proposed_meeting(record: dict[str, Any]) -> dict[str, Any]:
    m = record["meeting"]
    return {
        "start": _date(m.get("start_date")),
        "end": _date(m.get("end_date")),
        "host": MemberState.objects.filter(code=m.get("host_state") or "").first(),
        "city": m.get("city") or "",
        "modality": m.get("modality") or "",
    }


def recorded_meeting(record: dict[str, Any]) -> Meeting | None:
    m = record["meeting"]
    series = MeetingSeries.objects.filter(code=m.get("series") or "").first()
    if series is None:
        return None
    if m.get("number") is not None:
        return Meeting.objects.filter(series=series, number=m["number"]).first()
    start = _date(m.get("start_date"))
    return Meeting.objects.filter(series=series, start=start).first() if start else None


def extraction_conflicts(*, extraction: Extraction) -> list[Conflict]:
    """Where the report and the recorded meeting disagree (both known, different)."""
    meeting = recorded_meeting(extraction.record)
    if meeting is None:
        return []
    proposed = proposed_meeting(extraction.record)
    return [
        Conflict(name, getattr(meeting, name), proposed[name])
        for name in MEETING_FIELDS
        if proposed[name] not in (None, "")
        and getattr(meeting, name) not in (None, "")
        and getattr(meeting, name) != proposed[name]
    ]


@transaction.atomic
def extraction_review_save(
    *, actor: Actor, extraction: Extraction, record: dict[str, Any]
) -> Extraction:
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
    record = extraction.record
    tally: dict[str, int] = defaultdict(int)
    meeting = _meeting(actor, record, keep_recorded, tally)
    items = _agenda(actor, meeting, record, tally)
    _officers(actor, meeting, record, tally)
    _attendance(actor, meeting, record, tally)
    _decisions(actor, meeting, items, record, tally)
    _statements(actor, meeting, items, record, extraction.document, tally)
    document = extraction.document
    document.meeting = meeting
    save_audited(document, actor=actor, reason="report linked to its meeting")
    extraction.status, extraction.confirmed_by = Extraction.Status.CONFIRMED, account_of(actor)
    extraction.confirmed_at, extraction.outcome = timezone.now(), {"meeting": meeting.key, **tally}
    save_audited(extraction, actor=actor, reason="proposal confirmed")
    return dict(tally)


def _save(obj: Any, actor: Actor, tally: dict[str, int], name: str, created: bool) -> None:
    save_audited(obj, actor=actor, reason="recorded from a meeting report")
    tally[f"{name}_{'created' if created else 'updated'}"] += 1


def _meeting(
    actor: Actor, record: dict[str, Any], keep: set[str], tally: dict[str, int]
) -> Meeting:
    m = record["meeting"]
    code = m.get("series") or "other"
    series = MeetingSeries.objects.filter(code=code).first()
    if series is None:
        series = MeetingSeries(code=code, name=code, numbered=False, order=99)
        save_audited(series, actor=actor, reason="series of a recorded report")
    meeting = recorded_meeting(record)
    created = meeting is None
    proposed = proposed_meeting(record)
    if meeting is None:
        suffix = m.get("number") or proposed["start"] or timezone.localdate()
        meeting = Meeting(
            key=slugify(f"{code}-{suffix}"),
            series=series,
            number=m.get("number"),
            status=Meeting.Status.REPORT_ADOPTED,
        )
    for name in MEETING_FIELDS:
        if name in keep:
            continue
        if proposed[name] not in (None, "") or created:
            setattr(
                meeting,
                name,
                proposed[name] if proposed[name] is not None else getattr(meeting, name),
            )
    meeting.status = Meeting.Status.REPORT_ADOPTED
    if record.get("attendance") is not None:
        meeting.attendance_known = True
    _save(meeting, actor, tally, "meetings", created)
    return meeting


def _agenda(
    actor: Actor, meeting: Meeting, record: dict[str, Any], tally: dict[str, int]
) -> dict[str, AgendaItem]:
    items = {i.number: i for i in meeting.agenda_items.all()}
    order = 0
    for entry in record["agenda"]:
        parent = None
        for position, row in enumerate([entry, *entry.get("items", [])]):
            order += 1
            number = row.get("number") or f"s{order}"
            item = items.get(number)
            created = item is None
            item = item or AgendaItem(meeting=meeting, number=number)
            item.title, item.order = row["title"][:400], order
            item.parent = parent if position else None
            _save(item, actor, tally, "agenda_items", created)
            items[number] = item
            if position == 0:
                parent = item
    return items


def _person(actor: Actor, name: str, state: MemberState | None) -> Person:
    found = person_named(name)  # 'Mizutani Yoshihiro' is the recorded 'Yoshihiro Mizutani'
    if found is None:
        key = free_key(Person, name, fallback="person")
        found = Person(key=key, name=name, state=state)
        save_audited(found, actor=actor, reason="officer named in a meeting report")
    return found


def _officers(
    actor: Actor, meeting: Meeting, record: dict[str, Any], tally: dict[str, int]
) -> None:
    for row in record["officers"]:
        state = MemberState.objects.filter(code=row.get("state") or "").first()
        officer = Officer.objects.filter(meeting=meeting, role=row["role"]).first()
        created = officer is None
        officer = officer or Officer(meeting=meeting, role=row["role"])
        if created or name_parts(officer.person.name) != name_parts(row.get("name") or ""):
            officer.person = _person(actor, row.get("name") or "?", state)
        officer.state = state
        _save(officer, actor, tally, "officers", created)


def _attendance(
    actor: Actor, meeting: Meeting, record: dict[str, Any], tally: dict[str, int]
) -> None:
    for code in record.get("attendance") or []:
        state = MemberState.objects.filter(code=code).first()
        if state and not Attendance.objects.filter(meeting=meeting, state=state).exists():
            _save(Attendance(meeting=meeting, state=state), actor, tally, "attendance", True)


def _decisions(
    actor: Actor,
    meeting: Meeting,
    items: dict[str, AgendaItem],
    record: dict[str, Any],
    tally: dict[str, int],
) -> None:
    by_paragraph: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in record["decisions"]:
        if row.get("include", True):
            by_paragraph[row.get("paragraph") or "*"].append(row)
    for paragraph, rows in by_paragraph.items():
        for index, row in enumerate(rows, start=1):
            decision = Decision.objects.filter(
                meeting=meeting, paragraph=paragraph, sentence=index
            ).first()
            if decision is None and len(rows) == 1:
                decision = Decision.objects.filter(
                    meeting=meeting, paragraph=paragraph, sentence=None, sentences__isnull=True
                ).first()
            created = decision is None
            if decision is None:
                decision = Decision(
                    meeting=meeting,
                    paragraph=paragraph,
                    sentence=index,
                    summary=row["text"],
                    source=record.get("source", ""),
                )
                decision.parent = Decision.objects.filter(
                    meeting=meeting, paragraph=paragraph, sentence=None
                ).first()
            concern, area = AREAS.get(row["area"], ("general", None))
            decision.verbs, decision.kind, decision.concern = row["verbs"], row["kind"], concern
            decision.area = ProgrammeArea.objects.filter(code=area).first() if area else None
            decision.due_date = _date(row.get("due_date"))
            _save(decision, actor, tally, "decisions", created)
            _addressees_and_follow_ups(actor, decision, row, tally)


def _addressees_and_follow_ups(
    actor: Actor, decision: Decision, row: dict[str, Any], tally: dict[str, int]
) -> None:
    """Each addressee of an operative decision has its follow-up, on the first ingest and on
    every later one; one already recorded (by hand, by the reference data or by an earlier
    ingest) is kept, never doubled."""
    for name in row.get("addressees", []):
        values = _addressee(name)
        if values is None:
            continue
        if not Addressee.objects.filter(decision=decision, **values).exists():
            _save(Addressee(decision=decision, **values), actor, tally, "addressees", True)
        if decision.kind == Decision.Kind.OPERATIVE:
            _follow_up(actor, decision, values, tally)


def _addressee(name: str) -> dict[str, Any] | None:
    if name in {"secretariat", "member_states", "partners", "nfps"}:
        return {"kind": name, "state": None, "body": None}
    if name.startswith("committee:"):
        body = Body.objects.filter(key=COMMITTEES.get(name[10:], "")).first()
        return {"kind": "body", "state": None, "body": body} if body else None
    state = MemberState.objects.filter(code=name).first()
    return {"kind": "state", "state": state, "body": None} if state else None


def _follow_up(
    actor: Actor, decision: Decision, addressee: dict[str, Any], tally: dict[str, int]
) -> None:
    owner = {
        "secretariat": "secretariat",
        "member_states": "member_states",
        "state": "state",
        "body": "body",
    }.get(addressee["kind"])
    if owner is None:
        return  # partners and focal points are not owners of follow-up in this model
    recorded = decision.follow_ups.filter(
        owner=owner, state=addressee["state"], body=addressee["body"]
    )
    if owner == "member_states":
        # A request to the member States is often followed up State by State.
        recorded = decision.follow_ups.filter(owner__in=["member_states", "state"])
    if recorded.exists():
        return
    follow_up = FollowUp(
        decision=decision,
        owner=owner,
        state=addressee["state"],
        body=addressee["body"],
        action=decision.summary,
        due_date=decision.due_date,
        due_next_meeting=decision.due_date is None,
    )
    _save(follow_up, actor, tally, "follow_ups", True)


def _statements(
    actor: Actor,
    meeting: Meeting,
    items: dict[str, AgendaItem],
    record: dict[str, Any],
    document: Document,
    tally: dict[str, int],
) -> None:
    for row in record["statements"]:
        if not row.get("include", True):
            continue
        speaker, state, organization = _speaker(row["speaker"])
        lookup = {
            "meeting": meeting,
            "paragraph": row.get("paragraph") or "",
            "speaker": speaker,
            "state": state,
            "organization": organization,
        }
        if speaker == "organization" and organization is None:
            continue  # an organization the directory does not know yet
        if Statement.objects.filter(**lookup).exists():
            continue
        statement = Statement(
            **lookup,
            agenda_item=items.get(row.get("agenda_item") or ""),
            summary=row.get("summary")
            or _("Intervention recorded in %(document)s, para. %(para)s.")
            % {"document": document.title, "para": row.get("paragraph") or "—"},
        )
        _save(statement, actor, tally, "statements", True)


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
