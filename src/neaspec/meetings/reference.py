"""The meetings' reference data: series and meetings with their agenda, officers,
attendance, statements and timed programme."""

from collections.abc import Callable
from typing import TypedDict

from neaspec.data.loader import (
    LINE,
    MEETINGS,
    Context,
    Kind,
    Raw,
    Record,
    SeedError,
    children,
    clock,
    day,
    flag,
    line_of,
    load_child,
    load_record,
    number,
    optional,
    ref,
    register,
    resolve,
    sourced,
    text,
    upsert,
)
from neaspec.directory.models import Body, Membership, MemberState, Organization, Person
from neaspec.meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingSeries,
    Officer,
    ProgrammeSession,
    Statement,
)

register(
    "series",
    stage=MEETINGS,
    kind=Kind(
        MeetingSeries,
        ("code",),
        {
            "code": text,
            "name": text,
            "body": optional(ref(Body, "key")),
            "numbered": flag,
            "order": number,
        },
        frozenset({"code", "name", "order", "source"}),
    ),
)
MEETING = Kind(
    Meeting,
    ("key",),
    {
        "key": text,
        "series": ref(MeetingSeries, "code"),
        "number": optional(number),
        "title": text,
        "start": optional(day),
        "end": optional(day),
        "date_note": text,
        "host": optional(ref(MemberState, "code")),
        "city": text,
        "modality": text,
        "organizer": optional(ref(Organization, "key")),
        "status": text,
        "attendance_known": flag,
        "summary": text,
        "time_zone": text,
    },
    frozenset({"key", "series", "status", "source"}),
)
SESSION = Kind(
    ProgrammeSession,
    ("day", "starts"),
    {
        "day": day,
        "starts": clock,
        "ends": clock,
        "kind": text,
        "title": text,
        "speakers": text,
        "description": text,
    },
    frozenset({"day", "starts", "ends", "title"}),
)
OFFICER = Kind(
    Officer,
    ("role",),
    {"role": text, "person": ref(Person, "key"), "state": optional(ref(MemberState, "code"))},
    frozenset({"role", "person"}),
)

# Children of a meeting record that later apps load (the decisions app registers
# "decisions"); each is called with the meeting, its agenda items by number and the record.
MEETING_CHILDREN: dict[str, Callable[[Context, Meeting, dict[str, AgendaItem], Record], None]] = {}


def _load_meeting(ctx: Context, record: Record) -> None:
    record = dict(record)
    nested = {
        name: list(children(record, name, ctx))
        for name in ("agenda", "officers", "statements", "programme", *MEETING_CHILDREN)
    }
    attendance = record.pop("attendance", None)
    meeting = load_record(ctx, MEETING, record)
    source = text(record["source"])  # load_record has checked it
    items = _load_agenda(ctx, meeting, nested["agenda"], source)
    for officer in nested["officers"]:
        elected = load_child(ctx, OFFICER, sourced(officer, source), meeting=meeting)
        _seat_officer(ctx, meeting, elected, line_of(record))
    if attendance is not None:
        _load_attendance(ctx, meeting, attendance, line_of(record))
    for statement in nested["statements"]:
        _load_statement(ctx, meeting, items, sourced(statement, source))
    for name, load_children in MEETING_CHILDREN.items():
        for child in nested[name]:
            load_children(ctx, meeting, items, sourced(child, source))
    for session in nested["programme"]:
        load_child(ctx, SESSION, sourced(session, source), meeting=meeting)


def _seat_officer(ctx: Context, meeting: Meeting, officer: Officer, line: int | None) -> None:
    """An officer holds the office for the session: the series' body keeps it as its chair
    rotation, so "who chaired the SOM on date D" has one source, the meeting's officers."""
    body = meeting.series.body
    if body is None or meeting.start is None:
        return
    lookup = {"person": officer.person, "body": body, "role": officer.role, "start": meeting.start}
    values = {
        **lookup,
        "state": officer.state,
        "end": meeting.end or meeting.start,
        "note": f"Elected at {meeting.label}",
        "source": meeting.source,
    }
    upsert(ctx, Membership, lookup, values, line)


