import datetime
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec import limits
from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import SLUG, TEXT, IsoDate, one_of
from neaspec.directory.models import MemberState
from neaspec.networks import selectors, services
from neaspec.networks.models import Inscription, PeerReview, Site, SiteSheet

router = Router(tags=["networks"])


class StepOut(Schema):
    step: str
    date: datetime.date | None
    meeting: str | None
    decision: str | None
    outcome: str
    source: str


class SiteOut(Schema):
    key: str
    name: str
    kind: str
    state: str | None
    states: list[str]
    network: str | None
    status: str
    designation: str
    area_km2: Decimal | None
    latitude: Decimal | None
    longitude: Decimal | None
    inscriptions: list[str]
    source: str


def site_out(s: Site) -> SiteOut:
    return SiteOut(
        key=s.key,
        name=s.name,
        kind=s.kind,
        state=s.state.code if s.state else None,
        states=[x.code for x in s.states.all()],
        network=s.network.key if s.network else None,
        status=s.status,
        designation=s.designation,
        area_km2=s.area_km2,
        latitude=s.latitude,
        longitude=s.longitude,
        inscriptions=[i.kind for i in s.inscriptions.all()],
        source=s.source,
    )


class SiteFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. KR")
    status: str = Field("", pattern=one_of(Site.Status))
    inscription: str = Field("", pattern=one_of(Inscription.Kind))


@router.get(
    "/sites",
    response={200: list[SiteOut], 422: ErrorOut},
    summary="Protected areas and NEAMPAN sites",
)
@paginate(Page)
def list_sites(request: HttpRequest, filters: Query[SiteFilters]) -> Any:
    return Mapped(selectors.site_list(**filters.model_dump()), site_out)


class SheetOut(Schema):
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
    changed_fields: list[str] = Field(description="Fields changed since the previous version")


@router.get(
    "/sites/{key}/sheets",
    response={200: list[SheetOut], 404: ErrorOut, 422: ErrorOut},
    summary="A site's sheets, newest version first, with what each changed",
)
@paginate(Page)
def list_sheets(request: HttpRequest, key: str = Path(pattern=SLUG)) -> Any:
    site = selectors.site_get(key=key)
    sheets = selectors.sheets_visible(site=site, actor=request.user)
    changes = selectors.sheet_changes(sheets)
    return Mapped(sheets, lambda s: _sheet_out(s, [c.field for c in changes.get(s.pk, [])]))


def _sheet_out(s: SiteSheet, changed: list[str]) -> SheetOut:
    return SheetOut(
        id=s.pk,
        version=s.version,
        status=s.status,
        values=s.values,
        ecological_character=s.ecological_character,
        threats=s.threats,
        management_measures=s.management_measures,
        submitted_on=s.submitted_on,
        validated_on=s.validated_on,
        return_reason=s.return_reason,
        changed_fields=changed,
    )


class SheetIn(Schema):
    values: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    ecological_character: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    threats: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    management_measures: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    source: str = Field("", max_length=500, pattern=TEXT)


@router.post(
    "/sites/{key}/sheets",
    auth=django_auth,
    response={201: SheetOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Submit a new version of a site's sheet (its State's focal point or the Secretariat)",
)
def submit_sheet(
    request: HttpRequest, data: SheetIn, key: str = Path(pattern=SLUG)
) -> tuple[int, SheetOut]:
    site = selectors.site_get(key=key)
    sheet = services.sheet_submit(actor=request.user, site=site, **data.model_dump())
    return 201, _sheet_out(sheet, [])


class SheetReviewIn(Schema):
    action: str = Field(pattern=r"^(validate|return)$")
    reason: str = Field("", max_length=500, pattern=TEXT)


