"""The networks API: NEAMPAN sites and their sheets, NEA-LCCP cities and peer reviews, the
NEACAP Science and Policy Committee, the flagship species; a site nominated, its sheet
submitted and reviewed."""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.api.params import SLUG
from neaspec.directory.models import MemberState
from neaspec.networks import selectors, services
from neaspec.networks.models import City, PeerReview, Site, SiteSheet, Species
from neaspec.networks.schemas import (
    CityFilters,
    CityOut,
    CommitteeOut,
    CommitteeQuery,
    NominationIn,
    PeerReviewOut,
    SheetIn,
    SheetOut,
    SheetReviewIn,
    SiteFilters,
    SiteOut,
    SpeciesOut,
    sheets_with_changes,
)

router = Router(tags=["networks"])


@router.get(
    "/sites",
    response={200: list[SiteOut], 422: ErrorOut},
    summary="Protected areas and NEAMPAN sites",
)
@paginate(Page)
def list_sites(request: HttpRequest, filters: Query[SiteFilters]) -> QuerySet[Site]:
    return selectors.site_list(**filters.model_dump())


@router.get(
    "/sites/{key}/sheets",
    response={200: list[SheetOut], 404: ErrorOut, 422: ErrorOut},
    summary="A site's sheets, newest version first, with what each changed",
)
@paginate(Page)
def list_sheets(request: HttpRequest, key: str = Path(pattern=SLUG)) -> list[SiteSheet]:
    site = selectors.site_get(key=key)
    return sheets_with_changes(selectors.sheets_visible(site=site, actor=request.user))


@router.post(
    "/sites/{key}/sheets",
    auth=SIGNED_IN,
    response={201: SheetOut, **WRITES},
    summary="Submit a new version of a site's sheet (its State's focal point or the Secretariat)",
)
def submit_sheet(
    request: HttpRequest, data: SheetIn, key: str = Path(pattern=SLUG)
) -> Status[SiteSheet]:
    site = selectors.site_get(key=key)
    sheet = services.sheet_submit(actor=request.user, site=site, **data.model_dump())
    return Status(201, sheets_with_changes([sheet])[0])


@router.post(
    "/sheets/{sheet_id}/review",
    auth=SIGNED_IN,
    response={201: SheetOut, **WRITES},
    summary="Validate a submitted sheet or return it with a reason (the Secretariat)",
)
def review_sheet(request: HttpRequest, sheet_id: int, data: SheetReviewIn) -> Status[SiteSheet]:
    sheet = get_object_or_404(SiteSheet, pk=sheet_id)
    if data.action == "validate":
        sheet = services.sheet_validate(actor=request.user, sheet=sheet)
    else:
        sheet = services.sheet_return(actor=request.user, sheet=sheet, reason=data.reason)
    return Status(201, sheets_with_changes([sheet])[0])


@router.post(
    "/sites",
    auth=SIGNED_IN,
    response={201: SiteOut, **WRITES},
    summary="Nominate a marine protected area as a NEAMPAN site (a coastal State's focal point)",
)
def nominate_site(request: HttpRequest, data: NominationIn) -> Status[Site]:
    state = get_object_or_404(MemberState, code=data.state.upper())
    site = services.site_nominate(
        actor=request.user, **data.model_dump(exclude={"state"}), state=state
    )
    return Status(201, selectors.site_get(key=site.key))


@router.get("/cities", response={200: list[CityOut], 422: ErrorOut}, summary="NEA-LCCP cities")
@paginate(Page)
def list_cities(request: HttpRequest, filters: Query[CityFilters]) -> QuerySet[City]:
    return selectors.city_list(state=filters.state)


@router.get(
    "/peer-reviews",
    response={200: list[PeerReviewOut], 422: ErrorOut},
    summary="Peer reviews of NEA-LCCP cities",
)
@paginate(Page)
def list_peer_reviews(request: HttpRequest) -> QuerySet[PeerReview]:
    return selectors.peer_reviews()


@router.get(
    "/neacap/committee",
    response={200: CommitteeOut, 422: ErrorOut},
    summary="The NEACAP Science and Policy Committee: chair by rotation, members, nominations",
)
def neacap_committee(request: HttpRequest, query: Query[CommitteeQuery]) -> dict[str, Any]:
    on = query.date or timezone.localdate()
    return {**selectors.committee(body_key="neacap-spc", on=on), "on": on}


@router.get(
    "/species", response={200: list[SpeciesOut], 422: ErrorOut}, summary="The flagship species"
)
@paginate(Page)
def list_species(request: HttpRequest) -> QuerySet[Species]:
    return selectors.species_list()
