"""The networks' reference data: NEAMPAN sites with nominations and inscriptions, network
counts, NEACAP pollutants, work plan categories and expert nominations, NEA-LCCP programmes,
cities and peer reviews, and the flagship species."""

from neaspec.data.loader import (
    LATER,
    Context,
    Kind,
    Record,
    children,
    day,
    decimal,
    decision,
    line_of,
    load_child,
    load_record,
    number,
    optional,
    ref,
    refs,
    register,
    set_related,
    text,
)
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.models import Meeting
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
from neaspec.projects.models import Project

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
register(
    "network_counts",
    stage=LATER,
    kind=Kind(
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
    ),
)
register(
    "pollutants",
    stage=LATER,
    kind=Kind(
        Pollutant,
        ("code",),
        {"code": text, "name": text, "order": number},
        frozenset({"code", "name", "source"}),
    ),
)
register(
    "work_plan_categories",
    stage=LATER,
    kind=Kind(
        WorkPlanCategory,
        ("body", "code"),
        {"body": ref(Body, "key"), "code": text, "description": text},
        frozenset({"body", "code", "description", "source"}),
    ),
)
register(
    "expert_nominations",
    stage=LATER,
    kind=Kind(
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
    ),
)
register(
    "national_programmes",
    stage=LATER,
    kind=Kind(
        NationalProgramme,
        ("state", "name"),
        {"state": ref(MemberState, "code"), "name": text, "description": text},
        frozenset({"state", "name", "source"}),
    ),
)
register(
    "cities",
    stage=LATER,
    kind=Kind(
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
    ),
)
register(
    "peer_reviews",
    stage=LATER,
    kind=Kind(
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
    ),
)
SPECIES = Kind(
    Species,
    ("key",),
    {"key": text, "common_name": text, "scientific_name": text, "order": number},
    frozenset({"key", "common_name", "scientific_name", "source"}),
)


def _load_site(ctx: Context, record: Record) -> None:
    """A site with its inscriptions and nomination steps, the States it spans and projects."""
    record = dict(record)
    line = line_of(record)
    nested = {n: list(children(record, n, ctx)) for n in ("inscriptions", "steps")}
    states, projects = record.pop("states", None), record.pop("projects", None)
    site = load_record(ctx, SITE, {"state": None, "network": None, **record})
    for inscription in nested["inscriptions"]:
        load_record(ctx, INSCRIPTION, inscription, site=site)
    for step in nested["steps"]:
        load_child(ctx, STEP, step, site=site)
    set_related(ctx, site, "states", refs(ctx, MemberState, "code", states, line))
    set_related(ctx, site, "projects", refs(ctx, Project, "key", projects, line))


def _load_species(ctx: Context, record: Record) -> None:
    record = dict(record)
    line = line_of(record)
    related = {n: record.pop(n, None) for n in ("range_states", "sites", "projects")}
    species = load_record(ctx, SPECIES, record)
    set_related(
        ctx, species, "range_states", refs(ctx, MemberState, "code", related["range_states"], line)
    )
    set_related(ctx, species, "sites", refs(ctx, Site, "key", related["sites"], line))
    set_related(ctx, species, "projects", refs(ctx, Project, "key", related["projects"], line))


register("sites", stage=LATER, loader=_load_site)
register("species", stage=LATER, loader=_load_species)
