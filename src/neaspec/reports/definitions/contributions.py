"""The status of contributions to the Core Fund and the Project-based Fund, as the Secretariat
presents it to each SOM: by member State and year, what was announced, pledged, received and is
outstanding; in-kind support apart; the exchange rates known and the sources."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.directory.models import MemberState
from neaspec.finance import selectors as finance
from neaspec.finance.models import Contribution, ExchangeRate, Fund, Receipt
from neaspec.finance.selectors import ContributionStatus
from neaspec.reports.catalogue import (
    On,
    Progress,
    Report,
    Values,
    date_field,
    param_date,
    param_number,
    param_text,
    register,
)
from neaspec.reports.document import (
    Amount,
    Block,
    Cell,
    Column,
    Items,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from neaspec.sourcing import cite

FIRST_YEAR = 1993  # NEASPEC began in 1993


class Params(forms.Form):
    date = date_field(
        gettext_lazy("As of"), gettext_lazy("The status as it stood that day; today when empty.")
    )
    fund = forms.ChoiceField(label=gettext_lazy("Fund"), required=False)
    state = forms.ChoiceField(label=gettext_lazy("Member State"), required=False)
    year = forms.IntegerField(
        label=gettext_lazy("Year"), required=False, min_value=FIRST_YEAR, max_value=2100
    )

    def __init__(self, data: Mapping[str, str] | None = None, *, auto_id: str = "id_%s") -> None:
        super().__init__(data, auto_id=auto_id)
        funds = [(f.key, f.name) for f in finance.fund_list()]
        self.fields["fund"].choices = [("", _("All funds")), *funds]  # type: ignore[attr-defined]
        states = [(s.code, str(s)) for s in MemberState.objects.all()]
        self.fields["state"].choices = [("", _("All contributors")), *states]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Asked:
    """The parameters as the report reads them."""

    date: datetime.date | None  # as of; today when None
    fund: str  # a fund's key, "" for all
    state: str  # a member State's code, "" for all
    year: int | None

    @classmethod
    def read(cls, params: Values) -> "Asked":
        return cls(
            date=param_date(params, "date"),
            fund=param_text(params, "fund"),
            state=param_text(params, "state"),
            year=param_number(params, "year"),
        )


def _status(actor: Actor, asked: Asked) -> ContributionStatus:
    return finance.contribution_status(
        actor=actor,
        years=[asked.year] if asked.year else None,
        fund=asked.fund,
        state=asked.state,
        on=asked.date,
    )


def size(*, actor: Actor, params: Values) -> int:
    asked = Asked.read(params)
    found = finance.contribution_list(
        actor=actor, fund=asked.fund, state=asked.state, year=asked.year
    )
    return found.count()


def build(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    asked = Asked.read(params)
    on = asked.date or timezone.localdate()
    progress(0, 2)
    status = _status(actor, asked)
    fund = Fund.objects.filter(key=asked.fund).first() if asked.fund else None
    parts = [fund.name if fund else _("All funds")]
    if asked.state:
        parts.append(str(MemberState.objects.get(code=asked.state)))
    if asked.year:
        parts.append(str(asked.year))
    document = ReportDocument(
        title=_("Status of contributions"),
        subtitle=" · ".join(parts),
        as_of=on,
    )
    document.sections.append(_cash(status))
    document.sections.append(_in_kind(status))
    progress(1, 2)
    document.sections.append(_rates(status, fund, on))
    document.sections.append(_sources(status))
    if not actor.has_perm("finance.view_unpublished"):
        document.sections[0].blocks.append(
            Paragraph(_("Only the contributions the Secretariat has published are shown."), True)
        )
    return document


def _cash(status: ContributionStatus) -> Section:
    not_known = _("amount not known")
    rows: list[list[Cell]] = []
    for row in status["rows"]:
        unknown = row.unknown_amounts and not row.announced
        received: Cell = Amount(row.received, row.currency)
        outstanding: Cell = not_known if unknown else Amount(row.outstanding, row.currency)
        if row.received_unknown:
            received = _("not recorded")
        if row.outstanding_unknown:
            outstanding = _("not known")
        rows.append(
            [
                row.contributor,
                row.year,
                not_known if unknown else Amount(row.announced, row.currency),
                not_known if unknown else Amount(row.pledged, row.currency),
                received,
                Amount(row.unrecorded, row.currency) if row.unrecorded else "",
                outstanding,
            ]
        )
    totals: list[list[Cell]] = []
    for (year, currency), t in status["totals"].items():
        outstanding = max(t["pledged"] - t["received"] - t["unrecorded"], Decimal(0))
        unrecorded = t["unrecorded"]
        # Amounts the sources do not give are not zero: a total only of them says so.
        unknown = bool(t["unknown_amounts"])
        totals.append(
            [
                _("Total"),
                year,
                not_known if unknown and not t["announced"] else Amount(t["announced"], currency),
                not_known if unknown and not t["pledged"] else Amount(t["pledged"], currency),
                _("not recorded")
                if (unrecorded or unknown) and not t["received"]
                else Amount(t["received"], currency),
                Amount(unrecorded, currency) if unrecorded else "",
                _("not known")
                if (unrecorded or unknown) and not outstanding
                else Amount(outstanding, currency),
            ]
        )
    table = Table(
        columns=[
            Column(_("Contributor")),
            Column(_("Year")),
            Column(_("Announced"), numeric=True),
            Column(_("Pledged"), numeric=True),
            Column(_("Received"), numeric=True),
            Column(_("Receipt not recorded"), numeric=True),
            Column(_("Outstanding"), numeric=True),
        ],
        rows=rows,
        totals=totals,
        caption=_("Cash contributions by member State and year"),
        sheet=_("Cash"),
        empty=_("No contribution is recorded."),
    )
    note = (
        _(
            "Outstanding is what is pledged in cash and not yet received. An amount the sources do "
            "not give is counted apart, not as zero."
        )
        + " "
        + _(
            "A pledge whose receipt the record does not give is neither received nor outstanding: "
            "it is counted under “Receipt not recorded” until a receipt, or a day on which it had "
            "not arrived, is recorded."
        )
    )
    return Section(_("Cash contributions"), [table, Paragraph(note, note=True)])


def _in_kind(status: ContributionStatus) -> Section:
    rows: list[list[Cell]] = [
        [
            str(c.contributor),
            c.year,
            c.description,
            Amount(c.valuation, c.currency) if c.valuation is not None else _("not known"),
            c.get_status_display(),
        ]
        for c in status["in_kind"]
    ]
    table = Table(
        columns=[
            Column(_("Contributor")),
            Column(_("Year")),
            Column(_("What is given")),
            Column(_("Valuation"), numeric=True),
            Column(_("Status")),
        ],
        rows=rows,
        sheet=_("In kind"),
        empty=_("No contribution in kind is recorded."),
    )
    return Section(_("In kind"), [table])


def _rates(status: ContributionStatus, fund: Fund | None, on: datetime.date) -> Section:
    blocks: list[Block] = [
        Paragraph(
            _(
                "Each amount is shown in the currency it was pledged in, and totals are per "
                "currency: no amount here is converted."
            )
        )
    ]
    # Rates matter only for an amount in another currency than its fund's.
    kept = {fund.currency} if fund else set(Fund.objects.values_list("currency", flat=True))
    foreign = {row.currency for row in status["rows"]} - kept
    rates = ExchangeRate.objects.filter(currency__in=foreign, date__lte=on)
    if rates:
        blocks.append(
            Items(
                [
                    _("%(rate)s, of %(date)s")
                    % {
                        "rate": f"1 {r.currency} = {r.rate.normalize()} {r.to_currency}",
                        "date": date_format(r.date, "DATE_FORMAT"),
                    }
                    for r in rates.order_by("currency", "-date")
                ]
            )
        )
    else:
        blocks.append(Paragraph(_("No exchange rate is needed or recorded for these amounts.")))
    return Section(_("Exchange rates"), blocks)


def _sources(status: ContributionStatus) -> Section:
    contributions = [c for row in status["rows"] for c in row.contributions] + status["in_kind"]
    named = sorted(
        {str(citation) for c in contributions if c.source for citation in cite(c.source)}
    )
    return Section(_("Sources"), [Items(named) if named else Paragraph(_("No source is named."))])


register(
    Report(
        key="status-of-contributions",
        title=gettext_lazy("Status of contributions"),
        summary=gettext_lazy(
            "Contributions to the Core Fund and the Project-based Fund by member State and "
            "year: pledged, received and outstanding, in kind described, with totals, exchange "
            "rates and sources."
        ),
        params=Params,
        build=build,
        reads=(Contribution, Receipt, Fund, ExchangeRate),
        size=size,
        formats=("pdf", "docx", "xlsx", "html"),
        concerns={
            "fund": On(Fund, lambda fund: {"fund": fund.key}),
            "state": On(MemberState, lambda state: {"state": state.code}),
            "contributions": lambda _: {},  # the status page: every contribution
        },
    )
)
