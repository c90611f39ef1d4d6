"""Load the reference dataset: all of it or none of it, and only what changed.

Each YAML file maps a kind (`states`, `bodies`, `plans` ...) to a list of records. Every record
names its `source`. Loading twice changes nothing; an edited value updates its row; a malformed
file is rejected with file, line and reason before anything is written.
"""

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import models, transaction

from neaspec.audit import save_audited
from neaspec.decisions.models import Addressee, Decision, DecisionLink, FollowUp, Position
from neaspec.directory.models import Body, Membership, MemberState, Organization, Person
from neaspec.finance.models import BudgetLine, BudgetPlan, Contribution, Fund
from neaspec.meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingSeries,
    Officer,
    ProgrammeSession,
    Statement,
)
from neaspec.networks.models import (
    City,
    ExpertNomination,
    Inscription,
    NationalProgramme,
    NetworkCount,
    NominationStep,
    PeerReview,
    Pollutant,
    Site,
    Species,
    WorkPlanCategory,
)
from neaspec.programme.models import (
    Activity,
    ActivityPlan,
    ActivityRevision,
    Cluster,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Objective,
    PlanApproach,
    PlanArea,
    PlanGoal,
    PlannedActivity,
    ProgrammeArea,
    SdgGoal,
    SdgLink,
    SdgTarget,
    StrategicPlan,
)
from neaspec.projects.models import Component, Delay, Participation, Project

DATA_DIR = Path(__file__).resolve().parent
LINE = "__line__"
REASON = "reference data"


class SeedError(Exception):
    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = Path(path), line, reason
        super().__init__(f"{Path(path).name}:{line or '?'}: {reason}")


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping so errors can point at the record."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return self.created + self.updated


@dataclass
class Context:
    path: Path
    tally: Tally


# --- field converters: each takes the raw value and returns the model value or raises ValueError


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value.strip()


def number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def day(value: Any) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    raise ValueError("expected a date written YYYY-MM-DD")


