"""The projects' reference data: projects with participants, components and delays."""

from neaspec.data.loader import (
    LATER,
    Context,
    Kind,
    Raw,
    Record,
    SeedError,
    children,
    cited,
    day,
    line_of,
    load_child,
    number,
    optional,
    ref,
    register,
    set_related,
    text,
)
from neaspec.directory.models import MemberState, Organization
from neaspec.finance.models import Fund
from neaspec.meetings.models import Meeting
from neaspec.programme.models import Objective, ProgrammeArea
from neaspec.projects.models import Component, Delay, Participation, Project

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


def _objective(ctx: Context, citation: Raw, line: int | None) -> Objective:
    """An objective cited '<plan>/<area>/<code>', e.g. 2021-2025/lcc/1."""
    plan, _, rest = str(citation).partition("/")
    area, _, code = rest.partition("/")
    found = Objective.objects.filter(
        plan_area__plan__code=plan, plan_area__area__code=area, code=code
    ).first()
    if found is None:
        raise SeedError(ctx.path, line, f"no objective cited as {citation!r}")
    return found


def _load_project(ctx: Context, record: Record) -> None:
    """A project, its participants, components, delays and the decisions about it."""
    record = dict(record)
    line = line_of(record)
    nested = {n: list(children(record, n, ctx)) for n in ("participants", "components", "delays")}
    citations = record.pop("decisions", None) or []
    if not isinstance(citations, list):
        raise SeedError(ctx.path, line, "decisions must be a list")
    objective = record.pop("objective", None)
    extra = {"objective": _objective(ctx, objective, line) if objective else None}
    project = load_child(ctx, PROJECT, record, extra=extra)
    for participant in nested["participants"]:
        participant = {
            "organization": None,
            "state": None,
            "source": record["source"],
            **participant,
        }
        load_child(ctx, PARTICIPATION, participant, project=project)
    for component in nested["components"]:
        load_child(ctx, COMPONENT, {"source": record["source"], **component}, project=project)
    for delay in nested["delays"]:
        load_child(ctx, DELAY, delay, project=project)
    set_related(ctx, project, "decisions", {cited(ctx, c, line) for c in citations})


register("projects", stage=LATER, loader=_load_project)
