"""Contributions and expenditure from CSV or Excel: every bad row reported, nothing imported
unless the whole file is right (the import runs in the background, see `neaspec.imports`)."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TypedDict

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.directory.models import MemberState, Organization
from neaspec.finance import services
from neaspec.finance.models import CURRENCIES, Contribution, Fund
from neaspec.imports.kinds import Importer, register
from neaspec.meetings.models import Meeting
from neaspec.tables import InvalidRowError, number, year

CONTRIBUTION_COLUMNS = (
    "state",
    "organization",
    "fund",
    "year",
    "kind",
    "currency",
    "amount",
    "status",
    "announced_at",
    "pledged_on",
    "received_on",
    "received_amount",
    "description",
    "note",
    "source",
)
EXPENDITURE_COLUMNS = ("fund", "category", "date", "currency", "amount", "note", "source")


def _date(text: str, name: str) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError as error:
        message = _("%(name)s must be a date written YYYY-MM-DD, not %(value)r")
        raise InvalidRowError(message % {"name": name, "value": text}) from error


def _money(text: str, name: str) -> Decimal | None:
    if not text:
        return None
    amount = number(text, name)
    if amount < 0:
        raise InvalidRowError(_("%(name)s must not be negative") % {"name": name})
    return amount


def _currency(text: str) -> str:
    code = (text or "USD").upper()
    if code not in CURRENCIES:
        raise InvalidRowError(
            _("unknown currency %(value)r (known: %(known)s)")
            % {"value": text, "known": ", ".join(CURRENCIES)}
        )
    return code


def _lookup[T](table: Mapping[str, T], text: str, what: str) -> T | None:
    if not text:
        return None
    found = table.get(text) or table.get(text.upper())
    if found is None:
        raise InvalidRowError(_("unknown %(what)s %(value)r") % {"what": what, "value": text})
    return found


class _Known:
    def __init__(self, actor: Actor | None = None) -> None:
        self.states = {s.code: s for s in MemberState.objects.all()}
        self.organizations = {o.key: o for o in Organization.objects.all()}
        self.funds = {f.key: f for f in Fund.objects.all()}
        # A meeting by its key or as it is cited ("som-25" or "SOM-25").
        self.meetings = {
            name: m
            for m in Meeting.objects.select_related("series")
            for name in (m.key, m.label, m.label.lower())
        }
        self.recorded = set(
            Contribution.objects.values_list(
                "state_id", "organization_id", "fund_id", "year", "kind"
            )
        )


class _Announced(TypedDict):
    """A contribution as `services.contribution_announce` records it."""

    state: MemberState | None
    organization: Organization | None
    fund: Fund | None
    year: int
    kind: str
    currency: str
    amount: Decimal | None
    announced_at: Meeting | None
    description: str
    note: str
    source: str


@dataclass(frozen=True)
class _ContributionRow:
    """A row: the contribution announced, and how far it has come (pledged, received)."""

    announced: _Announced
    status: str
    pledged_on: datetime.date | None
    received: tuple[datetime.date, Decimal] | None  # the day and amount, when received


def _contribution_row(row: dict[str, str], known: _Known) -> _ContributionRow:
    state = _lookup(known.states, row.get("state", ""), _("member State"))
    organization = _lookup(known.organizations, row.get("organization", ""), _("organization"))
    if not state and not organization:
        raise InvalidRowError(_("name a member State or an organization"))
    fund = _lookup(known.funds, row.get("fund", ""), _("fund"))
    kind = row.get("kind") or Contribution.Kind.CASH
    if kind not in Contribution.Kind.values:
        raise InvalidRowError(_("kind must be cash or in_kind, not %r") % kind)
    status = row.get("status") or Contribution.Status.ANNOUNCED
    if status not in Contribution.Status.values:
        raise InvalidRowError(_("status must be announced, pledged or received, not %r") % status)
    pledged_on, received_on = (
        _date(row.get("pledged_on", ""), "pledged_on"),
        _date(row.get("received_on", ""), "received_on"),
    )
    if pledged_on and received_on and received_on < pledged_on:
        raise InvalidRowError(_("received_on is before pledged_on"))
    received_amount = _money(row.get("received_amount", ""), "received_amount")
    received = None
    if status == Contribution.Status.RECEIVED:
        if received_on is None or received_amount is None:
            message = _("a received contribution needs received_on and received_amount")
            raise InvalidRowError(message)
        received = (received_on, received_amount)
    announced = _Announced(
        state=state,
        organization=organization,
        fund=fund,
        year=year(row.get("year", ""), "year"),
        kind=kind,
        currency=_currency(row.get("currency", "")),
        amount=_money(row.get("amount", ""), "amount"),
        announced_at=_lookup(known.meetings, row.get("announced_at", ""), _("meeting")),
        description=row.get("description", ""),
        note=row.get("note", ""),
        source=row.get("source", ""),
    )
    key = (
        state.pk if state else None,
        organization.pk if organization else None,
        fund.pk if fund else None,
        announced["year"],
        kind,
    )
    if key in known.recorded:
        raise InvalidRowError(_("this contribution is already recorded"))
    if not announced["source"]:
        raise InvalidRowError(_("source is empty: say where the figure comes from"))
    return _ContributionRow(announced, status, pledged_on, received)


def _contributor_key(row: _ContributionRow) -> tuple[object, ...]:
    """The contributor, fund, year and kind (rows, numbers and codes)."""
    a = row.announced
    return (a["state"], a["organization"], a["fund"], a["year"], a["kind"])


def _contribution_write(actor: Actor, known: _Known, row: _ContributionRow) -> None:
    contribution = services.contribution_announce(actor=actor, **row.announced)
    pledged = (Contribution.Status.PLEDGED, Contribution.Status.RECEIVED)
    if row.status in pledged and row.pledged_on:
        services.contribution_pledge(
            actor=actor, contribution=contribution, pledged_on=row.pledged_on
        )
    if row.received is not None:
        received_on, received_amount = row.received
        services.contribution_receive(
            actor=actor,
            contribution=contribution,
            received_on=received_on,
            received_amount=received_amount,
        )


CONTRIBUTIONS = register(
    Importer(
        key="contributions",
        title=gettext_lazy("Contributions"),
        permission="finance.manage",
        required=("fund", "year", "amount", "source"),
        prepare=_Known,
        parse=_contribution_row,
        identity=_contributor_key,
        write=_contribution_write,
    )
)


class _Spent(TypedDict):
    """Expenditure as `services.expenditure_record` records it."""

    fund: Fund
    category: str
    date: datetime.date
    currency: str
    amount: Decimal
    note: str
    source: str


def _expenditure_row(row: dict[str, str], known: _Known) -> _Spent:
    fund = _lookup(known.funds, row.get("fund", ""), _("fund"))
    if fund is None:
        raise InvalidRowError(_("name the fund"))
    day = _date(row.get("date", ""), "date")
    amount = _money(row.get("amount", ""), "amount")
    if day is None or amount is None:
        raise InvalidRowError(_("date and amount are needed"))
    if not row.get("category"):
        raise InvalidRowError(_("category is empty"))
    return _Spent(
        fund=fund,
        category=row["category"],
        date=day,
        currency=_currency(row.get("currency", "")),
        amount=amount,
        note=row.get("note", ""),
        source=row.get("source", ""),
    )


EXPENDITURE = register(
    Importer(
        key="expenditure",
        title=gettext_lazy("Expenditure"),
        permission="finance.manage",
        required=("fund", "category", "date", "amount"),
        prepare=_Known,
        parse=_expenditure_row,
        identity=lambda v: (v["fund"].pk, v["category"], v["date"], v["amount"], v["note"]),
        write=lambda actor, _known, spent: services.expenditure_record(actor=actor, **spent),
    )
)