def clock(value: Any) -> datetime.time:
    """A time of day written "15:00" (YAML reads an unquoted 15:00 as a number of minutes)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value // 60:02d}:{value % 60:02d}"
    try:
        return datetime.time.fromisoformat(str(value))
    except ValueError as error:
        raise ValueError("expected a time written HH:MM") from error


def names(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError("expected a mapping of language code to name")
    return {str(k): text(v) for k, v in value.items() if k != LINE}


def ref(model: type[models.Model], key: str) -> Callable[[Any], models.Model]:
    def convert(value: Any) -> models.Model:
        found = model._default_manager.filter(**{key: value}).first()
        if found is None:
            raise ValueError(f"no {model._meta.verbose_name} with {key} {value!r}")
        return found

    return convert


def optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("expected a number")
    try:
        # Through str so 0.1 in YAML is the decimal 0.1, not the float's binary expansion.
        return Decimal(str(value))
    except InvalidOperation as error:
        raise ValueError("expected a number") from error


def decision(value: Any) -> Decision:
    """A decision by citation: '<meeting key>/<paragraph>' or '<meeting key>/<paragraph>.<n>'."""
    meeting_key, _, para = str(value).partition("/")
    paragraph, _, sentence = para.partition(".")
    found = Decision.objects.filter(
        meeting__key=meeting_key,
        paragraph=paragraph,
        sentence=int(sentence) if sentence.isdigit() else None,
    ).first()
    if found is None:
        raise ValueError(f"no decision cited as {value!r}")
    return found


@dataclass(frozen=True)
class Kind:
    model: type[models.Model]
    lookup: tuple[str, ...]
    fields: dict[str, Callable[[Any], Any]]
    required: frozenset[str]


ORGANIZATION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "key": text,
    "name": text,
    "acronym": text,
    "kind": text,
    "website": text,
    "state": optional(ref(MemberState, "code")),
}

KINDS: dict[str, Kind] = {
    "states": Kind(
        MemberState,
        ("code",),
        {"code": text, "name": text, "short_name": text, "names": names, "coastal": flag},
        frozenset({"code", "name", "source"}),
    ),
    "organizations": Kind(
        Organization,
        ("key",),
        ORGANIZATION_FIELDS,
        frozenset({"key", "name", "kind", "source"}),
    ),
    "bodies": Kind(
        Body,
        ("key",),
        {
            "key": text,
            "name": text,
            "acronym": text,
            "kind": text,
            "description": text,
            "established_year": optional(number),
            "established_note": text,
            "parent": optional(ref(Body, "key")),
        },
        frozenset({"key", "name", "kind", "source"}),
    ),
    "technical_centres": Kind(
        Organization,
        ("key",),
        {**ORGANIZATION_FIELDS, "serves": optional(ref(Body, "key"))},
        frozenset({"key", "name", "kind", "serves", "source"}),
    ),
    "people": Kind(
        Person,
        ("key",),
        {
            "key": text,
            "honorific": text,
            "name": text,
            "position": text,
            "organization": optional(ref(Organization, "key")),
            "state": optional(ref(MemberState, "code")),
        },
        frozenset({"key", "name", "source"}),
    ),
    "memberships": Kind(
        Membership,
        ("person", "body", "role", "start"),
        {
            "person": ref(Person, "key"),
            "body": ref(Body, "key"),
            "role": text,
            "state": optional(ref(MemberState, "code")),
            "start": day,
            "end": optional(day),
            "note": text,
        },
        frozenset({"person", "body", "role", "start", "source"}),
    ),
    "areas": Kind(
        ProgrammeArea,
        ("code",),
        {
            "code": text,
            "name": text,
            "order": number,
            "description": text,
            "platform": optional(ref(Body, "key")),
        },
        frozenset({"code", "name", "order", "source"}),
    ),
    "sdg_goals": Kind(
        SdgGoal,
        ("number",),
        {"number": number, "title": text},
        frozenset({"number", "title", "source"}),
    ),
    "sdg_targets": Kind(
        SdgTarget,
        ("code",),
        {"code": text, "goal": ref(SdgGoal, "number"), "summary": text},
        frozenset({"code", "goal", "summary", "source"}),
    ),
}

# Files load in this order so that references point at rows already loaded.
ORDER = [
    "states",
    "organizations",
    "bodies",
    "technical_centres",
    "people",
    "memberships",
    "areas",
    "sdg_goals",
    "sdg_targets",
    "series",
    "meetings",
    "plans",
    "decision_links",
    "follow_up_outcomes",
    "activity_plans",
    "indicators",
    "funds",
    "contributions",
    "budget_plans",
    "projects",
    "sites",
    "network_counts",
    "pollutants",
    "work_plan_categories",
    "expert_nominations",
    "national_programmes",
    "cities",
    "peer_reviews",
    "species",
]
# Lookup fields a record may leave out (None is part of the lookup, e.g. no organization).
DEFAULTS: dict[str, dict[str, Any]] = {
    "contributions": {"state": None, "organization": None, "fund": None}
}
# Kinds whose records nest children (a plan's areas, a meeting's agenda and decisions ...).
NESTED = {
    "plans",
    "meetings",
    "decision_links",
    "follow_up_outcomes",
    "activity_plans",
    "indicators",
    "budget_plans",
    "projects",
    "sites",
    "species",
}


def read(path: Path) -> dict[str, list[dict[str, Any]]]:
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise SeedError(
            path, mark.line + 1 if mark else None, str(error.problem or error)
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise SeedError(path, None, str(error)) from error
    if not isinstance(document, dict):
        raise SeedError(path, 1, "the file must map a kind (e.g. 'states:') to a list of records")
    for kind, records in document.items():
        if kind == LINE:
            continue
        if kind not in KINDS and kind not in NESTED:
            raise SeedError(
                path, document[LINE], f"unknown kind {kind!r}; known: {', '.join(ORDER)}"
            )
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise SeedError(path, document[LINE], f"{kind!r} must be a list of records")
    return {k: v for k, v in document.items() if k != LINE}


def dataset_files(directory: Path = DATA_DIR) -> list[Path]:
    return sorted(directory.glob("**/*.yaml"))


def load(paths: list[Path] | None = None) -> Tally:
    """Load the given files (default: the whole dataset) in one transaction."""
    documents = [(path, read(path)) for path in (paths or dataset_files())]
    tally = Tally()
    with transaction.atomic():
        for kind in ORDER:
            for path, document in documents:
                ctx = Context(path, tally)
                for record in document.get(kind, []):
                    if kind in NESTED:
                        NESTED_LOADERS[kind](ctx, record)
                    else:
                        _load_record(ctx, KINDS[kind], {**DEFAULTS.get(kind, {}), **record})
                    tally.by_kind[kind] = tally.by_kind.get(kind, 0) + 1
    return tally


def _convert(ctx: Context, kind: Kind, record: dict[str, Any]) -> dict[str, Any]:
    line = record.get(LINE)
    allowed = set(kind.fields) | {"source", LINE}
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    missing = sorted(kind.required - set(record))
    if missing:
        raise SeedError(ctx.path, line, f"missing field {missing[0]!r}")
    if not text(record["source"]):
        raise SeedError(ctx.path, line, "every record needs a source")
    values: dict[str, Any] = {"source": record["source"].strip()}
    for name, convert in kind.fields.items():
        if name in record:
            try:
                values[name] = convert(record[name])
            except ValueError as error:
                raise SeedError(ctx.path, line, f"{name}: {error}") from error
    return values


def _load_record(ctx: Context, kind: Kind, record: dict[str, Any], **parents: Any) -> Any:
    values = {**_convert(ctx, kind, record), **parents}
    lookup = {name: values[name] for name in (*kind.lookup, *parents)}
    return _upsert(ctx, kind.model, lookup, values, record.get(LINE))


def _upsert(
    ctx: Context,
    model: type[models.Model],
    lookup: dict[str, Any],
    values: dict[str, Any],
    line: int | None,
) -> models.Model:
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model(**values)
        ctx.tally.created += 1
    elif any(getattr(obj, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(obj, name, value)
        ctx.tally.updated += 1
    else:
        ctx.tally.unchanged += 1
        return obj
    try:
        save_audited(obj, actor=None, reason=REASON)
    except ValidationError as error:
        raise SeedError(ctx.path, line, _describe(error)) from error
    return obj


def _describe(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
    return " ".join(error.messages)


PLAN = Kind(
    StrategicPlan,
    ("code",),
    {
        "code": text,
        "title": text,
        "start_year": number,
        "end_year": number,
        "status": text,
        "adopted_at": optional(ref(Meeting, "key")),
        "adopted_by": optional(decision),
        "summary": text,
    },
    frozenset({"code", "title", "start_year", "end_year", "status", "source"}),
)
CLUSTER = Kind(
    Cluster,
    ("code",),
    {"code": text, "title": text, "order": number},
    frozenset({"code", "title", "source"}),
)
STATEMENT: dict[str, Callable[[Any], Any]] = {"code": text, "text": text}
GOAL = Kind(PlanGoal, ("code",), STATEMENT, frozenset({"code", "text", "source"}))
APPROACH = Kind(PlanApproach, ("code",), STATEMENT, frozenset({"code", "text", "source"}))
PLAN_AREA = Kind(
    PlanArea,
    ("area",),
    {"area": ref(ProgrammeArea, "code"), "title": text, "order": number},
    frozenset({"area", "title", "order", "source"}),
)
OBJECTIVE = Kind(
    Objective,
    ("code",),
    {**STATEMENT, "platform": optional(ref(Body, "key")), "weight": decimal},
    frozenset({"code", "text", "source"}),
)
ACTIVITY = Kind(Activity, ("code",), STATEMENT, frozenset({"code", "text", "source"}))
SDG_LINK = Kind(
    SdgLink,
    ("area", "goal", "target"),
    {
        "area": ref(ProgrammeArea, "code"),
        "goal": ref(SdgGoal, "number"),
        "target": optional(ref(SdgTarget, "code")),
    },
    frozenset({"area", "goal", "source"}),
)


def _children(record: dict[str, Any], name: str, ctx: Context) -> Iterator[dict[str, Any]]:
    items = record.pop(name, None) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise SeedError(ctx.path, record.get(LINE), f"{name!r} must be a list of records")
    yield from items


def _load_plan(ctx: Context, record: dict[str, Any]) -> None:
    """A plan and its goals, approaches, areas (objectives → activities) and SDG links."""
    record = dict(record)
    nested = {
        name: list(_children(record, name, ctx))
        for name in ("goals", "approaches", "clusters", "areas", "sdg_links")
    }
    plan = _load_record(ctx, PLAN, record)
    clusters = {c["code"]: _load_record(ctx, CLUSTER, c, plan=plan) for c in nested["clusters"]}
    for goal in nested["goals"]:
        _load_record(ctx, GOAL, goal, plan=plan)
    for approach in nested["approaches"]:
        _load_record(ctx, APPROACH, approach, plan=plan)
    for area_record in nested["areas"]:
        area_record = dict(area_record)
        objectives = list(_children(area_record, "objectives", ctx))
        cluster = area_record.pop("cluster", None)
        if cluster is not None and cluster not in clusters:
            raise SeedError(ctx.path, area_record.get(LINE), f"no cluster {cluster!r} in this plan")
        plan_area = _load_child(
            ctx, PLAN_AREA, area_record, extra={"cluster": clusters.get(cluster)}, plan=plan
        )
        for objective_record in objectives:
            objective_record = dict(objective_record)
            activities = list(_children(objective_record, "activities", ctx))
            objective = _load_record(ctx, OBJECTIVE, objective_record, plan_area=plan_area)
            for activity in activities:
                _load_record(ctx, ACTIVITY, activity, objective=objective)
    for link in nested["sdg_links"]:
        link = {"target": None, **link}
        _load_record(ctx, SDG_LINK, link, plan=plan)


# --- meetings and their decisions ----------------------------------------------------------

KINDS["series"] = Kind(
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


def _sourced(record: dict[str, Any], source: str) -> dict[str, Any]:
    """Children of a meeting inherit the meeting's source unless they name their own."""
    return {"source": source, **record}


