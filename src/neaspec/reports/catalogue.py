"""The reports the Hub writes: each a named definition — its key, title, the parameters it takes
(a form, so that a bad value gets the same clear reason on the page and in the API), the formats
it comes in, who may read it, the models it reads (a change to any makes its files stale), and
the function that gathers its content from the apps' selectors.

Definitions live in `reports/definitions/`, one module per report, each calling `register`."""

import datetime
import importlib
import json
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from django import forms
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from neaspec.accounts.models import Actor
from neaspec.reports.document import Column, ReportDocument

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

FORMATS = {
    "pdf": ("application/pdf", _("PDF")),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _("Word"),
    ),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _("Excel")),
    "html": ("text/html; charset=utf-8", _("Print view")),
    # The datasets' (definitions/datasets.py): one table, its columns named by key.
    "csv": ("text/csv; charset=utf-8", _("CSV")),
    "json": ("application/json", _("JSON")),
}
TEXT_FORMATS = ("pdf", "docx", "html")  # every report; Excel only where it is a table
# `?lang=ru` asks for the report's words in a language (neaspec.languages.RequestedLanguage
# has made it the request's): a parameter of every report, never of its content.
LANGUAGE_PARAM = "lang"

# A parameter as its form cleans it: a date, a code or key, a year, or the record it names
# (a meeting, a consultation). A report's parameters are those given, by name.
type Value = str | int | datetime.date | models.Model
type Values = Mapping[str, Value]

# progress(done, total), called after each step of a build.
type Progress = Callable[[int, int], None]


class Build(Protocol):
    """Gathers the report's content from the apps' selectors, as `actor` may see it."""

    def __call__(self, *, actor: Actor, params: Values, progress: Progress) -> ReportDocument: ...


class Size(Protocol):
    """How many rows the report will hold: a cheap count."""

    def __call__(self, *, actor: Actor, params: Values) -> int: ...


EVERYONE = _("Everyone; each reader sees what they may see of the record.")


class BadParametersError(ValueError):
    """The parameters asked for cannot make the report; `errors` says why, by parameter."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class Report:
    key: str
    title: Promise
    summary: Promise
    params: type[forms.Form]
    build: Build
    # What it reads: a change to any of these models makes its built files stale.
    reads: tuple[type[models.Model], ...]
    # How many rows it will hold (a cheap count): above NEASPEC_REPORT_INLINE_ROWS the worker
    # builds it while the reader watches its progress.
    size: Size
    formats: tuple[str, ...] = TEXT_FORMATS
    # The permission a reader needs, or "" when everyone may read it (each still sees only
    # what they may: unpublished contributions, draft decisions stay with their readers).
    permission: str = ""
    readers: Promise = EVERYONE
    # The pages that link it, each with the parameters its object fills in:
    # {"meeting": On(Meeting, lambda meeting: {"meeting": meeting})}.
    concerns: Mapping[str, Callable[[models.Model | None], Values]] = field(default_factory=dict)
    # A dataset (one table of a kind of record, for the data page) names its columns; made when
    # asked, so that they are in the reader's language.
    columns: Callable[[], list[Column]] | None = None

    @property
    def is_dataset(self) -> bool:
        return self.columns is not None

    def format_labels(self) -> list[tuple[str, str]]:
        """(format, its name for people), in the report's order: "pdf", "PDF"."""
        return [(fmt, str(FORMATS[fmt][1])) for fmt in self.formats]

    def may_read(self, actor: Actor) -> bool:
        return not self.permission or actor.has_perm(self.permission)

    def clean(self, query: Mapping[str, object]) -> dict[str, Value]:
        """The parameters of a query string (a QueryDict, or the texts by name), checked:
        raises BadParametersError."""
        form = self.params(query)
        errors = {} if form.is_valid() else {k: [str(m) for m in v] for k, v in form.errors.items()}
        for name in sorted(set(query) - set(form.fields) - {LANGUAGE_PARAM}):
            errors[name] = [str(_("This report takes no such parameter."))]
        if errors:
            raise BadParametersError(errors)
        return {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}


def date_field(label: "StrPromise", help_text: "StrPromise") -> forms.DateField:
    """A date parameter: a date picker on the page, ISO dates in the query string."""
    return forms.DateField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.DateInput(attrs={"type": "date"}),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Write the date as YYYY-MM-DD, for example 2022-09-20.")},
    )


@dataclass(frozen=True)
class On[M: models.Model]:
    """The parameters a report takes from the object of a page that links it (a meeting)."""

    model: type[M]
    params: Callable[[M], Values]

    def __call__(self, obj: models.Model | None) -> Values:
        if not isinstance(obj, self.model):
            raise TypeError(f"expected a {self.model.__name__}, got {obj!r}")
        return self.params(obj)


def param_date(params: Values, name: str) -> datetime.date | None:
    """A date parameter, None when not given."""
    value = params.get(name)
    if value is None or isinstance(value, datetime.date):
        return value
    raise TypeError(f"{name}: expected a date, got {value!r}")


def param_text(params: Values, name: str) -> str:
    """A code or key (a choice), "" when not given."""
    value = params.get(name, "")
    if isinstance(value, str):
        return value
    raise TypeError(f"{name}: expected text, got {value!r}")


def param_number(params: Values, name: str) -> int | None:
    """A whole number (a year), None when not given."""
    value = params.get(name)
    if value is None or isinstance(value, int):
        return value
    raise TypeError(f"{name}: expected a whole number, got {value!r}")


def param_record[M: models.Model](params: Values, name: str, model: type[M]) -> M:
    """The record a required parameter names (its form found it)."""
    value = params[name]
    if isinstance(value, model):
        return value
    raise TypeError(f"{name}: expected a {model.__name__}, got {value!r}")


def canonical(params: Values) -> dict[str, str]:
    """Parameters as the query string names them (a meeting by its key, a date in ISO)."""
    out = {}
    for name, value in sorted(params.items()):
        if isinstance(value, datetime.date):
            out[name] = value.isoformat()
        else:
            out[name] = str(getattr(value, "key", value))
    return out


def params_key(params: Values) -> str:
    return json.dumps(canonical(params), sort_keys=True, separators=(",", ":"))


REPORTS: dict[str, Report] = {}


def register(report: Report) -> Report:
    REPORTS[report.key] = report
    return report


def load_definitions() -> None:
    from neaspec.reports import definitions

    for module in pkgutil.iter_modules(definitions.__path__):
        importlib.import_module(f"{definitions.__name__}.{module.name}")


def report_get(key: str) -> Report | None:
    return REPORTS.get(key)


def reports_for(actor: Actor) -> list[Report]:
    """The catalogue's reports (the datasets are on the data page)."""
    return [r for r in REPORTS.values() if r.may_read(actor) and not r.is_dataset]


def datasets() -> list[Report]:
    return [r for r in REPORTS.values() if r.is_dataset]


def reports_concerning(what: str) -> list[Report]:
    return [r for r in REPORTS.values() if what in r.concerns]
