"""Import indicator values and activity status from CSV or Excel, all rows or none."""

from typing import IO, Any

from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat, require
from neaspec.directory.models import MemberState
from neaspec.programme import services
from neaspec.programme.models import Indicator, PlannedActivity
from neaspec.tables import (
    InvalidRowError,
    check_columns,
    checked,
    number,
    read_table,
    write_all,
    year,
)

VALUE_COLUMNS = (
    "indicator",
    "state",
    "first_year",
    "last_year",
    "breakdown",
    "value",
    "note",
    "source",
)
ACTIVITY_COLUMNS = ("id", "code", "title", "status", "reason", "progress")


def _value_row(
    row: dict[str, str], indicators: dict[str, Indicator], states: dict[str, MemberState]
) -> dict[str, Any]:
    indicator = indicators.get(row.get("indicator", ""))
    if indicator is None:
        raise InvalidRowError(_("unknown indicator %r") % row.get("indicator", ""))
    code = row.get("state", "").upper()
    state = states.get(code)
    if code and state is None:
        raise InvalidRowError(_("unknown member State %r") % row.get("state", ""))
    first = year(row.get("first_year", ""), "first_year")
    last = year(row.get("last_year") or str(first), "last_year")
    if last < first:
        raise InvalidRowError(_("last_year is before first_year"))
    if not row.get("source"):
        raise InvalidRowError(_("source is empty: say where the value comes from"))
    return {
        "indicator": indicator,
        "state": state,
        "first_year": first,
        "last_year": last,
        "breakdown": row.get("breakdown", ""),
        "value": number(row.get("value", "")),
        "note": row.get("note", ""),
        "source": row.get("source", ""),
    }


def indicator_values_import(*, actor: Any, file: IO[bytes]) -> int:
    """Submit every row's value; rows the Secretariat imports are approved at once."""
    require(actor, "programme.import_results")
    rows = read_table(file)
    check_columns(rows, ("indicator", "state", "first_year", "value", "source"))
    indicators = {i.code: i for i in Indicator.objects.all()}
    states = {s.code: s for s in MemberState.objects.all()}
    parsed = checked(
        rows,
        lambda row: _value_row(row, indicators, states),
        lambda v: (v["indicator"].pk, v["state"], v["first_year"], v["last_year"], v["breakdown"]),
    )
    approve = is_secretariat(actor)

    def write(**values: Any) -> None:
        entry = services.indicator_value_submit(actor=actor, **values)
        if approve:
            services.indicator_value_approve(actor=actor, value=entry)

    return write_all(parsed, write)


def _activity_row(row: dict[str, str], activities: dict[str, PlannedActivity]) -> dict[str, Any]:
    activity = activities.get(row.get("id", ""))
    if activity is None:
        raise InvalidRowError(_("unknown activity id %r") % row.get("id", ""))
    status = row.get("status", "")
    if status not in PlannedActivity.Status.values:
        choices = ", ".join(v for v in PlannedActivity.Status.values if v)
        raise InvalidRowError(
            _("status %(value)r is not one of %(choices)s") % {"value": status, "choices": choices}
        )
    progress = row.get("progress", "")
    if progress and (not progress.isdigit() or int(progress) > 100):
        raise InvalidRowError(_("progress must be a whole number from 0 to 100"))
    return {
        "activity": activity,
        "status": status,
        "reason": row.get("reason", ""),
        "progress": int(progress) if progress else None,
    }


def activity_status_import(*, actor: Any, file: IO[bytes]) -> int:
    """Record every row's activity status (by the id the export gives)."""
    require(actor, "programme.import_results")
    rows = read_table(file)
    check_columns(rows, ("id", "status"))
    ids = [row.get("id", "") for _n, row in rows if row.get("id", "").isdigit()]
    activities = {str(a.pk): a for a in PlannedActivity.objects.filter(pk__in=ids)}
    parsed = checked(rows, lambda row: _activity_row(row, activities), lambda v: v["activity"].pk)

    def write(**values: Any) -> None:
        services.activity_status_record(actor=actor, **values)

    return write_all(parsed, write)
