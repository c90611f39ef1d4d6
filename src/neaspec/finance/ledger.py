"""A fund's balance at any date: per year, opening balance + contributions received -
expenditure = closing balance, in the fund's currency. Amounts in another currency are converted
at the latest rate on or before the day they moved, and the rates used are named."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from neaspec.accounts.models import Actor
from neaspec.finance.models import ExchangeRate, Expenditure, Fund, Receipt
from neaspec.finance.selectors import contributions_visible

ZERO = Decimal("0.00")


@dataclass
class YearStatus:
    year: int
    opening: Decimal = ZERO
    received: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def closing(self) -> Decimal:
        return self.opening + self.received - self.spent


@dataclass
class FundStatus:
    fund: Fund
    on: datetime.date
    years: list[YearStatus]
    rates: list[ExchangeRate] = field(default_factory=list)
    # Money that moved in a currency with no known rate: listed, never silently dropped.
    unconverted: list[tuple[str, Decimal, str]] = field(default_factory=list)
    # False when the reader sees only published contributions (the page says so).
    complete: bool = True

    @property
    def balance(self) -> Decimal:
        return self.years[-1].closing if self.years else ZERO


class _Rates:
    def __init__(self, fund: Fund, on: datetime.date) -> None:
        self.fund = fund
        found = ExchangeRate.objects.filter(to_currency=fund.currency, date__lte=on)
        self.known = sorted(found, key=lambda r: r.date, reverse=True)
        self.used: dict[int, ExchangeRate] = {}

    def convert(self, amount: Decimal, currency: str, day: datetime.date) -> Decimal | None:
        if currency == self.fund.currency:
            return amount
        rate = next((r for r in self.known if r.currency == currency and r.date <= day), None)
        if rate is None:
            return None
        self.used[rate.pk] = rate
        return (amount * rate.rate).quantize(Decimal("0.01"))


def fund_status(*, fund: Fund, on: datetime.date, actor: Actor | None = None) -> FundStatus:
    """Year by year from the first movement to `on`; each year opens with the last one's close.

    With an `actor`, only receipts of the contributions that actor may see are counted, so a
    public ledger reveals nothing of an unpublished contribution; without one (the system, the
    reconciliation), every receipt counts.
    """
    rates = _Rates(fund, on)
    status = FundStatus(fund=fund, on=on, years=[])
    moves: list[tuple[int, str, Decimal]] = []
    receipts = Receipt.objects.filter(contribution__fund=fund, date__lte=on).select_related(
        "contribution__state", "contribution__organization", "contribution__fund"
    )
    if actor is not None and not actor.has_perm("finance.view_unpublished"):
        receipts = receipts.filter(contribution__in=contributions_visible(actor=actor))
        status.complete = False
    for r in receipts:
        amount = rates.convert(r.amount, r.contribution.currency, r.date)
        if amount is None:
            status.unconverted.append((str(r.contribution), r.amount, r.contribution.currency))
        else:
            moves.append((r.date.year, "received", amount))
    for e in Expenditure.objects.filter(fund=fund, date__lte=on):
        amount = rates.convert(e.amount, e.currency, e.date)
        if amount is None:
            status.unconverted.append((str(e), e.amount, e.currency))
        else:
            moves.append((e.date.year, "spent", amount))
    if not moves:
        return status
    years = {y: YearStatus(y) for y in range(min(m[0] for m in moves), on.year + 1)}
    for year, kind, amount in moves:
        if kind == "received":
            years[year].received += amount
        else:
            years[year].spent += amount
    previous = ZERO
    for year in sorted(years):
        years[year].opening = previous
        previous = years[year].closing
    status.years = [years[y] for y in sorted(years)]
    status.rates = sorted(rates.used.values(), key=lambda r: (r.currency, r.date))
    return status