def _load_agenda(
    ctx: Context, meeting: Meeting, records: list[Record], source: str
) -> dict[str, AgendaItem]:
    items: dict[str, AgendaItem] = {}
    order = 0
    kind = Kind(
        AgendaItem, ("number",), {"number": text, "title": text}, frozenset({"number", "title"})
    )
    for record in records:
        record = dict(record)
        subs = list(children(record, "items", ctx))
        order += 1
        parent = load_child(
            ctx, kind, sourced(record, source), {"parent": None, "order": order}, meeting=meeting
        )
        items[parent.number] = parent
        for sub in subs:
            order += 1
            item = load_child(
                ctx,
                kind,
                sourced(sub, source),
                {"parent": parent, "order": order},
                meeting=meeting,
            )
            items[item.number] = item
    return items


def _load_attendance(ctx: Context, meeting: Meeting, attendance: Raw, line: int | None) -> None:
    lists = "attendance must map 'states' and 'organizations' to lists"
    if not isinstance(attendance, dict):
        raise SeedError(ctx.path, line, lists)
    states, organizations = attendance.get("states", []), attendance.get("organizations", [])
    if not isinstance(states, list) or not isinstance(organizations, list):
        raise SeedError(ctx.path, line, lists)
    for code in states:
        state = resolve(ctx, ref(MemberState, "code"), code, line, "attendance")
        upsert(
            ctx,
            Attendance,
            {"meeting": meeting, "state": state, "organization": None},
            {"meeting": meeting, "state": state},
            line,
        )
    for key in organizations:
        organization = resolve(ctx, ref(Organization, "key"), key, line, "attendance")
        upsert(
            ctx,
            Attendance,
            {"meeting": meeting, "state": None, "organization": organization},
            {"meeting": meeting, "organization": organization},
            line,
        )


def agenda_item(ctx: Context, items: dict[str, AgendaItem], record: Record) -> AgendaItem | None:
    number = record.pop("item", None)
    if number is None:
        return None
    if str(number) not in items:
        raise SeedError(
            ctx.path, line_of(record), f"item: no agenda item {number!r} in this meeting"
        )
    return items[str(number)]


class Speaker(TypedDict):
    """Who made a statement: `speaker` says which, and the State or organization if one."""

    speaker: str
    state: MemberState | None
    organization: Organization | None


def _speaker(ctx: Context, by: Raw, line: int | None) -> Speaker:
    """'secretariat', 'chair', a State's ISO code, or an organization's key."""
    if isinstance(by, str) and by in {"secretariat", "chair"}:
        return {"speaker": by, "state": None, "organization": None}
    state = MemberState.objects.filter(code=by).first()
    if state is not None:
        return {"speaker": "state", "state": state, "organization": None}
    organization = resolve(ctx, ref(Organization, "key"), by, line, "by")
    return {"speaker": "organization", "state": None, "organization": organization}


def _load_statement(
    ctx: Context, meeting: Meeting, items: dict[str, AgendaItem], record: Record
) -> None:
    record = dict(record)
    line = line_of(record)
    unknown = sorted(set(record) - {"paragraph", "item", "by", "summary", "source", LINE})
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    if "by" not in record or "summary" not in record:
        raise SeedError(ctx.path, line, "a statement needs 'by' and 'summary'")
    speaker = _speaker(ctx, record["by"], line)
    values = {
        "meeting": meeting,
        "agenda_item": agenda_item(ctx, items, record),
        "paragraph": str(record.get("paragraph", "")),
        "summary": text(record["summary"]),
        **speaker,
    }
    lookup = {k: values[k] for k in ("meeting", "paragraph", "speaker", "state", "organization")}
    upsert(ctx, Statement, lookup, values, line)


register("meetings", stage=MEETINGS, loader=_load_meeting)
