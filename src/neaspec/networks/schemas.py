"""The networks API's schemas: NEAMPAN sites and their versioned sheets, NEA-LCCP cities and
peer reviews, the NEACAP committee and the flagship species; and what is sent to nominate a
site and to submit and review its sheet."""

import datetime
from decimal import Decimal
from typing import TypedDict

from ninja import Field, Schema

from neaspec import limits
from neaspec.api.params import TEXT, IsoDate, one_of
from neaspec.api.schemas import In, Named, Out
from neaspec.networks import selectors
from neaspec.networks.models import Inscription, Site, SiteSheet, Species


def sheets_with_changes(sheets: list[SiteSheet]) -> list[SiteSheet]:
    """The sheets, each with the fields changed since the version before it (`changed`)."""
    changes = selectors.sheet_changes(sheets)
    for sheet in sheets:
        sheet.changed = [c.field for c in changes.get(sheet.pk, [])]  # type: ignore[attr-defined]
    return sheets


# --- NEAMPAN sites ---------------------------------------------------------------------------


class SiteOut(Out):
    key: str
    name: str
    kind: str
    state: str | None = Field(None, alias="state.code")
    states: list[str]
    network: str | None = Field(None, alias="network.key")
    status: str
    designation: str
    area_km2: Decimal | None
    latitude: Decimal | None
    longitude: Decimal | None
    inscriptions: list[str]
    source: str

    @staticmethod
    def resolve_states(site: Site) -> list[str]:
        return [s.code for s in site.states.all()]

    @staticmethod
    def resolve_inscriptions(site: Site) -> list[str]:
        return [i.kind for i in site.inscriptions.all()]


class SiteFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. KR")
    status: str = Field("", pattern=one_of(Site.Status))
    inscription: str = Field("", pattern=one_of(Inscription.Kind))


class SheetOut(Out):
    id: int
    version: int
    status: str
    values: str
    ecological_character: str
    threats: str
    management_measures: str
    submitted_on: datetime.date
    validated_on: datetime.date | None
    return_reason: str
    changed_fields: list[str] = Field(
        alias="changed", description="Fields changed since the previous version"
    )


class SheetIn(In):
    values: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    ecological_character: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    threats: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    management_measures: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    source: str = Field("", max_length=500, pattern=TEXT)


class SheetReviewIn(In):
    action: str = Field(pattern=r"^(validate|return)$")
    reason: str = Field("", max_length=500, pattern=TEXT)


class NominationIn(In):
    state: str = Field(pattern=r"^[A-Za-z]{2}$")
    name: str = Field(min_length=1, max_length=200, pattern=TEXT)
    date: IsoDate
    designation: str = Field("", max_length=200, pattern=TEXT)
    managing_authority: str = Field("", max_length=300, pattern=TEXT)
    source: str = Field("", max_length=500, pattern=TEXT)


# --- NEA-LCCP cities -------------------------------------------------------------------------


class RecommendationOut(Out):
    text: str
    follow_up: str
    status: str


class PeerReviewOut(Out):
    city: str = Field(alias="city.key")
    status: str
    year: int | None
    when: str = Field(alias="when_note")
    reviewers: str
    partner: str | None = Field(None, alias="partner.key")
    report: int | None = Field(alias="report_id")
    summary: str
    recommendations: list[RecommendationOut]
    source: str


class CityOut(Out):
    key: str
    name: str
    state: str = Field(alias="state.code")
    programme: str | None = Field(None, alias="programme.name")
    joined: str = Field(alias="joined_note")
    peer_reviews: list[PeerReviewOut]
    source: str


class CityFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. MN")


# --- the NEACAP committee --------------------------------------------------------------------


# A term of the chair's rotation (selectors.Term).
class TermOut(Out):
    start: datetime.date
    end: datetime.date
    state: str = Field(alias="state.code")
    chair: Named | None


class NominationOut(Out):
    state: str = Field(alias="state.code")
    purpose: str
    status: str
    requested_by: str | None = Field(None, alias="requested_by.citation")
    as_of: datetime.date | None
    source: str


class Rotation(TypedDict):
    order: list[str]
    term_months: int
    first_term_start: datetime.date


class CommitteeMember(TypedDict):
    person: str
    state: str | None
    role: str
    start: datetime.date
    end: datetime.date | None


# Read from what selectors.committee gives, with the day it is read on (`on`).
class CommitteeOut(Out):
    body: str
    on: datetime.date
    rule: dict | None = Field(description="Order of States, term length in months, first term")
    chair: TermOut | None = Field(
        alias="current", description="Computed from the rule; null when none is recorded"
    )
    past_chairs: list[TermOut]
    members: list[dict]
    nominations: list[NominationOut]
    pollutants: list[str]

    @staticmethod
    def resolve_body(committee: selectors.Committee) -> str:
        return committee["body"].key

    @staticmethod
    def resolve_rule(committee: selectors.Committee) -> Rotation | None:
        rule = committee["rule"]
        if rule is None:
            return None
        return {
            "order": rule.order,
            "term_months": rule.term_months,
            "first_term_start": rule.first_term_start,
        }

    @staticmethod
    def resolve_past_chairs(committee: selectors.Committee) -> list[selectors.Term]:
        return committee["terms"][1:]

    @staticmethod
    def resolve_members(committee: selectors.Committee) -> list[CommitteeMember]:
        return [
            {
                "person": str(m.person),
                "state": m.state.code if m.state else None,
                "role": m.role,
                "start": m.start,
                "end": m.end,
            }
            for m in committee["members"]
        ]

    @staticmethod
    def resolve_pollutants(committee: selectors.Committee) -> list[str]:
        return [p.code for p in committee["pollutants"]]


class CommitteeQuery(Schema):
    date: IsoDate | None = Field(None, description="The day (default: today)")


# --- flagship species ------------------------------------------------------------------------


class SpeciesOut(Out):
    key: str
    name: str = Field(alias="common_name")
    scientific_name: str
    range_states: list[str]
    sites: list[str]
    projects: list[str]
    source: str

    @staticmethod
    def resolve_range_states(species: Species) -> list[str]:
        return [s.code for s in species.range_states.all()]

    @staticmethod
    def resolve_sites(species: Species) -> list[str]:
        return [s.key for s in species.sites.all()]

    @staticmethod
    def resolve_projects(species: Species) -> list[str]:
        return [p.key for p in species.projects.all()]