@router.post(
    "/sheets/{sheet_id}/review",
    auth=django_auth,
    response={201: SheetOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Validate a submitted sheet or return it with a reason (the Secretariat)",
)
def review_sheet(request: HttpRequest, sheet_id: int, data: SheetReviewIn) -> tuple[int, SheetOut]:
    sheet = get_object_or_404(SiteSheet, pk=sheet_id)
    if data.action == "validate":
        sheet = services.sheet_validate(actor=request.user, sheet=sheet)
    else:
        sheet = services.sheet_return(actor=request.user, sheet=sheet, reason=data.reason)
    return 201, _sheet_out(sheet, [])


class NominationIn(Schema):
    state: str = Field(pattern=r"^[A-Za-z]{2}$")
    name: str = Field(min_length=1, max_length=200, pattern=TEXT)
    date: IsoDate
    designation: str = Field("", max_length=200, pattern=TEXT)
    managing_authority: str = Field("", max_length=300, pattern=TEXT)
    source: str = Field("", max_length=500, pattern=TEXT)


@router.post(
    "/sites",
    auth=django_auth,
    response={201: SiteOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Nominate a marine protected area as a NEAMPAN site (a coastal State's focal point)",
)
def nominate_site(request: HttpRequest, data: NominationIn) -> tuple[int, SiteOut]:
    state = get_object_or_404(MemberState, code=data.state.upper())
    site = services.site_nominate(
        actor=request.user, **data.model_dump(exclude={"state"}), state=state
    )
    return 201, site_out(selectors.site_get(key=site.key))


class RecommendationOut(Schema):
    text: str
    follow_up: str
    status: str


class PeerReviewOut(Schema):
    city: str
    status: str
    year: int | None
    when: str
    reviewers: str
    partner: str | None
    report: int | None
    summary: str
    recommendations: list[RecommendationOut]
    source: str


def peer_review_out(r: PeerReview) -> PeerReviewOut:
    return PeerReviewOut(
        city=r.city.key,
        status=r.status,
        year=r.year,
        when=r.when_note,
        reviewers=r.reviewers,
        partner=r.partner.key if r.partner else None,
        report=r.report_id,
        summary=r.summary,
        recommendations=[
            RecommendationOut(text=x.text, follow_up=x.follow_up, status=x.status)
            for x in r.recommendations.all()
        ],
        source=r.source,
    )


class CityOut(Schema):
    key: str
    name: str
    state: str
    programme: str | None
    joined: str
    peer_reviews: list[PeerReviewOut]
    source: str


class CityFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. MN")


@router.get("/cities", response={200: list[CityOut], 422: ErrorOut}, summary="NEA-LCCP cities")
@paginate(Page)
def list_cities(request: HttpRequest, filters: Query[CityFilters]) -> Any:
    return Mapped(
        selectors.city_list(state=filters.state),
        lambda c: CityOut(
            key=c.key,
            name=c.name,
            state=c.state.code,
            programme=c.programme.name if c.programme else None,
            joined=c.joined_note,
            peer_reviews=[peer_review_out(r) for r in c.peer_reviews.all()],
            source=c.source,
        ),
    )


@router.get(
    "/peer-reviews",
    response={200: list[PeerReviewOut], 422: ErrorOut},
    summary="Peer reviews of NEA-LCCP cities",
)
@paginate(Page)
def list_peer_reviews(request: HttpRequest) -> Any:
    return Mapped(selectors.peer_reviews(), peer_review_out)


class TermOut(Schema):
    start: datetime.date
    end: datetime.date
    state: str
    chair: str | None


class NominationOut(Schema):
    state: str
    purpose: str
    status: str
    requested_by: str | None
    as_of: datetime.date | None
    source: str


class CommitteeOut(Schema):
    body: str
    on: datetime.date
    rule: dict | None = Field(description="Order of States, term length in months, first term")
    chair: TermOut | None = Field(description="Computed from the rule; null when none is recorded")
    past_chairs: list[TermOut]
    members: list[dict]
    nominations: list[NominationOut]
    pollutants: list[str]


class CommitteeQuery(Schema):
    date: IsoDate | None = Field(None, description="The day (default: today)")


def _term(t: selectors.Term) -> TermOut:
    return TermOut(
        start=t.start, end=t.end, state=t.state.code, chair=str(t.chair) if t.chair else None
    )


@router.get(
    "/neacap/committee",
    response={200: CommitteeOut, 422: ErrorOut},
    summary="The NEACAP Science and Policy Committee: chair by rotation, members, nominations",
)
def neacap_committee(request: HttpRequest, query: Query[CommitteeQuery]) -> CommitteeOut:
    on = query.date or timezone.localdate()
    c = selectors.committee(body_key="neacap-spc", on=on)
    rule = c["rule"]
    return CommitteeOut(
        body=c["body"].key,
        on=on,
        rule=(
            {
                "order": rule.order,
                "term_months": rule.term_months,
                "first_term_start": rule.first_term_start,
            }
            if rule
            else None
        ),
        chair=_term(c["current"]) if c["current"] else None,
        past_chairs=[_term(t) for t in c["terms"][1:]],
        members=[
            {
                "person": str(m.person),
                "state": m.state.code if m.state else None,
                "role": m.role,
                "start": m.start,
                "end": m.end,
            }
            for m in c["members"]
        ],
        nominations=[
            NominationOut(
                state=n.state.code,
                purpose=n.purpose,
                status=n.status,
                requested_by=n.requested_by.citation if n.requested_by else None,
                as_of=n.as_of,
                source=n.source,
            )
            for n in c["nominations"]
        ],
        pollutants=[p.code for p in c["pollutants"]],
    )


class SpeciesOut(Schema):
    key: str
    name: str
    scientific_name: str
    range_states: list[str]
    sites: list[str]
    projects: list[str]
    source: str


@router.get(
    "/species", response={200: list[SpeciesOut], 422: ErrorOut}, summary="The flagship species"
)
@paginate(Page)
def list_species(request: HttpRequest) -> Any:
    return Mapped(
        selectors.species_list(),
        lambda s: SpeciesOut(
            key=s.key,
            name=s.common_name,
            scientific_name=s.scientific_name,
            range_states=[x.code for x in s.range_states.all()],
            sites=[x.key for x in s.sites.all()],
            projects=[x.key for x in s.projects.all()],
            source=s.source,
        ),
    )