def _load_child(
    ctx: Context,
    kind: Kind,
    record: dict[str, Any],
    extra: dict[str, Any] | None = None,
    **parents: Any,
) -> Any:
    """Like _load_record, for a meeting's children: `parents` identify the row together with
    the kind's lookup; `extra` values are set but do not identify it. Models without a
    `source` column take the meeting's source only for validation."""
    values = _convert(ctx, kind, record)
    if not any(f.name == "source" for f in kind.model._meta.get_fields()):
        values.pop("source", None)
    values.update(parents)
    lookup = {name: values.get(name) for name in (*kind.lookup, *parents)}
    values.update(extra or {})
    return _upsert(ctx, kind.model, lookup, values, record.get(LINE))


def _load_meeting(ctx: Context, record: dict[str, Any]) -> None:
    record = dict(record)
    nested = {
        name: list(_children(record, name, ctx))
        for name in ("agenda", "officers", "statements", "decisions", "programme")
    }
    attendance = record.pop("attendance", None)
    meeting = _load_record(ctx, MEETING, record)
    source = record["source"]
    items = _load_agenda(ctx, meeting, nested["agenda"], source)
    for officer in nested["officers"]:
        elected = _load_child(ctx, OFFICER, _sourced(officer, source), meeting=meeting)
        _seat_officer(ctx, meeting, elected, record.get(LINE))
    if attendance is not None:
        _load_attendance(ctx, meeting, attendance, record.get(LINE))
    for statement in nested["statements"]:
        _load_statement(ctx, meeting, items, _sourced(statement, source))
    for decision in nested["decisions"]:
        _load_decision(ctx, meeting, items, _sourced(decision, source))
    for session in nested["programme"]:
        _load_child(ctx, SESSION, _sourced(session, source), meeting=meeting)


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
    _upsert(ctx, Membership, lookup, values, line)


