"""The public record in bulk: one table per kind of record — meetings, decisions, follow-up,
documents, contributions, indicator values (also as SDMX-CSV) — as CSV, JSON and Excel, for
anyone who analyses the programme's work outside the Hub (the data page lists them with their
columns). Each is a report of the catalogue's machinery: built from the data as its reader may
see it, kept until that data changes, built again by the task worker when it has
(`reports.services.datasets_refresh`)."""

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Addressee, Decision, FollowUp
from neaspec.decisions.selectors import decisions_visible, follow_ups_due
from neaspec.finance.exports import CASH_COLUMNS, cash_rows
from neaspec.finance.models import Contribution
from neaspec.finance.selectors import contribution_status
from neaspec.library.models import Document
from neaspec.library.selectors import documents_visible
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import meeting_list
from neaspec.programme.models import Indicator, IndicatorValue
from neaspec.programme.selectors import values_visible
from neaspec.reports.catalogue import Progress, Report, Values, register
from neaspec.reports.document import Cell, Column, ReportDocument, Section, Table
from neaspec.sourcing import cited

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

FORMATS = ("csv", "json", "xlsx")
# SDMX-CSV (version 1): the dataflow's identifier in the first column, then the dimensions,
# the observation and its attributes.
DATAFLOW = "NEASPEC:INDICATOR_VALUES(1.0)"


class NoParams(forms.Form):
    """A dataset is the whole record of its kind: it takes no parameter."""


def _page(name: str, *args: object) -> str:
    return settings.NEASPEC_SITE_URL + reverse(name, args=args)


def column(key: str, label: "StrPromise", about: "StrPromise", *, numeric: bool = False) -> Column:
    return Column(str(label), numeric=numeric, key=key, about=str(about))


type Columns = Callable[[], list[Column]]
type Rows = Callable[[Actor], Iterable[list[Cell]]]


