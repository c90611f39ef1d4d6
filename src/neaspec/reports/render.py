"""A report document into bytes of each format. HTML is the print view and, through
WeasyPrint, the PDF; Word and Excel are written natively (word.py, excel.py)."""

import base64
from collections.abc import Callable
from typing import TypedDict

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from neaspec.reports.charts import chart_svg
from neaspec.reports.document import (
    PAGE_NUMBERS,
    Block,
    Chart,
    Facts,
    Items,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    machine,
    page_label,
)
from neaspec.tables import as_json, csv_text

KINDS = {Paragraph: "paragraph", Items: "items", Facts: "facts", Table: "table", Chart: "chart"}


class Shown(TypedDict, total=False):
    """A block as the template draws it: its kind's name, and a chart's image."""

    kind: str
    block: Block
    image: str  # a data: URI


class ShownSection(TypedDict):
    section: Section
    blocks: list[Shown]


def _blocks(document: ReportDocument) -> list[ShownSection]:
    """Sections with each block named by kind (templates cannot ask a type), a chart with its
    image as a data URI (the strict CSP allows data: images, never inline scripts)."""
    sections = []
    for section in document.sections:
        blocks = []
        for block in section.blocks:
            entry = Shown(kind=KINDS[type(block)], block=block)
            if isinstance(block, Chart):
                svg = base64.b64encode(chart_svg(block)).decode()
                entry["image"] = f"data:image/svg+xml;base64,{svg}"
            blocks.append(entry)
        sections.append(ShownSection(section=section, blocks=blocks))
    return sections


def _page_counter() -> str:
    """The page label as CSS content: the words quoted, the numbers WeasyPrint's counters."""
    css = []
    for part in page_label():
        if part in PAGE_NUMBERS:
            css.append(f"counter({part})")
        else:
            quoted = part.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
            css.append(f'"{quoted}"')
    return mark_safe(" ".join(css))  # quoted above, and only ever inside <style>


def html(document: ReportDocument, *, for_pdf: bool = False) -> str:
    context = {"document": document, "sections": _blocks(document), "for_pdf": for_pdf}
    if for_pdf:
        context["page_counter"] = _page_counter()
    return render_to_string("reports/document.html", context)


def render(document: ReportDocument, fmt: str, alive: Callable[[], None] | None = None) -> bytes:
    """`alive` is called now and then while a long PDF is laid out."""
    if fmt == "html":
        return html(document).encode()
    if fmt == "pdf":
        from neaspec.reports.pdf import pdf_bytes  # WeasyPrint loads only where PDFs are made

        return pdf_bytes(html(document, for_pdf=True), alive)
    if fmt == "docx":
        from neaspec.reports.word import docx_bytes

        return docx_bytes(document)
    if fmt == "xlsx":
        from neaspec.reports.excel import xlsx_bytes

        return xlsx_bytes(document)
    if fmt == "csv":
        header, rows = _dataset(document)
        # The byte-order mark tells Excel the file is UTF-8 (tables.download says the same).
        return ("\ufeff" + csv_text([header, *rows])).encode()
    if fmt == "json":
        header, rows = _dataset(document)
        return as_json([dict(zip(header, row, strict=True)) for row in rows]).encode()
    raise ValueError(f"unknown format {fmt}")


def _dataset(document: ReportDocument) -> tuple[list[str], list[list[object]]]:
    """A dataset's one table: its columns' keys, and its rows as a program reads them."""
    [(_section, table)] = document.tables()
    header = [c.key or c.label for c in table.columns]
    return header, [[machine(cell) for cell in row] for row in table.rows]
