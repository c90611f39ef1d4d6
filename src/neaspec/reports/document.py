"""A report's content, apart from any format: the one thing the PDF, the Word file, the
spreadsheet and the print view are drawn from, so that the same data says the same in each.

A document is a title, the date it is "as of", and sections of blocks: paragraphs, lists,
label-value facts, tables and charts (a chart always carries the table it draws)."""

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import get_language, gettext

from neaspec.templatetags.figures import figure, money


@dataclass(frozen=True)
class Amount:
    """A sum of money: a number in Excel, "100,000 USD" on paper."""

    value: Decimal | None
    currency: str = ""

    def __str__(self) -> str:
        return money(self.value, self.currency)


@dataclass(frozen=True)
class Percent:
    """A share in per cent: "40 %" on paper, the number 0.4 shown as a percentage in Excel."""

    value: int | Decimal

    def __str__(self) -> str:
        return f"{figure(Decimal(self.value))} %"


# A table cell: text, a number (shown with the reader's grouping, kept a number in Excel), a
# sum of money, a share, a date (in the reader's format on paper, a date cell in Excel), or None
# for what is not known (shown as a dash, never as zero).
type Cell = str | int | Decimal | Amount | Percent | datetime.date | None


@dataclass
class Column:
    label: str
    numeric: bool = False
    # A dataset's column: its name in CSV and JSON files, and what it holds (the data page).
    key: str = ""
    about: str = ""


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[Cell]]
    caption: str = ""
    totals: list[list[Cell]] = field(default_factory=list)
    # The sheet's name when the spreadsheet has one sheet per table (Excel allows 31 characters).
    sheet: str = ""
    empty: str = ""  # what the table says when it has no rows

    def lines(self, rows: list[list[Cell]] | None = None) -> list[list[tuple[str, bool]]]:
        """Rows (or the totals given) as printed: each cell's text and whether it is a figure."""
        numeric = [c.numeric for c in self.columns]
        return [
            [(shown(cell), numeric[i]) for i, cell in enumerate(row)]
            for row in (self.rows if rows is None else rows)
        ]

    def total_lines(self) -> list[list[tuple[str, bool]]]:
        return self.lines(self.totals)


@dataclass
class Paragraph:
    text: str
    note: bool = False  # smaller print: how a figure is counted, what is not known


@dataclass
class Items:
    items: list[str]


@dataclass
class Facts:
    pairs: list[tuple[str, str]]


@dataclass
class Chart:
    """Values against a baseline and a target: drawn as an image, always beside its table."""

    title: str
    unit: str
    points: list[tuple[str, Decimal]]  # (label, value), in the order drawn
    table: Table
    baseline: Decimal | None = None
    target: Decimal | None = None
    # Reference lines (a guideline, a national standard) as (label, value), named in a legend.
    lines: list[tuple[str, Decimal]] = field(default_factory=list)


# What a section holds, in order.
type Block = Paragraph | Items | Facts | Table | Chart


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)
    level: int = 2  # 2 for a part of the report, 3 for a part of a part


@dataclass
class ReportDocument:
    title: str
    as_of: datetime.date
    subtitle: str = ""
    # The reader's language when it was made (the HTML's lang, Word's proofing language).
    language: str = field(default_factory=lambda: get_language() or "en")
    sections: list[Section] = field(default_factory=list)
    landscape: bool = False  # for tables too wide for a portrait page

    def tables(self) -> list[tuple[Section, Table]]:
        """Every table, a chart's included, with the section it stands in."""
        found = []
        for section in self.sections:
            for block in section.blocks:
                if isinstance(block, Table):
                    found.append((section, block))
                elif isinstance(block, Chart):
                    found.append((section, block.table))
        return found


def shown(cell: Cell) -> str:
    """A cell as a reader sees it on paper."""
    if cell is None:
        return "—"
    if isinstance(cell, Amount | Percent):
        return str(cell)
    if isinstance(cell, datetime.date):
        return date_format(cell, "DATE_FORMAT")
    if isinstance(cell, Decimal):
        return figure(cell)
    return str(cell)  # text, or a whole number such as a year (never grouped: 2018)


def machine(cell: Cell) -> str | int | Decimal | None:
    """A cell as a program reads it: dates in ISO 8601, figures as numbers, unknowns empty."""
    if isinstance(cell, Amount | Percent):
        return cell.value
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return cell


def page_label() -> list[str]:
    """ "Page 3 of 7" in the reader's language, split into its words and the two numbers
    ("page", "pages"), in the order the translation puts them: each format fills in the
    numbers its own way (CSS page counters, Word fields)."""
    label = gettext("Page %(page)s of %(pages)s")
    parts = re.split(r"%\((page|pages)\)s", label)
    # re.split puts the captured names at odd positions, the words between them at even ones.
    return [part for part in parts if part]


PAGE_NUMBERS = {"page", "pages"}  # the names page_label gives the numbers


def date_span(start: datetime.date | None, end: datetime.date | None) -> str | None:
    """ "Sept. 20, 2022 – Sept. 21, 2022" in the reader's date format; one date for one day."""
    if start is None:
        return None
    first = date_format(start, "DATE_FORMAT")
    if end and end != start:
        return f"{first} – {date_format(end, 'DATE_FORMAT')}"
    return first
