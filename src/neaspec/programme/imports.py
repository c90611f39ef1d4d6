"""Import indicator values and activity status from CSV or Excel, all rows or none.

Every row is checked first and every problem is reported with its row number (the header is
row 1, as in a spreadsheet); only a file without problems is written, through the same services
as the forms, in one transaction.
"""

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat, require
from neaspec.directory.models import MemberState
from neaspec.programme import services
from neaspec.programme.models import Indicator, PlannedActivity

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
XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


class ImportRefusedError(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} problem(s)")


class _InvalidRowError(Exception):
    pass


def read_table(file: IO[bytes]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV (UTF-8) or Excel file as (row number, {column: text})."""
    data = file.read()
    if b"\x00" in data and not data.startswith(XLSX_MAGIC):
        # A text file with NUL bytes is binary (or UTF-16); PostgreSQL could not store it anyway.
        raise ImportRefusedError([RowError(0, _("The file is not UTF-8 CSV or Excel."))])
    if data.startswith(XLSX_MAGIC):
        rows = list(_xlsx_rows(data))
    else:
        try:
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        except (UnicodeDecodeError, csv.Error) as error:
            raise ImportRefusedError(
                [RowError(0, _("The file is not UTF-8 CSV or Excel."))]
            ) from error
    if not rows:
        raise ImportRefusedError([RowError(1, _("The file is empty."))])
    header = [h.strip().lower() for h in rows[0]]
    return [
        (number, dict(zip(header, (cell.strip() for cell in row), strict=False)))
        for number, row in enumerate(rows[1:], start=2)
        if any(cell.strip() for cell in row)
    ]


def _xlsx_rows(data: bytes) -> Iterator[list[str]]:
    from openpyxl import load_workbook  # only Excel imports pay for loading it

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportRefusedError([RowError(0, _("The Excel file cannot be read."))]) from error
    for row in sheet.iter_rows(values_only=True):
        yield ["" if cell is None else _cell_text(cell).replace("\x00", "") for cell in row]


def _cell_text(cell: Any) -> str:
    # Excel keeps 2019 as the float 2019.0; a whole number is written without the decimal.
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _check_columns(rows: list[tuple[int, dict[str, str]]], required: tuple[str, ...]) -> None:
    present = set(rows[0][1]) if rows else set()
    missing = [c for c in required if c not in present]
    if missing:
        raise ImportRefusedError([RowError(1, _("Missing column: %s") % ", ".join(missing))])


def _year(text: str, name: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise _InvalidRowError(
            _("%(name)s must be a year, not %(value)r") % {"name": name, "value": text}
        )
    return int(text)


def _number(text: str) -> Decimal:
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation as error:
        raise _InvalidRowError(_("value must be a number, not %r") % text) from error
    if not number.is_finite():
        raise _InvalidRowError(_("value must be a number, not %r") % text)
    return number


def _value_row(
    row: dict[str, str], indicators: dict[str, Indicator], states: dict[str, MemberState]
) -> dict[str, Any]:
    indicator = indicators.get(row.get("indicator", ""))
    if indicator is None:
        raise _InvalidRowError(_("unknown indicator %r") % row.get("indicator", ""))
    code = row.get("state", "").upper()
    state = states.get(code)
    if code and state is None:
        raise _InvalidRowError(_("unknown member State %r") % row.get("state", ""))
    first = _year(row.get("first_year", ""), "first_year")
    last = _year(row.get("last_year") or str(first), "last_year")
    if last < first:
        raise _InvalidRowError(_("last_year is before first_year"))
    if not row.get("source"):
        raise _InvalidRowError(_("source is empty: say where the value comes from"))
    return {
        "indicator": indicator,
        "state": state,
        "first_year": first,
        "last_year": last,
        "breakdown": row.get("breakdown", ""),
        "value": _number(row.get("value", "")),
        "note": row.get("note", ""),
        "source": row.get("source", ""),
    }


def _checked(
    rows: list[tuple[int, dict[str, str]]],
    parse: Callable[[dict[str, str]], dict[str, Any]],
    key: Callable[[dict[str, Any]], Any],
) -> list[tuple[int, dict[str, Any]]]:
    errors: list[RowError] = []
    parsed: list[tuple[int, dict[str, Any]]] = []
    seen: dict[Any, int] = {}
    for number, row in rows:
        try:
            values = parse(row)
        except _InvalidRowError as problem:
            errors.append(RowError(number, str(problem)))
            continue
        if key(values) in seen:
            message = _("the same entry as row %d") % seen[key(values)]
            errors.append(RowError(number, message))
            continue
        seen[key(values)] = number
        parsed.append((number, values))
    if errors:
        raise ImportRefusedError(errors)
    return parsed


def _write_all(parsed: list[tuple[int, dict[str, Any]]], write: Callable[..., Any]) -> int:
    errors = []
    with transaction.atomic():
        for number, values in parsed:
            try:
                with transaction.atomic():
                    write(**values)
            except ValidationError as error:
                errors.append(RowError(number, " ".join(error.messages)))
            except PermissionDenied:
                errors.append(RowError(number, _("you may not change this row")))
        if errors:
            raise ImportRefusedError(errors)  # leaving the block rolls every row back
    return len(parsed)


def indicator_values_import(*, actor: Any, file: IO[bytes]) -> int:
    """Submit every row's value; rows the Secretariat imports are approved at once."""
    require(actor, "programme.import_results")
    rows = read_table(file)
    _check_columns(rows, ("indicator", "state", "first_year", "value", "source"))
    indicators = {i.code: i for i in Indicator.objects.all()}
    states = {s.code: s for s in MemberState.objects.all()}
    parsed = _checked(
        rows,
        lambda row: _value_row(row, indicators, states),
        lambda v: (v["indicator"].pk, v["state"], v["first_year"], v["last_year"], v["breakdown"]),
    )
    approve = is_secretariat(actor)

    def write(**values: Any) -> None:
        entry = services.indicator_value_submit(actor=actor, **values)
        if approve:
            services.indicator_value_approve(actor=actor, value=entry)

    return _write_all(parsed, write)


def _activity_row(row: dict[str, str], activities: dict[str, PlannedActivity]) -> dict[str, Any]:
    activity = activities.get(row.get("id", ""))
    if activity is None:
        raise _InvalidRowError(_("unknown activity id %r") % row.get("id", ""))
    status = row.get("status", "")
    if status not in PlannedActivity.Status.values:
        choices = ", ".join(v for v in PlannedActivity.Status.values if v)
        raise _InvalidRowError(
            _("status %(value)r is not one of %(choices)s") % {"value": status, "choices": choices}
        )
    progress = row.get("progress", "")
    if progress and (not progress.isdigit() or int(progress) > 100):
        raise _InvalidRowError(_("progress must be a whole number from 0 to 100"))
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
    _check_columns(rows, ("id", "status"))
    ids = [row.get("id", "") for _n, row in rows if row.get("id", "").isdigit()]
    activities = {str(a.pk): a for a in PlannedActivity.objects.filter(pk__in=ids)}
    parsed = _checked(rows, lambda row: _activity_row(row, activities), lambda v: v["activity"].pk)

    def write(**values: Any) -> None:
        services.activity_status_record(actor=actor, **values)

    return _write_all(parsed, write)
