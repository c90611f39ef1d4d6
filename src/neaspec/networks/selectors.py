"""Reads of the networks: sites with their sheets, changes between versions and staleness;
coverage against the 10 % and 30 % targets; the NEACAP chair by rotation; cities; species."""

import datetime
import difflib
import itertools
from dataclasses import dataclass
from typing import TypedDict

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_secretariat
from neaspec.decisions.models import Decision
from neaspec.directory.models import Body, Membership, MemberState, Organization, Person
from neaspec.networks.models import (
    SHEET_FIELDS,
    City,
    ExpertNomination,
    NationalProgramme,
    NetworkCount,
    NominationStep,
    PeerReview,
    Pollutant,
    RotationRule,
    Site,
    SiteSheet,
    Species,
    WorkPlanCategory,
    stale_before,
)
from neaspec.programme.models import Indicator, IndicatorTarget, IndicatorValue


def site_list(
    *, state: str = "", status: str = "", inscription: str = "", network: str = ""
) -> QuerySet[Site]:
    sites = Site.objects.select_related("state", "network").prefetch_related(
        "inscriptions",
        "states",
        Prefetch("sheets", queryset=SiteSheet.objects.order_by("-version")),
    )
    if state:
        sites = sites.filter(state__code=state.upper())
    if status:
        sites = sites.filter(status=status)
    if inscription:
        sites = sites.filter(inscriptions__kind=inscription).distinct()
    if network:
        sites = sites.filter(network__key=network)
    return sites.order_by("state__name", "name")


def site_get(*, key: str) -> Site:
    sheets = SiteSheet.objects.select_related("submitted_by", "validated_by").order_by("-version")
    steps = NominationStep.objects.select_related(
        "meeting__series", "decision__meeting__series", "state", "actor"
    )
    return get_object_or_404(
        Site.objects.select_related("state", "network").prefetch_related(
            "inscriptions",
            "states",
            "projects",
            "species",
            Prefetch("sheets", queryset=sheets),
            Prefetch("steps", queryset=steps),
        ),
        key=key,
    )


def sheets_visible(*, site: Site, actor: Actor) -> list[SiteSheet]:
    """A site's sheets, newest first: validated ones for everyone; those submitted or returned
    only for the Secretariat and the focal points of the site's State(s)."""
    sheets = list(site.sheets.all())
    states = [site.state] if site.state else list(site.states.all())
    if is_secretariat(actor) or any(actor.has_perm("networks.submit_sheet", s) for s in states):
        return sheets
    return [s for s in sheets if s.status == SiteSheet.Status.VALIDATED]


@dataclass(frozen=True)
class FieldChange:
    field: str
    removed: list[str]
    added: list[str]


def sheet_changes(sheets: list[SiteSheet]) -> dict[int, list[FieldChange]]:
    """For each version (by pk), what changed in each field since the version before it."""
    ordered = sorted(sheets, key=lambda s: s.version)
    changes: dict[int, list[FieldChange]] = {}
    for before, after in itertools.pairwise(ordered):
        found = []
        for name in SHEET_FIELDS:
            old, new = getattr(before, name).splitlines(), getattr(after, name).splitlines()
            if old == new:
                continue
            diff = list(difflib.ndiff(old, new))
            found.append(
                FieldChange(
                    name,
                    [line[2:] for line in diff if line.startswith("- ")],
                    [line[2:] for line in diff if line.startswith("+ ")],
                )
            )
        changes[after.pk] = found
    return changes


def sheet_staleness(site: Site, today: datetime.date) -> str:
    """'current', 'stale' (validated too long ago), or 'none' (no validated sheet)."""
    validated = [s for s in site.sheets.all() if s.status == SiteSheet.Status.VALIDATED]
    if not validated:
        return "none"
    latest = max(s.validated_on or s.submitted_on for s in validated)
    limit = stale_before(today, settings.NEASPEC_SITE_SHEET_STALE_YEARS)
    return "stale" if latest < limit else "current"


COVERAGE = "mpa-coverage"


class Coverage(TypedDict):
    indicator: Indicator | None
    # Each coastal State with its latest approved value, if any.
    rows: list[tuple[MemberState, IndicatorValue | None]]
    targets: list[IndicatorTarget]


def coverage(*, actor: Actor) -> Coverage:
    """Official marine coverage per coastal State beside the 10 % and 30 % targets: figures
    come from the indicator's approved values, never from adding up site areas."""
    from neaspec.programme.selectors import values_visible

    indicator = Indicator.objects.filter(code=COVERAGE).prefetch_related("targets__state").first()
    latest: dict[int, IndicatorValue] = {}
    if indicator:
        values = values_visible(actor=actor).filter(
            indicator=indicator, status=IndicatorValue.Status.APPROVED, breakdown=""
        )
        for v in values.order_by("last_year"):
            latest[v.state_id] = v  # type: ignore[index]
    rows = [(s, latest.get(s.pk)) for s in MemberState.objects.filter(coastal=True)]
    targets = list(indicator.targets.all()) if indicator else []
    return {"indicator": indicator, "rows": rows, "targets": targets}


