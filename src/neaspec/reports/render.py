"""A report document into bytes of each format. HTML is the print view and, through
WeasyPrint, the PDF; Word and Excel are written natively (word.py, excel.py)."""

import base64
import re
from collections.abc import Callable
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from neaspec.reports.charts import chart_svg
from neaspec.reports.document import Chart, Facts, Items, Paragraph, ReportDocument, Table

KINDS = {Paragraph: "paragraph", Items: "items", Facts: "facts", Table: "table", Chart: "chart"}


def _blocks(document: ReportDocument) -> list[dict[str, Any]]:
    """Sections with each block named by kind (templates cannot ask a type), a chart with its
    image as a data URI (the strict CSP allows data: images, never inline scripts)."""
    sections = []
    for section in document.sections:
        blocks = []
        for block in section.blocks:
            entry = {"kind": KINDS[type(block)], "block": block}
            if isinstance(block, Chart):
                svg = base64.b64encode(chart_svg(block)).decode()
                entry["image"] = f"data:image/svg+xml;base64,{svg}"
            blocks.append(entry)
        sections.append({"section": section, "blocks": blocks})
    return sections


def _page_counter() -> str:
    """ "Page 3 of 7" in the reader's language as CSS content: the words quoted, the numbers
    WeasyPrint's page counters (translations put them in their own order)."""
    parts = re.split(r"(%\((?:page|pages)\)s)", _("Page %(page)s of %(pages)s"))
    css = []
    for part in parts:
        if part in ("%(page)s", "%(pages)s"):
            css.append(f"counter({part[2:-2]})")
        elif part:
            quoted = part.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
            css.append(f'"{quoted}"')
    return mark_safe(" ".join(css))


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
    raise ValueError(f"unknown format {fmt}")
