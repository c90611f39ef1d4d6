"""A table report as a workbook: a sheet that says what it is (title, date, notes), then one
sheet per table with its header row frozen. Figures stay numbers (sums of money with their
currency in the format), text is never read as a formula."""

import datetime
import io
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from neaspec.reports.document import Amount, Cell, Paragraph, Percent, ReportDocument
from neaspec.tables import safe_cell

MAX_SHEET_NAME = 31  # Excel's limit
FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def xlsx_bytes(document: ReportDocument) -> bytes:
    book = Workbook()
    about = book.active
    about.title = _("About")[:MAX_SHEET_NAME]
    about.append([document.title])
    about["A1"].font = Font(bold=True, size=14)
    if document.subtitle:
        about.append([document.subtitle])
    about.append([_("As of %(date)s") % {"date": date_format(document.as_of, "DATE_FORMAT")}])
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                about.append([safe_cell(block.text)])
    about.column_dimensions["A"].width = 100
    used: set[str] = {about.title}
    for section, table in document.tables():
        sheet = book.create_sheet(_sheet_name(table.sheet or section.heading, used))
        sheet.append([column.label for column in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for number, row in enumerate(table.rows + table.totals):
            sheet.append([_value(cell) for cell in row])
            for cell, value in zip(sheet[sheet.max_row], row, strict=True):
                if isinstance(value, Amount) and value.value is not None:
                    places = "" if value.value == value.value.to_integral_value() else ".00"
                    cell.number_format = f'#,##0{places}" {value.currency}"'
                elif isinstance(value, Percent):
                    cell.number_format = "0%"
                elif isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
                if number >= len(table.rows):
                    cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for letter, column in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", table.columns, strict=False):
            sheet.column_dimensions[letter].width = 14 if column.numeric else 36
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _value(cell: Cell) -> str | int | Decimal | datetime.date | None:
    """A cell as the sheet keeps it: a figure, a share or a date as what can be sorted and
    summed, text safe from formulas."""
    if isinstance(cell, Amount):
        return cell.value
    if isinstance(cell, Percent):
        return Decimal(cell.value) / 100
    return safe_cell(cell)


def _sheet_name(wanted: str, used: set[str]) -> str:
    base = wanted.translate(FORBIDDEN).strip()[:MAX_SHEET_NAME] or _("Table")
    name, n = base, 2
    while name.lower() in {u.lower() for u in used}:
        suffix = f" ({n})"
        name, n = base[: MAX_SHEET_NAME - len(suffix)] + suffix, n + 1
    used.add(name)
    return name