def published_counts(*, network: str) -> QuerySet[NetworkCount]:
    return NetworkCount.objects.filter(network__key=network).select_related("state")


def decisions_on_sites() -> QuerySet[Decision]:
    """SOM decisions on marine protected areas on which States took positions (such as the
    SOM-25 expansion of NEAMPAN sites), with those positions."""
    return (
        Decision.objects.filter(area__code="mpa", positions__isnull=False)
        .distinct()
        .select_related("meeting__series")
        .prefetch_related("positions__state")
    )


# --- NEACAP ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    start: datetime.date
    end: datetime.date
    state: MemberState
    chair: Person | None  # the State's committee member holding the seat then, if recorded


def chair_terms(*, body: Body, until: datetime.date) -> list[Term]:
    """Every term of the rotation from the first to the one `until` falls in."""
    rule = getattr(body, "rotation_rule", None)
    if rule is None:
        return []
    last = rule.term_index(until)
    if last is None:
        return []
    states = {s.code: s for s in MemberState.objects.filter(code__in=rule.order)}
    members = list(
        Membership.objects.filter(body=body).select_related("person", "state").order_by("start")
    )
    terms = []
    for index in range(last + 1):
        start, end = rule.term_start(index), rule.term_start(index + 1) - datetime.timedelta(days=1)
        state = states[rule.order[index % len(rule.order)]]
        sitting = next(
            (
                m.person
                for m in members
                if m.state_id == state.pk and m.start <= end and (m.end is None or m.end >= start)
            ),
            None,
        )
        terms.append(Term(start, end, state, sitting))
    return terms


class Committee(TypedDict):
    body: Body
    centres: QuerySet[Organization] | list[Organization]
    pollutants: QuerySet[Pollutant]
    categories: QuerySet[WorkPlanCategory]
    rule: RotationRule | None
    current: Term | None
    terms: list[Term]  # newest first
    members: QuerySet[Membership]
    nominations: QuerySet[ExpertNomination]


def committee(*, body_key: str, on: datetime.date) -> Committee:
    body = get_object_or_404(
        Body.objects.select_related("parent", "rotation_rule__adopted_by__meeting__series"),
        key=body_key,
    )
    terms = chair_terms(body=body, until=on)
    members = (
        Membership.objects.filter(body=body)
        .select_related("person", "state")
        .order_by("state__name", "-start")
    )
    nominations = ExpertNomination.objects.filter(body=body).select_related(
        "state", "requested_by__meeting__series"
    )
    return {
        "body": body,
        "centres": body.parent.technical_centres.all() if body.parent else [],
        "pollutants": Pollutant.objects.all(),
        "categories": WorkPlanCategory.objects.filter(body=body),
        "rule": getattr(body, "rotation_rule", None),
        "current": terms[-1] if terms else None,
        "terms": list(reversed(terms)),
        "members": members,
        "nominations": nominations,
    }


# --- NEA-LCCP and species --------------------------------------------------------------------


def city_list(*, state: str = "") -> QuerySet[City]:
    cities = City.objects.select_related("state", "programme").prefetch_related(
        "forums__meeting__series",
        Prefetch("peer_reviews", queryset=peer_reviews()),
    )
    return cities.filter(state__code=state.upper()) if state else cities


def peer_reviews() -> QuerySet[PeerReview]:
    return PeerReview.objects.select_related("city__state", "partner", "report").prefetch_related(
        "recommendations"
    )


def species_list() -> QuerySet[Species]:
    return Species.objects.prefetch_related("range_states", "sites", "projects")


def national_programmes() -> QuerySet[NationalProgramme]:
    return NationalProgramme.objects.select_related("state").prefetch_related("cities")


# --- what waits for a committee --------------------------------------------------------------


def nominations_awaited(*, body_ids: set[int]) -> QuerySet[ExpertNomination]:
    """The experts the bodies asked the member States to nominate and not yet submitted, by
    body, purpose and State."""
    return (
        ExpertNomination.objects.filter(body_id__in=body_ids)
        .exclude(status=ExpertNomination.Status.SUBMITTED)
        .select_related("state", "body")
        .order_by("body__name", "purpose", "state__name")
    )


def sites_awaiting_review(*, body_ids: set[int]) -> QuerySet[Site]:
    """Sites nominated to a network whose committee is one of the bodies (the NEAMPAN
    Steering Committee reviews NEAMPAN's nominations) and not reviewed yet."""
    return (
        Site.objects.filter(status=Site.Status.NOMINATED, network__children__in=body_ids)
        .select_related("state")
        .order_by("state__name", "name")
        .distinct()
    )