def dataset(
    key: str,
    title: "StrPromise",
    summary: "StrPromise",
    columns: Columns,
    rows: Rows,
    count: Callable[[Actor], int],
    reads: tuple[type[models.Model], ...],
    formats: tuple[str, ...] = FORMATS,
) -> Report:
    """Register a dataset: its columns (made when asked, in the reader's language) and rows."""

    def build(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
        progress(0, 1)
        table = Table(columns=columns(), rows=list(rows(actor)), sheet=key[:31])
        return ReportDocument(
            title=str(title),
            as_of=timezone.localdate(),
            sections=[Section(heading=str(title), blocks=[table])],
        )

    def size(*, actor: Actor, params: Values) -> int:
        return count(actor)

    return register(
        Report(
            key=key,
            title=title,
            summary=summary,
            params=NoParams,
            build=build,
            reads=reads,
            size=size,
            formats=formats,
            columns=columns,
        )
    )


def _source(source: str) -> str | None:
    return cited(source) or None


def meeting_columns() -> list[Column]:
    return [
        column("key", _("Key"), _("The meeting's key, as in its page's address.")),
        column("series", _("Series"), _("Code of the meeting series, e.g. SOM.")),
        column("number", _("Number"), _("Its number in the series, if numbered."), numeric=True),
        column("title", _("Title"), _("The meeting's title.")),
        column("start", _("Start"), _("First day, YYYY-MM-DD; empty when not known.")),
        column("end", _("End"), _("Last day, YYYY-MM-DD.")),
        column("dates_as_known", _("Dates as known"), _("When only part of the date is known.")),
        column("host", _("Host State"), _("Two-letter code of the host member State.")),
        column("city", _("City"), _("Where it is held.")),
        column("modality", _("Modality"), _("in_person, virtual or hybrid.")),
        column("status", _("Status"), _("From planned to report adopted.")),
        column("page", _("Page"), _("Its page in the Hub.")),
        column("source", _("Source"), _("Where the record comes from.")),
    ]


def meeting_rows(actor: Actor) -> Iterable[list[Cell]]:
    for m in meeting_list():
        yield [
            m.key,
            m.series.code,
            m.number,
            m.title or str(m),
            m.start,
            m.end,
            m.date_note or None,
            m.host.code if m.host else None,
            m.city or None,
            m.modality or None,
            m.status,
            _page("meetings:detail", m.key),
            _source(m.source),
        ]


dataset(
    "meetings",
    _("Meetings"),
    _("Every meeting on record: Senior Officials Meetings, committees, workshops."),
    meeting_columns,
    meeting_rows,
    lambda actor: meeting_list().count(),
    (Meeting,),
)


def decision_columns() -> list[Column]:
    return [
        column("id", _("Id"), _("The decision's number in the Hub."), numeric=True),
        column("meeting", _("Meeting"), _("The meeting that adopted it, e.g. SOM-25.")),
        column("paragraph", _("Paragraph"), _("Its paragraph in the meeting's report.")),
        column(
            "sentence", _("Sentence"), _("Its sentence in a paragraph of several."), numeric=True
        ),
        column("text", _("Text"), _("What was decided, as recorded.")),
        column("kind", _("Kind"), _("operative, noting, heading and the like.")),
        column("area", _("Programme area"), _("Code of its programme area, when it has one.")),
        column("addressees", _("Addressees"), _("Whom it asks to act, separated by semicolons.")),
        column("due_date", _("Due"), _("The deadline it sets, YYYY-MM-DD.")),
        column("page", _("Page"), _("Its page in the Hub.")),
        column("source", _("Source"), _("The report and paragraph it is taken from.")),
    ]


def _decisions(actor: Actor) -> models.QuerySet[Decision]:
    return decisions_visible(actor=actor).select_related("meeting__series", "area")


def decision_rows(actor: Actor) -> Iterable[list[Cell]]:
    addressees = models.Prefetch(
        "addressees", queryset=Addressee.objects.select_related("state", "body")
    )
    found = _decisions(actor).prefetch_related(addressees).order_by("meeting__start", "pk")
    for d in found:
        yield [
            d.pk,
            str(d.meeting),
            d.paragraph,
            d.sentence,
            d.summary,
            d.kind,
            d.area.code if d.area else None,
            "; ".join(str(a) for a in d.addressees.all()) or None,
            d.due_date,
            _page("decisions:detail", d.pk),
            _source(d.source),
        ]


dataset(
    "decisions",
    _("Decisions"),
    _("The decisions of the meetings, paragraph by paragraph, with whom they address."),
    decision_columns,
    decision_rows,
    lambda actor: _decisions(actor).count(),
    (Decision, Addressee, Meeting),
)


def follow_up_columns() -> list[Column]:
    return [
        column("id", _("Id"), _("The action's number in the Hub."), numeric=True),
        column("decision", _("Decision"), _("Id of the decision that asked for it."), numeric=True),
        column("meeting", _("Meeting"), _("The meeting of that decision.")),
        column("action", _("Action"), _("What is to be done.")),
        column("owner", _("Owner"), _("Who is to do it: the Secretariat, a State, a body.")),
        column("due", _("Due"), _("By when, YYYY-MM-DD; empty when not set.")),
        column("status", _("Status"), _("open, in_progress, done, dropped and the like.")),
        column("progress", _("Progress"), _("Share done, 0 to 100."), numeric=True),
        column("outcome", _("Outcome"), _("What came of it, once closed.")),
        column("closed_on", _("Closed on"), _("When it was closed, YYYY-MM-DD.")),
    ]


def _follow_ups(actor: Actor) -> models.QuerySet[FollowUp]:
    today = timezone.localdate()
    return follow_ups_due(actor=actor, today=today, status="all")


def follow_up_rows(actor: Actor) -> Iterable[list[Cell]]:
    found = _follow_ups(actor).select_related("decision__meeting__series", "state", "body")
    for f in found:
        yield [
            f.pk,
            f.decision_id,
            str(f.decision.meeting),
            f.action,
            f.owner_name,
            f.due_by,
            f.status,
            f.progress,
            f.outcome or None,
            f.closed_on,
        ]


dataset(
    "follow-ups",
    _("Follow-up actions"),
    _("What each decision asked to be done, by whom and by when, and where it stands."),
    follow_up_columns,
    follow_up_rows,
    lambda actor: _follow_ups(actor).count(),
    (FollowUp, Decision),
)


def document_columns() -> list[Column]:
    return [
        column("id", _("Id"), _("The document's number in the library."), numeric=True),
        column("title", _("Title"), _("As printed on it.")),
        column("type", _("Type"), _("report, study, statement and the like.")),
        column("date", _("Date"), _("YYYY-MM-DD; empty when not known.")),
        column("language", _("Language"), _("Language code, e.g. en, ru, zh-hans.")),
        column("meeting", _("Meeting"), _("The meeting it belongs to, if any.")),
        column("area", _("Programme area"), _("Code of its programme area, if any.")),
        column("page", _("Page"), _("Its page in the library.")),
        column("file", _("File"), _("The file itself.")),
    ]


def document_rows(actor: Actor) -> Iterable[list[Cell]]:
    for d in documents_visible(actor=actor).order_by("date", "pk"):
        yield [
            d.pk,
            d.title,
            d.type,
            d.date,
            d.language,
            str(d.meeting) if d.meeting else None,
            d.area.code if d.area else None,
            _page("library:document", d.pk),
            _page("library:file", d.pk),
        ]


dataset(
    "documents",
    _("Documents"),
    _("The library's catalogue: every document the reader may open, with its file's address."),
    document_columns,
    document_rows,
    lambda actor: documents_visible(actor=actor).count(),
    (Document,),
)

# The columns of the contributions page's own export (finance.exports), described.
CONTRIBUTION_COLUMNS = {
    "contributor": (_("Contributor"), _("The member State or other contributor.")),
    "state": (_("State"), _("Two-letter code of the State, if a State.")),
    "year": (_("Year"), _("The year the contribution is for.")),
    "currency": (_("Currency"), _("Currency of the amounts.")),
    "announced": (_("Announced"), _("Amount announced, where an announcement is recorded.")),
    "pledged": (_("Pledged"), _("Amount pledged.")),
    "received": (_("Received"), _("Amount received; empty when the record does not say.")),
    "receipt_not_recorded": (
        _("Receipt not recorded"),
        _("Pledged amounts whose receipt is not recorded."),
    ),
    "outstanding": (_("Outstanding"), _("Pledged, not yet received; empty when not known.")),
    "amounts_not_known": (
        _("Amounts not known"),
        _("Contributions whose amount the sources do not give."),
    ),
    "sources": (_("Sources"), _("Where the figures come from.")),
}
NUMBERS = {"year", "announced", "pledged", "received", "receipt_not_recorded", "outstanding"}


def contribution_columns() -> list[Column]:
    return [column(key, *CONTRIBUTION_COLUMNS[key], numeric=key in NUMBERS) for key in CASH_COLUMNS]


def contribution_rows(actor: Actor) -> Iterable[list[Cell]]:
    for row in cash_rows(contribution_status(actor=actor)):
        yield [None if row[key] == "" else row[key] for key in CASH_COLUMNS]


dataset(
    "contributions",
    _("Contributions in cash"),
    _("Cash pledged and received, by contributor, year and currency, as published."),
    contribution_columns,
    contribution_rows,
    lambda actor: len(contribution_status(actor=actor)["rows"]),
    (Contribution,),
)


def value_columns() -> list[Column]:
    return [
        column("indicator", _("Indicator"), _("The indicator's code.")),
        column("indicator_name", _("Indicator name"), _("What it measures.")),
        column("unit", _("Unit"), _("The unit of the values.")),
        column("state", _("State"), _("Two-letter code of the State; empty for the subregion.")),
        column("first_year", _("From year"), _("First year the value covers."), numeric=True),
        column("last_year", _("To year"), _("Last year it covers."), numeric=True),
        column("breakdown", _("Breakdown"), _("The part of the whole it counts, if any.")),
        column("value", _("Value"), _("The value, in the unit."), numeric=True),
        column("value_upper", _("Upper value"), _("The top of a range, if one."), numeric=True),
        column("note", _("Note"), _("What the source says of it.")),
        column("source", _("Source"), _("Where the value comes from.")),
    ]


def _values(actor: Actor) -> models.QuerySet[IndicatorValue]:
    return (
        values_visible(actor=actor)
        .filter(status=IndicatorValue.Status.APPROVED)
        .select_related("indicator", "state")
        .order_by("indicator__code", "state__code", "first_year", "last_year", "breakdown")
    )


def value_rows(actor: Actor) -> Iterable[list[Cell]]:
    for v in _values(actor):
        yield [
            v.indicator.code,
            v.indicator.name,
            v.indicator.unit,
            v.state.code if v.state else None,
            v.first_year,
            v.last_year,
            v.breakdown or None,
            v.value,
            v.value_upper,
            v.note or None,
            _source(v.source),
        ]


dataset(
    "indicator-values",
    _("Indicator values"),
    _("The approved values of every indicator, by State and period."),
    value_columns,
    value_rows,
    lambda actor: _values(actor).count(),
    (IndicatorValue, Indicator),
)


def sdmx_columns() -> list[Column]:
    return [
        column("DATAFLOW", _("Dataflow"), _("The dataflow: agency, identifier and version.")),
        column("REF_AREA", _("Area"), _("The State's two-letter code; NEA: the subregion.")),
        column("INDICATOR", _("Indicator"), _("The indicator's code.")),
        column("BREAKDOWN", _("Breakdown"), _("The part of the whole; _T for the total.")),
        column("TIME_PERIOD", _("Time period"), _("A year, or a range of years as YYYY/YYYY.")),
        column("OBS_VALUE", _("Observation value"), _("The value."), numeric=True),
        column("UNIT_MEASURE", _("Unit of measure"), _("The unit of the value.")),
        column("SOURCE", _("Source"), _("Where the value comes from.")),
    ]


def sdmx_rows(actor: Actor) -> Iterable[list[Cell]]:
    for v in _values(actor):
        years = str(v.first_year)
        if v.last_year != v.first_year:
            years = f"{v.first_year}/{v.last_year}"
        yield [
            DATAFLOW,
            v.state.code if v.state else "NEA",
            v.indicator.code,
            v.breakdown or "_T",
            years,
            v.value,
            v.indicator.unit,
            _source(v.source),
        ]


dataset(
    "indicator-values-sdmx",
    _("Indicator values (SDMX-CSV)"),
    _("The same values as SDMX-CSV, which statistical tools read as a dataflow."),
    sdmx_columns,
    sdmx_rows,
    lambda actor: _values(actor).count(),
    (IndicatorValue, Indicator),
    formats=("csv",),
)