def _load_agenda(
    ctx: Context, meeting: Meeting, records: list[dict[str, Any]], source: str
) -> dict[str, AgendaItem]:
    items: dict[str, AgendaItem] = {}
    order = 0
    kind = Kind(
        AgendaItem, ("number",), {"number": text, "title": text}, frozenset({"number", "title"})
    )
    for record in records:
        record = dict(record)
        subs = list(_children(record, "items", ctx))
        order += 1
        parent = _load_child(
            ctx, kind, _sourced(record, source), {"parent": None, "order": order}, meeting=meeting
        )
        items[parent.number] = parent
        for sub in subs:
            order += 1
            item = _load_child(
                ctx,
                kind,
                _sourced(sub, source),
                {"parent": parent, "order": order},
                meeting=meeting,
            )
            items[item.number] = item
    return items


def _load_attendance(ctx: Context, meeting: Meeting, attendance: Any, line: int | None) -> None:
    if not isinstance(attendance, dict):
        raise SeedError(ctx.path, line, "attendance must map 'states' and 'organizations' to lists")
    for code in attendance.get("states", []):
        state = _resolve(ctx, ref(MemberState, "code"), code, line, "attendance")
        _upsert(
            ctx,
            Attendance,
            {"meeting": meeting, "state": state, "organization": None},
            {"meeting": meeting, "state": state},
            line,
        )
    for key in attendance.get("organizations", []):
        organization = _resolve(ctx, ref(Organization, "key"), key, line, "attendance")
        _upsert(
            ctx,
            Attendance,
            {"meeting": meeting, "state": None, "organization": organization},
            {"meeting": meeting, "organization": organization},
            line,
        )


def _resolve(
    ctx: Context, convert: Callable[[Any], Any], value: Any, line: int | None, name: str
) -> Any:
    try:
        return convert(value)
    except ValueError as error:
        raise SeedError(ctx.path, line, f"{name}: {error}") from error


def _agenda_item(
    ctx: Context, items: dict[str, AgendaItem], record: dict[str, Any]
) -> AgendaItem | None:
    number = record.pop("item", None)
    if number is None:
        return None
    if str(number) not in items:
        raise SeedError(
            ctx.path, record.get(LINE), f"item: no agenda item {number!r} in this meeting"
        )
    return items[str(number)]


def _speaker(ctx: Context, by: Any, line: int | None) -> dict[str, Any]:
    """'secretariat', 'chair', a State's ISO code, or an organization's key."""
    if by in {"secretariat", "chair"}:
        return {"speaker": by, "state": None, "organization": None}
    state = MemberState.objects.filter(code=by).first()
    if state is not None:
        return {"speaker": "state", "state": state, "organization": None}
    organization = _resolve(ctx, ref(Organization, "key"), by, line, "by")
    return {"speaker": "organization", "state": None, "organization": organization}


