"""The status of contributions as CSV or Excel, in the columns a SOM document shows."""

import io
from decimal import Decimal

from neaspec.finance.selectors import ContributionStatus
from neaspec.sourcing import cited
from neaspec.tables import as_csv, safe_cell

CASH_COLUMNS = (
    "contributor",
    "state",
    "year",
    "currency",
    "announced",
    "pledged",
    "received",
    "receipt_not_recorded",
    "outstanding",
    "amounts_not_known",
    "sources",
)
IN_KIND_COLUMNS = ("contributor", "state", "year", "what_is_given", "valuation", "status", "source")

# A row of an export, by column: text, a whole number or an amount.
type ExportRow = dict[str, str | int | Decimal]


def cash_rows(status: ContributionStatus) -> list[ExportRow]:
    return [
        {
            "contributor": row.contributor,
            "state": row.state_code,
            "year": row.year,
            "currency": row.currency,
            "announced": row.announced,
            "pledged": row.pledged,
            # Left empty, not 0, where the record does not say what arrived.
            "received": "" if row.received_unknown else row.received,
            "receipt_not_recorded": row.unrecorded,
            "outstanding": "" if row.outstanding_unknown else row.outstanding,
            "amounts_not_known": row.unknown_amounts,
            "sources": "; ".join(sorted({cited(c.source) for c in row.contributions})),
        }
        for row in status["rows"]
    ]


def in_kind_rows(status: ContributionStatus) -> list[ExportRow]:
    return [
        {
            "contributor": str(c.contributor),
            "state": c.state.code if c.state else "",
            "year": c.year,
            "what_is_given": c.description,
            "valuation": c.valuation if c.valuation is not None else "",
            "status": c.status,
            "source": cited(c.source),
        }
        for c in status["in_kind"]
    ]


def status_csv(status: ContributionStatus, *, in_kind: bool = False) -> str:
    """One table a file, as a spreadsheet or pandas reads a CSV: the cash contributions, or
    those in kind (each with its own columns; the workbook has both, a sheet each)."""
    if in_kind:
        return as_csv(IN_KIND_COLUMNS, in_kind_rows(status))
    return as_csv(CASH_COLUMNS, cash_rows(status))


def status_xlsx(status: ContributionStatus) -> bytes:
    from openpyxl import Workbook  # only Excel exports pay for loading it

    book = Workbook()
    cash = book.active
    cash.title = "Cash"
    in_kind = book.create_sheet("In kind")
    for sheet, columns, rows in (
        (cash, CASH_COLUMNS, cash_rows(status)),
        (in_kind, IN_KIND_COLUMNS, in_kind_rows(status)),
    ):
        sheet.append(list(columns))
        for row in rows:
            sheet.append([safe_cell(row[c]) for c in columns])  # values, never formulas
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
