"""The finance API's schemas: the funds, a fund's status year by year, contributions; and
what is sent to record a contribution and money received for it."""

import datetime
from decimal import Decimal

from ninja import Field, Schema

from neaspec.api.params import SLUG, TEXT, IsoDate, one_of
from neaspec.api.schemas import In, Out
from neaspec.finance.ledger import FundStatus
from neaspec.finance.models import CURRENCIES, Contribution


class FundOut(Out):
    key: str
    name: str
    kind: str
    currency: str
    established_note: str
    description: str
    source: str


# A year of the ledger (ledger.YearStatus).
class YearOut(Out):
    year: int
    opening: Decimal
    received: Decimal
    spent: Decimal
    closing: Decimal


class RateOut(Out):
    currency: str
    to_currency: str
    rate: Decimal
    date: datetime.date
    source: str


# Read from ledger.FundStatus.
class FundStatusOut(Out):
    fund: str = Field(alias="fund.key")
    currency: str = Field(alias="fund.currency")
    on: datetime.date
    balance: Decimal
    years: list[YearOut]
    rates: list[RateOut] = Field(description="The exchange rates used, with their dates")
    unconverted: list[str] = Field(description="Money not counted for want of a rate")

    @staticmethod
    def resolve_unconverted(status: FundStatus) -> list[str]:
        return [f"{what}: {amount} {currency}" for what, amount, currency in status.unconverted]


class StatusQuery(Schema):
    date: IsoDate | None = Field(None, description="The day to report on (default: today)")


class ContributionOut(Out):
    id: int
    state: str | None = Field(None, alias="state.code")
    organization: str | None = Field(None, alias="organization.key")
    fund: str | None = Field(None, alias="fund.key")
    year: int
    kind: str
    currency: str
    amount: Decimal | None
    description: str
    valuation: Decimal | None
    status: str
    announced_at: str | None = Field(None, alias="announced_at.key")
    pledged_on: datetime.date | None
    expected_on: datetime.date | None
    received_on: datetime.date | None
    received_amount: Decimal | None
    not_received_on: datetime.date | None = Field(
        description="The latest day the money was known not to have arrived (in full)"
    )
    receipt_recorded: bool = Field(
        description="Whether the record says what arrived: false, the pledge is neither "
        "received nor outstanding"
    )
    outstanding: Decimal | None = Field(
        description="Pledged in cash and known not to have arrived; null when the amount or "
        "the receipt is not known"
    )
    published: bool
    confirmed: bool
    note: str
    source: str

    @staticmethod
    def resolve_confirmed(contribution: Contribution) -> bool:
        return contribution.confirmed_by_id is not None


class ContributionFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. KR")
    fund: str = Field("", pattern=SLUG, description="A fund key, e.g. core-fund")
    year: int | None = Field(None, ge=1990, le=2100)
    status: str = Field("", pattern=one_of(Contribution.Status))


Money = Field(None, ge=0, max_digits=16, decimal_places=2, allow_inf_nan=False)


class ContributionIn(In):
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


class NotReceivedIn(In):
    on: IsoDate = Field(description="The day the money was known not to have arrived (in full)")


class ReceiptIn(In):
    received_on: IsoDate
    received_amount: Decimal = Field(gt=0, max_digits=16, decimal_places=2, allow_inf_nan=False)