def _load_statement(
    ctx: Context, meeting: Meeting, items: dict[str, AgendaItem], record: dict[str, Any]
) -> None:
    record = dict(record)
    line = record.get(LINE)
    unknown = sorted(set(record) - {"paragraph", "item", "by", "summary", "source", LINE})
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    if "by" not in record or "summary" not in record:
        raise SeedError(ctx.path, line, "a statement needs 'by' and 'summary'")
    speaker = _speaker(ctx, record["by"], line)
    values = {
        "meeting": meeting,
        "agenda_item": _agenda_item(ctx, items, record),
        "paragraph": str(record.get("paragraph", "")),
        "summary": text(record["summary"]),
        **speaker,
    }
    lookup = {k: values[k] for k in ("meeting", "paragraph", "speaker", "state", "organization")}
    _upsert(ctx, Statement, lookup, values, line)


def _load_decision(
    ctx: Context, meeting: Meeting, items: dict[str, AgendaItem], record: dict[str, Any]
) -> None:
    record = {"sentence": None, **record}
    nested = {name: list(_children(record, name, ctx)) for name in ("follow_ups", "positions")}
    addressees = record.pop("addressees", []) or []
    agenda_item = _agenda_item(ctx, items, record)
    parent = None
    if record.get("sentence") is not None:
        parent = Decision.objects.filter(
            meeting=meeting, paragraph=str(record["paragraph"]), sentence=None
        ).first()
    record["paragraph"] = str(record["paragraph"])
    extra = {"parent": parent, "agenda_item": agenda_item}
    decision = _load_child(ctx, DECISION, record, extra, meeting=meeting)
    for name in addressees:
        values = _addressee(ctx, name, record.get(LINE))
        _upsert(
            ctx,
            Addressee,
            {"decision": decision, **values},
            {"decision": decision, **values},
            record.get(LINE),
        )
    for follow_up in nested["follow_ups"]:
        follow_up = {"state": None, "body": None, **follow_up}
        _load_child(ctx, FOLLOW_UP, _sourced(follow_up, record["source"]), decision=decision)
    for position in nested["positions"]:
        _load_child(ctx, POSITION, _sourced(position, record["source"]), decision=decision)


def _addressee(ctx: Context, name: Any, line: int | None) -> dict[str, Any]:
    """'secretariat', 'member_states', 'partners', 'nfps', a State's code, or 'body:<key>'."""
    if name in {"secretariat", "member_states", "partners", "nfps"}:
        return {"kind": name, "state": None, "body": None}
    if isinstance(name, str) and name.startswith("body:"):
        body = _resolve(ctx, ref(Body, "key"), name[5:], line, "addressees")
        return {"kind": "body", "state": None, "body": body}
    state = _resolve(ctx, ref(MemberState, "code"), name, line, "addressees")
    return {"kind": "state", "state": state, "body": None}


def cited(ctx: Context, citation: Any, line: int | None) -> Decision:
    try:
        return decision(citation)
    except ValueError as error:
        raise SeedError(ctx.path, line, str(error)) from error


OUTCOME_FIELDS = {
    "follow_up", "owner", "states", "body", "status", "outcome", "closed_on",
    "evidence_decision", "evidence_meeting", "source", LINE,
}  # fmt: skip


def _load_follow_up_outcome(ctx: Context, record: dict[str, Any]) -> None:
    """What came of the actions a decision asked (of one owner, or of each listed State), and
    the later decision or meeting that shows it; the record's source is the evidence."""
    line = record.get(LINE)
    unknown = sorted(set(record) - OUTCOME_FIELDS)
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    for name in ("follow_up", "owner", "status", "outcome", "closed_on", "source"):
        if name not in record:
            raise SeedError(ctx.path, line, f"missing field {name!r}")
    asked = cited(ctx, record["follow_up"], line)
    follow_ups = FollowUp.objects.filter(decision=asked, owner=record["owner"])
    if record.get("states"):
        follow_ups = follow_ups.filter(state__code__in=record["states"])
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
        _upsert(ctx, FollowUp, {"pk": follow_up.pk}, values, line)


def _load_decision_link(ctx: Context, record: dict[str, Any]) -> None:
    line = record.get(LINE)
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
    _upsert(ctx, DecisionLink, lookup, values, line)


# --- activity plans and indicators ----------------------------------------------------------

