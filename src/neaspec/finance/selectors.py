"""Reads of the funds: who sees which contributions, the status of contributions as a SOM sees
it, budget plans with the difference each revision made."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypedDict

from django.db.models import Prefetch, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.shortcuts import get_object_or_404

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import focal_point_state_ids
from neaspec.finance.models import BudgetLine, BudgetPlan, Contribution, Expenditure, Fund


def fund_list() -> QuerySet[Fund]:
    return Fund.objects.all()


def fund_get(*, key: str) -> Fund:
    return get_object_or_404(Fund, key=key)


def contributions_visible(*, actor: Actor) -> QuerySet[Contribution]:
    """Published rows for everyone; a focal point also sees their State's; the Secretariat all."""
    found = Contribution.objects.select_related(
        "fund", "state", "organization", "announced_at__series", "confirmed_by"
    )
    if actor.has_perm("finance.view_unpublished"):
        return found
    return found.filter(Q(published=True) | Q(state_id__in=focal_point_state_ids(actor)))


def contribution_list(
    *, actor: Actor, state: str = "", fund: str = "", year: int | None = None, status: str = ""
) -> QuerySet[Contribution]:
    found = contributions_visible(actor=actor)
    if state:
        found = found.filter(state__code=state.upper())
    if fund:
        found = found.filter(fund__key=fund)
    if year:
        found = found.filter(year=year)
    if status:
        found = found.filter(status=status)
    return found.order_by("year", "state__name", "organization__name", "pk")


def contribution_get(*, pk: int, actor: Actor) -> Contribution:
    return get_object_or_404(contributions_visible(actor=actor), pk=pk)


@dataclass
class StatusRow:
    """One contributor's year in a fund's currency: what was announced, pledged, received."""

    contributor: str
    state_code: str
    year: int
    currency: str
    announced: Decimal = Decimal(0)
    pledged: Decimal = Decimal(0)
    received: Decimal = Decimal(0)
    # Pledged, and the record does not say whether it arrived: neither received nor outstanding.
    unrecorded: Decimal = Decimal(0)
    unknown_amounts: int = 0
    contributions: list[Contribution] = field(default_factory=list)

    @property
    def outstanding(self) -> Decimal:
        """What is pledged and known not to have arrived."""
        return max(self.pledged - self.received - self.unrecorded, Decimal(0))

    @property
    def received_unknown(self) -> bool:
        """Nothing is recorded as received, and what is pledged may have been: not "0"."""
        return bool(self.unrecorded) and not self.received

    @property
    def outstanding_unknown(self) -> bool:
        """Nothing is known to be outstanding, and what is pledged may be: not "0"."""
        return bool(self.unrecorded) and not self.outstanding


PLEDGED = {Contribution.Status.PLEDGED, Contribution.Status.RECEIVED}


class ContributionStatus(TypedDict):
    """The status of contributions (a page's context as it is): cash rows by contributor and
    year, in-kind contributions apart, and the totals of each (year, currency) by "announced",
    "pledged", "received" and "unrecorded" (pledged, whether received not recorded)."""

    rows: list[StatusRow]
    in_kind: list[Contribution]
    totals: dict[tuple[int, str], dict[str, Decimal]]


class Spending(TypedDict):
    """Expenditure summed by budget category and year, in the currency spent."""

    category: str
    year: int
    currency: str
    total: Decimal


def contribution_years(*, actor: Actor) -> list[int]:
    """The years with a contribution the actor may see, newest first."""
    visible = contributions_visible(actor=actor).order_by("-year")
    return list(visible.values_list("year", flat=True).distinct())


def contribution_status(
    *,
    actor: Actor,
    years: list[int] | None = None,
    fund: str = "",
    state: str = "",
    on: datetime.date | None = None,
) -> ContributionStatus:
    """The status of contributions in the form a SOM sees it: cash per contributor and year
    (announced, pledged, received, outstanding), in-kind listed apart; of some years, one fund
    and one State, or all. `on` a past date, it is the status as it stood that day: what was
    not yet announced is left out, and a pledge or a receipt counts from its date."""
    visible = contribution_list(actor=actor, fund=fund, state=state)
    if years is not None:
        visible = visible.filter(year__in=years)
    if on is not None:
        visible = visible.prefetch_related("receipts")
    rows: dict[tuple[str, int, str], StatusRow] = {}
    in_kind: list[Contribution] = []
    for c in visible:
        then = (
            _as_it_stood(c, on)
            if on is not None
            else (c.status, c.received_amount or Decimal(0), c.receipt_recorded)
        )
        if then is None:
            continue
        status, received, recorded = then
        if c.kind == Contribution.Kind.IN_KIND:
            in_kind.append(c)
            continue
        key = (str(c.contributor), c.year, c.currency)
        row = rows.setdefault(
            key, StatusRow(key[0], c.state.code if c.state else "", c.year, c.currency)
        )
        row.contributions.append(c)
        if c.amount is None:
            row.unknown_amounts += 1
        else:
            row.announced += c.amount
            if status in PLEDGED:
                row.pledged += c.amount
                if not recorded:
                    row.unrecorded += c.amount
        row.received += received
    totals: dict[tuple[int, str], dict[str, Decimal]] = defaultdict(
        lambda: {name: Decimal(0) for name in TOTALS}
    )
    for row in rows.values():
        for name in TOTALS:
            totals[(row.year, row.currency)][name] += getattr(row, name)
    ordered = sorted(rows.values(), key=lambda r: (r.year, r.contributor))
    return {"rows": ordered, "in_kind": in_kind, "totals": dict(sorted(totals.items()))}


