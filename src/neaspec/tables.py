"""Tables in and out: CSV or Excel files imported all rows or none, CSV written back.

Every row is checked first and every problem is reported with its row number (the header is
row 1, as in a spreadsheet); only a file without problems is written, through the services
(`neaspec.imports` does it in the background). The programme's indicator values and the Core
Fund's contributions use it.
"""

import csv
import io
import json
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO

from django.http import HttpResponse
from django.utils.translation import gettext as _

XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


class ImportRefusedError(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} problem(s)")


class InvalidRowError(Exception):
    """A row that cannot be imported; its message says why."""


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
        (number, dict(zip(header, (cell_as_written(cell.strip()) for cell in row), strict=False)))
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


def _cell_text(cell: object) -> str:
    """A cell's value (a text, a number, a date: whatever the sheet holds) as text."""
    # Excel keeps 2019 as the float 2019.0; a whole number is written without the decimal.
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def check_columns(rows: list[tuple[int, dict[str, str]]], required: tuple[str, ...]) -> None:
    present = set(rows[0][1]) if rows else set()
    missing = [c for c in required if c not in present]
    if missing:
        raise ImportRefusedError([RowError(1, _("Missing column: %s") % ", ".join(missing))])


def year(text: str, name: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise InvalidRowError(
            _("%(name)s must be a year, not %(value)r") % {"name": name, "value": text}
        )
    return int(text)


def number(text: str, name: str = "value") -> Decimal:
    try:
        found = Decimal(text.replace(",", ""))
    except InvalidOperation:
        found = Decimal("NaN")
    if not found.is_finite():
        message = _("%(name)s must be a number, not %(value)r") % {"name": name, "value": text}
        raise InvalidRowError(message)
    return found


def checked[R](
    rows: list[tuple[int, dict[str, str]]],
    parse: Callable[[dict[str, str]], R],
    key: Callable[[R], Hashable],
) -> list[tuple[int, R]]:
    """Every row parsed, or ImportRefusedError with every problem by row: a row `parse`
    refuses, or one whose `key` repeats an earlier row's (the same entry given twice)."""
    errors: list[RowError] = []
    parsed: list[tuple[int, R]] = []
    seen: dict[Hashable, int] = {}
    for number, row in rows:
        try:
            values = parse(row)
        except InvalidRowError as problem:
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


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV injection"),
# also after leading spaces, which Excel and LibreOffice skip.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LEADING_SPACE = " \u00a0"
NEUTRALISED = "'"


def safe_cell[T](value: T) -> T | str:
    """The value as a spreadsheet must show it: text that could start a formula is prefixed
    with an apostrophe, so it stays text; numbers and dates pass unchanged. Every CSV and Excel
    file the Hub writes passes its cells through here (`as_csv`, `csv_text`, the workbooks)."""
    if isinstance(value, str) and (
        value.startswith(FORMULA_START) or value.lstrip(LEADING_SPACE).startswith(FORMULA_START)
    ):
        return NEUTRALISED + value
    return value


def cell_as_written(text: str) -> str:
    """A cell of a file the Hub wrote, read back: the apostrophe `safe_cell` put before a
    formula's first character is taken off again, so an exported file imports unchanged."""
    if text.startswith(NEUTRALISED) and safe_cell(text[1:]) != text[1:]:
        return text[1:]
    return text


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """CSV of rows given as lists (the first usually the header); every text cell made safe."""
    out = io.StringIO()
    csv.writer(out).writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def as_csv(columns: Iterable[str], rows: Iterable[Mapping[str, object]]) -> str:
    """CSV with a header row; every text cell is made safe for spreadsheets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writerow({column: safe_cell(column) for column in writer.fieldnames})
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _json_number(value: object) -> float | str:
    """A Decimal as a JSON number (its float prints the same digits), else as its text."""
    if isinstance(value, Decimal):
        number = float(value)
        return number if Decimal(repr(number)) == value else str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def as_json(rows: list[dict[str, object]]) -> str:
    """Rows as a JSON list: figures as numbers, unknowns as null, never as text."""
    return json.dumps(rows, ensure_ascii=False, indent=1, default=_json_number)


def download(body: str | bytes, name: str, content_type: str) -> HttpResponse:
    """A file to save: a CSV begins with the byte-order mark, so that Excel reads it as UTF-8
    (Chinese, Japanese, Korean, Mongolian and Russian text included)."""
    if content_type.startswith("text/csv") and isinstance(body, str):
        body = "\ufeff" + body
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