ACTIVITY_PLAN = Kind(
    ActivityPlan,
    ("start",),
    {"title": text, "start": day, "end": day, "approved_by": optional(decision)},
    frozenset({"title", "start", "end", "source"}),
)
PLANNED_ACTIVITY = Kind(
    PlannedActivity,
    ("code",),
    {
        "code": text,
        "title": text,
        "starts": optional(day),
        "ends": optional(day),
        "lead": text,
        "lead_state": optional(ref(MemberState, "code")),
        "lead_organization": optional(ref(Organization, "key")),
        "budget_line": text,
        "weight": decimal,
        "status": text,
        "status_reason": text,
        "progress": optional(number),
    },
    frozenset({"code", "title", "source"}),
)
REVISION = Kind(
    ActivityRevision,
    ("what", "after"),
    {
        "what": text,
        "before": text,
        "after": text,
        "reason": text,
        "requested_by": optional(ref(MemberState, "code")),
        "meeting": optional(ref(Meeting, "key")),
    },
    frozenset({"what", "before", "after", "reason", "source"}),
)
INDICATOR = Kind(
    Indicator,
    ("code",),
    {
        "code": text,
        "name": text,
        "unit": text,
        "direction": text,
        "area": ref(ProgrammeArea, "code"),
        "by_state": flag,
        "comparable": flag,
        "baseline_value": optional(decimal),
        "baseline_year": optional(number),
        "description": text,
    },
    frozenset({"code", "name", "unit", "direction", "area", "source"}),
)
INDICATOR_VALUE = Kind(
    IndicatorValue,
    ("state", "first_year", "last_year", "breakdown"),
    {
        "state": optional(ref(MemberState, "code")),
        "first_year": number,
        "last_year": number,
        "breakdown": text,
        "value": decimal,
        "value_upper": optional(decimal),
        "note": text,
    },
    frozenset({"first_year", "value", "source"}),
)
INDICATOR_TARGET = Kind(
    IndicatorTarget,
    ("year", "state"),
    {"year": number, "state": optional(ref(MemberState, "code")), "value": decimal},
    frozenset({"year", "value", "source"}),
)


def _plan_area(ctx: Context, record: dict[str, Any]) -> PlanArea:
    plan_area = PlanArea.objects.filter(
        plan__code=record.pop("plan", None), area__code=record.pop("area", None)
    ).first()
    if plan_area is None:
        raise SeedError(ctx.path, record.get(LINE), "no such plan and area")
    return plan_area


def _load_activity_plan(ctx: Context, record: dict[str, Any]) -> None:
    """An approved activity plan of one area, its coded activities and their revisions."""
    record = dict(record)
    activities = list(_children(record, "activities", ctx))
    plan_area = _plan_area(ctx, record)
    activity_plan = _load_record(ctx, ACTIVITY_PLAN, record, plan_area=plan_area)
    objectives = {o.code: o for o in plan_area.objectives.all()}
    for activity_record in activities:
        activity_record = dict(activity_record)
        revisions = list(_children(activity_record, "revisions", ctx))
        objective = activity_record.pop("objective", None)
        if objective is not None and str(objective) not in objectives:
            raise SeedError(ctx.path, activity_record.get(LINE), f"no objective {objective!r}")
        activity = _load_child(
            ctx,
            PLANNED_ACTIVITY,
            activity_record,
            extra={"objective": objectives.get(str(objective))},
            activity_plan=activity_plan,
        )
        for revision in revisions:
            _load_record(ctx, REVISION, revision, activity=activity)


def _load_indicator(ctx: Context, record: dict[str, Any]) -> None:
    """An indicator with its targets and reference values; seeded values count as approved."""
    record = dict(record)
    nested = {name: list(_children(record, name, ctx)) for name in ("targets", "values")}
    indicator = _load_record(ctx, INDICATOR, record)
    for target in nested["targets"]:
        _load_child(ctx, INDICATOR_TARGET, {"state": None, **target}, indicator=indicator)
    for value in nested["values"]:
        value = {"state": None, "breakdown": "", **value}
        value.setdefault("last_year", value.get("first_year"))
        approved = {"status": IndicatorValue.Status.APPROVED}
        _load_child(ctx, INDICATOR_VALUE, value, extra=approved, indicator=indicator)


# --- funds, contributions and budget plans ------------------------------------------------

KINDS["funds"] = Kind(
    Fund,
    ("key",),
    {
        "key": text,
        "name": text,
        "kind": text,
        "currency": text,
        "established_note": text,
        "description": text,
    },
    frozenset({"key", "name", "kind", "source"}),
)
KINDS["contributions"] = Kind(
    Contribution,
    ("state", "organization", "fund", "year", "kind"),
    {
        "state": optional(ref(MemberState, "code")),
        "organization": optional(ref(Organization, "key")),
        "fund": optional(ref(Fund, "key")),
        "year": number,
        "kind": text,
        "currency": text,
        "amount": optional(decimal),
        "description": text,
        "valuation": optional(decimal),
        "status": text,
        "announced_at": optional(ref(Meeting, "key")),
        "pledged_on": optional(day),
        "expected_on": optional(day),
        "received_on": optional(day),
        "received_amount": optional(decimal),
        "published": flag,
        "note": text,
    },
    frozenset({"year", "kind", "status", "source"}),
)
BUDGET_PLAN = Kind(
    BudgetPlan,
    ("fund", "first_year", "last_year", "version"),
    {
        "fund": ref(Fund, "key"),
        "first_year": number,
        "last_year": number,
        "version": number,
        "approved_at": optional(ref(Meeting, "key")),
        "approved_by": optional(decision),
        "summary": text,
    },
    frozenset({"fund", "first_year", "last_year", "version", "source"}),
)
BUDGET_LINE = Kind(
    BudgetLine,
    ("category", "year"),
    {"category": text, "year": optional(number), "amount": optional(decimal), "change": text},
    frozenset({"category", "source"}),
)