# Summed per year and currency; `unknown_amounts` counts the contributions whose amount the
# sources do not give, so that a total of them is never shown as 0.
TOTALS = ("announced", "pledged", "received", "unrecorded", "unknown_amounts")


def _as_it_stood(c: Contribution, on: datetime.date) -> tuple[str, Decimal, bool] | None:
    """A contribution's status, the amount received and whether its receipt was on record, as
    they stood on `on`; None if it was not yet known then (announced at a later meeting,
    pledged later). Without any date it is counted as it is."""
    dates = [d for d in (c.announced_at.start if c.announced_at else None, c.pledged_on) if d]
    if dates and min(dates) > on:
        return None
    receipts = list(c.receipts.all())
    if receipts:
        received = sum((r.amount for r in receipts if r.date <= on), Decimal(0))
    else:
        late = c.received_on is not None and c.received_on > on
        received = Decimal(0) if late else (c.received_amount or Decimal(0))
    pledged_then = c.pledged_on is None or c.pledged_on <= on
    if received:
        status = Contribution.Status.RECEIVED
    elif c.status in PLEDGED and pledged_then:
        status = Contribution.Status.PLEDGED
    else:
        status = Contribution.Status.ANNOUNCED
    # A receipt on record, or a day the money had not arrived, says what arrived when: from
    # then on the Secretariat records each receipt, so a pledge without one is outstanding.
    return status, received, c.receipt_recorded


@dataclass(frozen=True)
class LineChange:
    category: str
    year: int | None
    before: Decimal | None
    after: Decimal | None
    direction: str  # "increased", "decreased", "" (unchanged or not known)

    @property
    def difference(self) -> Decimal | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def budget_plans(*, fund: Fund) -> list[BudgetPlan]:
    """A fund's budget plans, each version with its lines and its difference to the last."""
    plans = list(
        BudgetPlan.objects.filter(fund=fund)
        .select_related("approved_at__series", "approved_by__meeting__series")
        .prefetch_related(
            Prefetch("lines", queryset=BudgetLine.objects.order_by("category", "year"))
        )
        .order_by("-first_year", "version")
    )
    previous: dict[tuple[int, int], BudgetPlan] = {}
    for plan in plans:
        period = (plan.first_year, plan.last_year)
        plan.changes = budget_diff(previous.get(period), plan)  # type: ignore[attr-defined]
        previous[period] = plan
    return plans


def budget_diff(before: BudgetPlan | None, after: BudgetPlan) -> list[LineChange]:
    """Line by line (category and year), what a version changed from the one before it."""
    if before is None:
        return []
    old = {(line.category, line.year): line for line in before.lines.all()}
    new = {(line.category, line.year): line for line in after.lines.all()}
    changes = []
    for key in sorted(old.keys() | new.keys(), key=lambda k: (k[0], k[1] or 0)):
        was, now = old.get(key), new.get(key)
        # A line missing from a version that has lines is zero; from one without any, unknown.
        before_amount = was.amount if was else (Decimal(0) if old else None)
        after_amount = now.amount if now else (Decimal(0) if new else None)
        direction = now.change if now else "decreased"
        known = before_amount is not None and after_amount is not None
        if not direction and known and after_amount != before_amount:
            direction = "increased" if after_amount > before_amount else "decreased"  # type: ignore[operator]
        if direction or before_amount != after_amount:
            changes.append(LineChange(key[0], key[1], before_amount, after_amount, direction))
    return changes


def expenditure_by_line(*, fund: Fund, on: datetime.date) -> list[Spending]:
    """Expenditure up to `on` summed by budget category and year, in the currency spent."""
    rows = (
        Expenditure.objects.filter(fund=fund, date__lte=on)
        .annotate(year=ExtractYear("date"))
        .values("category", "year", "currency")
        .annotate(total=Sum("amount"))
        .order_by("year", "category", "currency")
    )
    return [
        Spending(
            category=row["category"],
            year=row["year"],
            currency=row["currency"],
            total=row["total"],
        )
        for row in rows
    ]
