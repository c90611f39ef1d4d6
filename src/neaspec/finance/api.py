"""The finance API: the programme's funds and each one's status year by year, contributions as
the reader may see them; a contribution recorded, its money received, confirmed by its State."""

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
from neaspec.directory.models import MemberState, Organization
from neaspec.finance import selectors, services
from neaspec.finance.ledger import FundStatus, fund_status
from neaspec.finance.models import Contribution, Fund
from neaspec.finance.schemas import (
    ContributionFilters,
    ContributionIn,
    ContributionOut,
    FundOut,
    FundStatusOut,
    NotReceivedIn,
    ReceiptIn,
    StatusQuery,
)
from neaspec.meetings.models import Meeting

router = Router(tags=["finance"])


@router.get("/funds", response={200: list[FundOut], 422: ErrorOut}, summary="The programme's funds")
@paginate(Page)
def list_funds(request: HttpRequest) -> QuerySet[Fund]:
    return selectors.fund_list()


@router.get(
    "/funds/{key}/status",
    response={200: FundStatusOut, 404: ErrorOut, 422: ErrorOut},
    summary="A fund's opening balance, receipts, expenditure and closing balance per year",
)
def get_fund_status(
    request: HttpRequest, query: Query[StatusQuery], key: str = Path(pattern=SLUG)
) -> FundStatus:
    fund = selectors.fund_get(key=key)
    return fund_status(fund=fund, on=query.date or timezone.localdate(), actor=request.user)


@router.get(
    "/contributions",
    response={200: list[ContributionOut], 422: ErrorOut},
    summary="Contributions (the public sees what the Secretariat publishes)",
)
@paginate(Page)
def list_contributions(
    request: HttpRequest, filters: Query[ContributionFilters]
) -> QuerySet[Contribution]:
    return selectors.contribution_list(actor=request.user, **filters.model_dump())


@router.post(
    "/contributions",
    auth=SIGNED_IN,
    response={201: ContributionOut, **WRITES},
    summary="Record a contribution as announced (the Secretariat)",
)
def create_contribution(request: HttpRequest, data: ContributionIn) -> Status[Contribution]:
    fields = data.model_dump()
    fields["state"] = (
        get_object_or_404(MemberState, code=data.state.upper()) if data.state else None
    )
    fields["organization"] = (
        get_object_or_404(Organization, key=data.organization) if data.organization else None
    )
    fields["fund"] = get_object_or_404(Fund, key=data.fund) if data.fund else None
    fields["announced_at"] = (
        get_object_or_404(Meeting, key=data.announced_at) if data.announced_at else None
    )
    contribution = services.contribution_announce(actor=request.user, **fields)
    return Status(201, selectors.contribution_get(pk=contribution.pk, actor=request.user))


@router.post(
    "/contributions/{contribution_id}/receipt",
    auth=SIGNED_IN,
    response={201: ContributionOut, **WRITES},
    summary="Record money received for a contribution (the Secretariat)",
)
def record_receipt(
    request: HttpRequest, contribution_id: int, data: ReceiptIn
) -> Status[Contribution]:
    contribution = selectors.contribution_get(pk=contribution_id, actor=request.user)
    services.contribution_receive(
        actor=request.user, contribution=contribution, **data.model_dump()
    )
    return Status(201, selectors.contribution_get(pk=contribution_id, actor=request.user))


@router.post(
    "/contributions/{contribution_id}/not-received",
    auth=SIGNED_IN,
    response={201: ContributionOut, **WRITES},
    summary="Record that a pledge had not arrived by a day (the Secretariat)",
)
def record_not_received(
    request: HttpRequest, contribution_id: int, data: NotReceivedIn
) -> Status[Contribution]:
    contribution = selectors.contribution_get(pk=contribution_id, actor=request.user)
    services.contribution_not_received(actor=request.user, contribution=contribution, on=data.on)
    return Status(201, selectors.contribution_get(pk=contribution_id, actor=request.user))


@router.post(
    "/contributions/{contribution_id}/confirmation",
    auth=SIGNED_IN,
    response={201: ContributionOut, **WRITES},
    summary="Confirm a contribution of one's own State (its focal point)",
)
def confirm_contribution(request: HttpRequest, contribution_id: int) -> Status[Contribution]:
    contribution = selectors.contribution_get(pk=contribution_id, actor=request.user)
    services.contribution_confirm(actor=request.user, contribution=contribution)
    return Status(201, selectors.contribution_get(pk=contribution_id, actor=request.user))