def _load_budget_plan(ctx: Context, record: dict[str, Any]) -> None:
    record = dict(record)
    lines = list(_children(record, "lines", ctx))
    plan = _load_record(ctx, BUDGET_PLAN, record)
    for line in lines:
        _load_child(ctx, BUDGET_LINE, {"year": None, **line}, plan=plan)


# --- projects -------------------------------------------------------------------------------

PROJECT = Kind(
    Project,
    ("key",),
    {
        "key": text,
        "title": text,
        "description": text,
        "area": ref(ProgrammeArea, "code"),
        "status": text,
        "status_as_of": optional(day),
        "planned_start": optional(day),
        "planned_end": optional(day),
        "actual_start": optional(day),
        "actual_end": optional(day),
        "funding_fund": optional(ref(Fund, "key")),
        "funding_state": optional(ref(MemberState, "code")),
    },
    frozenset({"key", "title", "description", "area", "source"}),
)
PARTICIPATION = Kind(
    Participation,
    ("role", "organization", "state"),
    {
        "role": text,
        "organization": optional(ref(Organization, "key")),
        "state": optional(ref(MemberState, "code")),
    },
    frozenset({"role", "source"}),
)
COMPONENT = Kind(
    Component,
    ("order",),
    {"order": number, "title": text, "status": text},
    frozenset({"order", "title", "source"}),
)
DELAY = Kind(
    Delay,
    ("what",),
    {
        "what": text,
        "reason": text,
        "date": optional(day),
        "reported_at": optional(ref(Meeting, "key")),
    },
    frozenset({"what", "reason", "source"}),
)


def _objective(ctx: Context, citation: Any, line: int | None) -> Objective:
    """An objective cited '<plan>/<area>/<code>', e.g. 2021-2025/lcc/1."""
    plan, _, rest = str(citation).partition("/")
    area, _, code = rest.partition("/")
    found = Objective.objects.filter(
        plan_area__plan__code=plan, plan_area__area__code=area, code=code
    ).first()
    if found is None:
        raise SeedError(ctx.path, line, f"no objective cited as {citation!r}")
    return found


def _load_project(ctx: Context, record: dict[str, Any]) -> None:
    """A project, its participants, components, delays and the decisions about it."""
    record = dict(record)
    line = record.get(LINE)
    nested = {n: list(_children(record, n, ctx)) for n in ("participants", "components", "delays")}
    citations = record.pop("decisions", None) or []
    objective = record.pop("objective", None)
    extra = {"objective": _objective(ctx, objective, line) if objective else None}
    project = _load_child(ctx, PROJECT, record, extra=extra)
    for participant in nested["participants"]:
        participant = {
            "organization": None,
            "state": None,
            "source": record["source"],
            **participant,
        }
        _load_child(ctx, PARTICIPATION, participant, project=project)
    for component in nested["components"]:
        _load_child(ctx, COMPONENT, {"source": record["source"], **component}, project=project)
    for delay in nested["delays"]:
        _load_child(ctx, DELAY, delay, project=project)
    _set_related(ctx, project, "decisions", {cited(ctx, c, line) for c in citations})


# --- networks -------------------------------------------------------------------------------

