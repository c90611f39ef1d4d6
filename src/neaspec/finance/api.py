import datetime
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import SLUG, TEXT, IsoDate, one_of
from neaspec.directory.models import MemberState, Organization
from neaspec.finance import selectors, services
from neaspec.finance.ledger import fund_status
from neaspec.finance.models import CURRENCIES, Contribution, Fund
from neaspec.meetings.models import Meeting

router = Router(tags=["finance"])


class FundOut(Schema):
    key: str
    name: str
    kind: str
    currency: str
    established_note: str
    description: str
    source: str


@router.get("/funds", response={200: list[FundOut], 422: ErrorOut}, summary="The programme's funds")
@paginate(Page)
def list_funds(request: HttpRequest) -> Any:
    return Mapped(
        selectors.fund_list(),
        lambda f: FundOut(
            key=f.key,
            name=f.name,
            kind=f.kind,
            currency=f.currency,
            established_note=f.established_note,
            description=f.description,
            source=f.source,
        ),
    )


class YearOut(Schema):
    year: int
    opening: Decimal
    received: Decimal
    spent: Decimal
    closing: Decimal


class RateOut(Schema):
    currency: str
    to_currency: str
    rate: Decimal
    date: datetime.date
    source: str


class FundStatusOut(Schema):
    fund: str
    currency: str
    on: datetime.date
    balance: Decimal
    years: list[YearOut]
    rates: list[RateOut] = Field(description="The exchange rates used, with their dates")
    unconverted: list[str] = Field(description="Money not counted for want of a rate")


class StatusQuery(Schema):
    date: IsoDate | None = Field(None, description="The day to report on (default: today)")


@router.get(
    "/funds/{key}/status",
    response={200: FundStatusOut, 404: ErrorOut, 422: ErrorOut},
    summary="A fund's opening balance, receipts, expenditure and closing balance per year",
)
def get_fund_status(
    request: HttpRequest, query: Query[StatusQuery], key: str = Path(pattern=SLUG)
) -> FundStatusOut:
    fund = selectors.fund_get(key=key)
    status = fund_status(fund=fund, on=query.date or timezone.localdate(), actor=request.user)
    return FundStatusOut(
        fund=fund.key,
        currency=fund.currency,
        on=status.on,
        balance=status.balance,
        years=[
            YearOut(
                year=y.year,
                opening=y.opening,
                received=y.received,
                spent=y.spent,
                closing=y.closing,
            )
            for y in status.years
        ],
        rates=[
            RateOut(
                currency=r.currency,
                to_currency=r.to_currency,
                rate=r.rate,
                date=r.date,
                source=r.source,
            )
            for r in status.rates
        ],
        unconverted=[
            f"{what}: {amount} {currency}" for what, amount, currency in status.unconverted
        ],
    )


class ContributionOut(Schema):
    id: int
    state: str | None
    organization: str | None
    fund: str | None
    year: int
    kind: str
    currency: str
    amount: Decimal | None
    description: str
    valuation: Decimal | None
    status: str
    announced_at: str | None
    pledged_on: datetime.date | None
    expected_on: datetime.date | None
    received_on: datetime.date | None
    received_amount: Decimal | None
    outstanding: Decimal | None
    published: bool
    confirmed: bool
    note: str
    source: str


def contribution_out(c: Contribution) -> ContributionOut:
    return ContributionOut(
        id=c.pk,
        state=c.state.code if c.state else None,
        organization=c.organization.key if c.organization else None,
        fund=c.fund.key if c.fund else None,
        year=c.year,
        kind=c.kind,
        currency=c.currency,
        amount=c.amount,
        description=c.description,
        valuation=c.valuation,
        status=c.status,
        announced_at=c.announced_at.key if c.announced_at else None,
        pledged_on=c.pledged_on,
        expected_on=c.expected_on,
        received_on=c.received_on,
        received_amount=c.received_amount,
        outstanding=c.outstanding,  # type: ignore[arg-type]
        published=c.published,
        confirmed=c.confirmed_by_id is not None,
        note=c.note,
        source=c.source,
    )


class ContributionFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. KR")
    fund: str = Field("", pattern=SLUG, description="A fund key, e.g. core-fund")
    year: int | None = Field(None, ge=1990, le=2100)
    status: str = Field("", pattern=one_of(Contribution.Status))


@router.get(
    "/contributions",
    response={200: list[ContributionOut], 422: ErrorOut},
    summary="Contributions (the public sees what the Secretariat publishes)",
)
@paginate(Page)
def list_contributions(request: HttpRequest, filters: Query[ContributionFilters]) -> Any:
    found = selectors.contribution_list(actor=request.user, **filters.model_dump())
    return Mapped(found, contribution_out)


Money = Field(None, ge=0, max_digits=16, decimal_places=2, allow_inf_nan=False)


class ContributionIn(Schema):
    state: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")
    organization: str | None = Field(None, pattern=r"^[a-z0-9-]+$")
    fund: str | None = Field(None, pattern=r"^[a-z0-9-]+$")
    year: int = Field(ge=1990, le=2100)
    kind: Contribution.Kind = Contribution.Kind.CASH
    currency: str = Field("USD", pattern="^(" + "|".join(CURRENCIES) + ")$")
    amount: Decimal | None = Money
    description: str = Field("", max_length=500, pattern=TEXT)
    valuation: Decimal | None = Money
    announced_at: str | None = Field(None, pattern=r"^[a-z0-9-]+$")
    published: bool = False
    note: str = Field("", max_length=500, pattern=TEXT)
    source: str = Field(min_length=1, max_length=500, pattern=TEXT)


@router.post(
    "/contributions",
    auth=django_auth,
    response={201: ContributionOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Record a contribution as announced (the Secretariat)",
)
def create_contribution(request: HttpRequest, data: ContributionIn) -> tuple[int, ContributionOut]:
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
    return 201, contribution_out(selectors.contribution_get(pk=contribution.pk, actor=request.user))


class ReceiptIn(Schema):
    received_on: IsoDate
    received_amount: Decimal = Field(gt=0, max_digits=16, decimal_places=2, allow_inf_nan=False)


@router.post(
    "/contributions/{contribution_id}/receipt",
    auth=django_auth,
    response={201: ContributionOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Record money received for a contribution (the Secretariat)",
)
def record_receipt(
    request: HttpRequest, contribution_id: int, data: ReceiptIn
) -> tuple[int, ContributionOut]:
    contribution = selectors.contribution_get(pk=contribution_id, actor=request.user)
    services.contribution_receive(
        actor=request.user, contribution=contribution, **data.model_dump()
    )
    return 201, contribution_out(selectors.contribution_get(pk=contribution_id, actor=request.user))


@router.post(
    "/contributions/{contribution_id}/confirmation",
    auth=django_auth,
    response={201: ContributionOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="Confirm a contribution of one's own State (its focal point)",
)
def confirm_contribution(request: HttpRequest, contribution_id: int) -> tuple[int, ContributionOut]:
    contribution = selectors.contribution_get(pk=contribution_id, actor=request.user)
    services.contribution_confirm(actor=request.user, contribution=contribution)
    return 201, contribution_out(selectors.contribution_get(pk=contribution_id, actor=request.user))
