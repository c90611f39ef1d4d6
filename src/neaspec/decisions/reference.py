"""The decisions' reference data: each meeting's decisions with their addressees, follow-up
actions and positions; links between decisions; what came of the actions."""

from typing import TypedDict

from neaspec.data.loader import (
    DECISIONS,
    LINE,
    Context,
    Kind,
    Raw,
    Record,
    SeedError,
    Tally,
    children,
    cited,
    day,
    flag,
    line_of,
    load_child,
    number,
    optional,
    ref,
    register,
    resolve,
    sourced,
    text,
    upsert,
)
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.deadlines import due_by_refresh_all
from neaspec.decisions.models import Addressee, Decision, DecisionLink, FollowUp, Position
from neaspec.directory.models import Body, MemberState
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.meetings.reference import MEETING_CHILDREN, agenda_item
from neaspec.programme.models import ProgrammeArea

DECISION = Kind(
    Decision,
    ("paragraph", "sentence"),
    {
        "paragraph": text,
        "sentence": optional(number),
        "summary": text,
        "verbs": lambda v: [text(x) for x in v] if isinstance(v, list) else text(v).split(),
        "kind": text,
        "concern": text,
        "area": optional(ref(ProgrammeArea, "code")),
        "due_date": optional(day),
        "status": text,
        "adopted": flag,
    },
    frozenset({"paragraph", "summary", "kind", "concern"}),
)
FOLLOW_UP = Kind(
    FollowUp,
    ("owner", "state", "body"),
    {
        "owner": text,
        "state": optional(ref(MemberState, "code")),
        "body": optional(ref(Body, "key")),
        "action": text,
        "due_date": optional(day),
        "due_next_meeting": flag,
        "status": text,
        "progress": number,
        "review_date": optional(day),
    },
    frozenset({"owner", "action"}),
)
POSITION = Kind(
    Position,
    ("state", "stance", "note"),
    {"state": ref(MemberState, "code"), "stance": text, "date": optional(day), "note": text},
    frozenset({"state", "stance", "source"}),
)


def _load_decision(
    ctx: Context, meeting: Meeting, items: dict[str, AgendaItem], record: Record
) -> None:
    record = {"sentence": None, **record}
    nested = {name: list(children(record, name, ctx)) for name in ("follow_ups", "positions")}
    addressees = record.pop("addressees", []) or []
    if not isinstance(addressees, list):
        raise SeedError(ctx.path, line_of(record), "addressees must be a list")
    item = agenda_item(ctx, items, record)
    parent = None
    if record.get("sentence") is not None:
        parent = Decision.objects.filter(
            meeting=meeting, paragraph=str(record["paragraph"]), sentence=None
        ).first()
    record["paragraph"] = str(record["paragraph"])
    extra = {"parent": parent, "agenda_item": item}
    decision = load_child(ctx, DECISION, record, extra, meeting=meeting)
    source = text(record["source"])  # load_child has checked it
    for name in addressees:
        values = _addressee(ctx, name, line_of(record))
        upsert(
            ctx,
            Addressee,
            {"decision": decision, **values},
            {"decision": decision, **values},
            line_of(record),
        )
    for follow_up in nested["follow_ups"]:
        follow_up = {"state": None, "body": None, **follow_up}
        load_child(ctx, FOLLOW_UP, sourced(follow_up, source), decision=decision)
    for position in nested["positions"]:
        load_child(ctx, POSITION, sourced(position, source), decision=decision)


class AddresseeValues(TypedDict):
    kind: str
    state: MemberState | None
    body: Body | None


def _addressee(ctx: Context, name: Raw, line: int | None) -> AddresseeValues:
    """An addressee's code (AddresseeCode): 'secretariat', 'member_states', 'partners',
    'nfps', a State's code, or 'body:<key>'."""
    code = resolve(ctx, lambda v: AddresseeCode.parse(text(v)), name, line, "addressees")
    found: AddresseeValues = {"kind": code.kind, "state": None, "body": None}
    if code.state:
        found["state"] = resolve(ctx, ref(MemberState, "code"), code.state, line, "addressees")
    if code.body:
        found["body"] = resolve(ctx, ref(Body, "key"), code.body, line, "addressees")
    return found


OUTCOME_FIELDS = {
    "follow_up", "owner", "states", "body", "status", "outcome", "closed_on",
    "evidence_decision", "evidence_meeting", "source", LINE,
}  # fmt: skip


def _load_follow_up_outcome(ctx: Context, record: Record) -> None:
    """What came of the actions a decision asked (of one owner, or of each listed State), and
    the later decision or meeting that shows it; the record's source is the evidence."""
    line = line_of(record)
    unknown = sorted(set(record) - OUTCOME_FIELDS)
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    for name in ("follow_up", "owner", "status", "outcome", "closed_on", "source"):
        if name not in record:
            raise SeedError(ctx.path, line, f"missing field {name!r}")
    asked = cited(ctx, record["follow_up"], line)
    follow_ups = FollowUp.objects.filter(decision_id=asked.pk, owner=record["owner"])
    states = record.get("states")
    if states:
        if not isinstance(states, list):
            raise SeedError(ctx.path, line, "states must be a list")
        follow_ups = follow_ups.filter(state__code__in=states)
    if record.get("body"):
        follow_ups = follow_ups.filter(body__key=record["body"])
    found = list(follow_ups)
    if not found:
        raise SeedError(ctx.path, line, f"no follow-up of {record['follow_up']} owned so")
    try:
        values = {
            "status": text(record["status"]),
            "outcome": text(record["outcome"]),
            "closed_on": day(record["closed_on"]),
            "evidence_source": text(record["source"]),
            "evidence_decision": (
                cited(ctx, record["evidence_decision"], line)
                if record.get("evidence_decision")
                else None
            ),
            "evidence_meeting": optional(ref(Meeting, "key"))(record.get("evidence_meeting")),
        }
    except ValueError as error:
        raise SeedError(ctx.path, line, str(error)) from error
    if values["status"] == FollowUp.Status.DONE:
        values["progress"] = 100
    for follow_up in found:
        upsert(ctx, FollowUp, {"pk": follow_up.pk}, values, line)


def _load_decision_link(ctx: Context, record: Record) -> None:
    line = line_of(record)
    unknown = sorted(set(record) - {"source_decision", "kind", "target", "note", "source", LINE})
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    values = {
        "source_decision": cited(ctx, record.get("source_decision"), line),
        "kind": text(record.get("kind", "")),
        "target": cited(ctx, record.get("target"), line),
        "note": text(record.get("note", "")),
    }
    lookup = {k: values[k] for k in ("source_decision", "kind", "target")}
    upsert(ctx, DecisionLink, lookup, values, line)


def _deadlines(tally: Tally) -> None:
    """The dataset writes meetings and follow-ups row by row, past the services that keep
    each follow-up's deadline: it is stored again for all of them once, when all are in."""
    due_by_refresh_all()


MEETING_CHILDREN["decisions"] = _load_decision
register("decision_links", stage=DECISIONS, loader=_load_decision_link)
register("follow_up_outcomes", stage=DECISIONS, loader=_load_follow_up_outcome, finish=_deadlines)