SITE = Kind(
    Site,
    ("key",),
    {
        "key": text,
        "name": text,
        "kind": text,
        "state": optional(ref(MemberState, "code")),
        "network": optional(ref(Body, "key")),
        "status": text,
        "designation": text,
        "area_km2": optional(decimal),
        "latitude": optional(decimal),
        "longitude": optional(decimal),
        "managing_authority": text,
        "description": text,
    },
    frozenset({"key", "name", "kind", "source"}),
)
INSCRIPTION = Kind(
    Inscription,
    ("kind",),
    {"kind": text, "year": optional(number), "note": text},
    frozenset({"kind", "source"}),
)
STEP = Kind(
    NominationStep,
    ("step",),
    {
        "step": text,
        "date": optional(day),
        "state": optional(ref(MemberState, "code")),
        "meeting": optional(ref(Meeting, "key")),
        "decision": optional(decision),
        "outcome": text,
    },
    frozenset({"step", "source"}),
)
KINDS["network_counts"] = Kind(
    NetworkCount,
    ("network", "what", "state", "as_of"),
    {
        "network": ref(Body, "key"),
        "what": text,
        "state": ref(MemberState, "code"),
        "count": number,
        "as_of": text,
    },
    frozenset({"network", "what", "state", "count", "as_of", "source"}),
)
KINDS["pollutants"] = Kind(
    Pollutant,
    ("code",),
    {"code": text, "name": text, "order": number},
    frozenset({"code", "name", "source"}),
)
KINDS["work_plan_categories"] = Kind(
    WorkPlanCategory,
    ("body", "code"),
    {"body": ref(Body, "key"), "code": text, "description": text},
    frozenset({"body", "code", "description", "source"}),
)
KINDS["expert_nominations"] = Kind(
    ExpertNomination,
    ("body", "purpose", "state"),
    {
        "body": ref(Body, "key"),
        "purpose": text,
        "state": ref(MemberState, "code"),
        "status": text,
        "requested_by": optional(decision),
        "as_of": optional(day),
        "note": text,
    },
    frozenset({"body", "purpose", "state", "status", "source"}),
)
KINDS["cities"] = Kind(
    City,
    ("key",),
    {
        "key": text,
        "name": text,
        "state": ref(MemberState, "code"),
        "programme": optional(ref(NationalProgramme, "name")),
        "joined_note": text,
    },
    frozenset({"key", "name", "state", "source"}),
)
KINDS["peer_reviews"] = Kind(
    PeerReview,
    ("city",),
    {
        "city": ref(City, "key"),
        "status": text,
        "year": optional(number),
        "when_note": text,
        "reviewers": text,
        "partner": optional(ref(Organization, "key")),
        "summary": text,
    },
    frozenset({"city", "status", "source"}),
)
KINDS["national_programmes"] = Kind(
    NationalProgramme,
    ("state", "name"),
    {"state": ref(MemberState, "code"), "name": text, "description": text},
    frozenset({"state", "name", "source"}),
)
SPECIES = Kind(
    Species,
    ("key",),
    {"key": text, "common_name": text, "scientific_name": text, "order": number},
    frozenset({"key", "common_name", "scientific_name", "source"}),
)


def _set_related(ctx: Context, obj: Any, name: str, wanted: set[Any]) -> None:
    """Make a many-to-many field hold exactly `wanted`, counting a change once."""
    manager = getattr(obj, name)
    if wanted != set(manager.all()):
        manager.set(wanted)
        ctx.tally.updated += 1


def _refs(
    ctx: Context, model: type[models.Model], key: str, values: Any, line: int | None
) -> set[Any]:
    return {
        _resolve(ctx, ref(model, key), v, line, model._meta.model_name or "") for v in values or []
    }


def _load_site(ctx: Context, record: dict[str, Any]) -> None:
    """A site with its inscriptions and nomination steps, the States it spans and projects."""
    record = dict(record)
    line = record.get(LINE)
    nested = {n: list(_children(record, n, ctx)) for n in ("inscriptions", "steps")}
    states, projects = record.pop("states", None), record.pop("projects", None)
    site = _load_record(ctx, SITE, {"state": None, "network": None, **record})
    for inscription in nested["inscriptions"]:
        _load_record(ctx, INSCRIPTION, inscription, site=site)
    for step in nested["steps"]:
        _load_child(ctx, STEP, step, site=site)
    _set_related(ctx, site, "states", _refs(ctx, MemberState, "code", states, line))
    _set_related(ctx, site, "projects", _refs(ctx, Project, "key", projects, line))


def _load_species(ctx: Context, record: dict[str, Any]) -> None:
    record = dict(record)
    line = record.get(LINE)
    related = {n: record.pop(n, None) for n in ("range_states", "sites", "projects")}
    species = _load_record(ctx, SPECIES, record)
    _set_related(
        ctx, species, "range_states", _refs(ctx, MemberState, "code", related["range_states"], line)
    )
    _set_related(ctx, species, "sites", _refs(ctx, Site, "key", related["sites"], line))
    _set_related(ctx, species, "projects", _refs(ctx, Project, "key", related["projects"], line))


NESTED_LOADERS: dict[str, Callable[[Context, dict[str, Any]], None]] = {
    "plans": _load_plan,
    "meetings": _load_meeting,
    "decision_links": _load_decision_link,
    "follow_up_outcomes": _load_follow_up_outcome,
    "activity_plans": _load_activity_plan,
    "indicators": _load_indicator,
    "budget_plans": _load_budget_plan,
    "projects": _load_project,
    "sites": _load_site,
    "species": _load_species,
}
