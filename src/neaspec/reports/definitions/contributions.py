"""The status of contributions to the Core Fund and the Project-based Fund, as the Secretariat
presents it to each SOM: by member State and year, what was announced, pledged, received and is
outstanding; in-kind support apart; the exchange rates known and the sources."""

import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.directory.models import MemberState
from neaspec.finance import selectors as finance
from neaspec.finance.models import Contribution, ExchangeRate, Fund, Receipt
from neaspec.reports.catalogue import Progress, Report, date_field, register
from neaspec.reports.document import (
    Amount,
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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        funds = [(f.key, f.name) for f in finance.fund_list()]
        self.fields["fund"].choices = [("", _("All funds")), *funds]  # type: ignore[attr-defined]
        states = [(s.code, str(s)) for s in MemberState.objects.all()]
        self.fields["state"].choices = [("", _("All contributors")), *states]  # type: ignore[attr-defined]


def _on(params: dict[str, Any]) -> datetime.date:
    return params.get("date") or timezone.localdate()


def _status(actor: Actor, params: dict[str, Any]) -> dict[str, Any]:
    years = [params["year"]] if params.get("year") else None
    return finance.contribution_status(
        actor=actor,
        years=years,
        fund=params.get("fund", ""),
        state=params.get("state", ""),
        on=params.get("date"),
    )


def size(*, actor: Actor, params: dict[str, Any]) -> int:
    found = finance.contribution_list(
        actor=actor,
        fund=params.get("fund", ""),
        state=params.get("state", ""),
        year=params.get("year"),
    )
    return found.count()


def build(*, actor: Actor, params: dict[str, Any], progress: Progress) -> ReportDocument:
    on = _on(params)
    progress(0, 2)
    status = _status(actor, params)
    fund = Fund.objects.filter(key=params["fund"]).first() if params.get("fund") else None
    parts = [fund.name if fund else _("All funds")]
    if params.get("state"):
        parts.append(str(MemberState.objects.get(code=params["state"])))
    if params.get("year"):
        parts.append(str(params["year"]))
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


def _cash(status: dict[str, Any]) -> Section:
    not_known = _("amount not known")
    rows = []
    for row in status["rows"]:
        unknown = row.unknown_amounts and not row.announced
        rows.append(
            [
                row.contributor,
                row.year,
                not_known if unknown else Amount(row.announced, row.currency),
                not_known if unknown else Amount(row.pledged, row.currency),
                Amount(row.received, row.currency),
                not_known if unknown else Amount(row.outstanding, row.currency),
            ]
        )
    totals = [
        [
            _("Total"),
            year,
            Amount(t["announced"], currency),
            Amount(t["pledged"], currency),
            Amount(t["received"], currency),
            Amount(max(t["pledged"] - t["received"], 0), currency),
        ]
        for (year, currency), t in status["totals"].items()
    ]
    table = Table(
        columns=[
            Column(_("Contributor")),
            Column(_("Year")),
            Column(_("Announced"), numeric=True),
            Column(_("Pledged"), numeric=True),
            Column(_("Received"), numeric=True),
            Column(_("Outstanding"), numeric=True),
        ],
        rows=rows,
        totals=totals,
        caption=_("Cash contributions by member State and year"),
        sheet=_("Cash"),
        empty=_("No contribution is recorded."),
    )
    note = _(
        "Outstanding is what is pledged in cash and not yet received. An amount the sources do "
        "not give is counted apart, not as zero."
    )
    return Section(_("Cash contributions"), [table, Paragraph(note, note=True)])


def _in_kind(status: dict[str, Any]) -> Section:
    rows = [
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


def _rates(status: dict[str, Any], fund: Fund | None, on: datetime.date) -> Section:
    blocks: list[Any] = [
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


def _sources(status: dict[str, Any]) -> Section:
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
            "fund": lambda fund: {"fund": fund.key},
            "state": lambda state: {"state": state.code},
            "contributions": lambda _: {},
        },
    )
)
