"""A report as a native Word document (python-docx): Word's own heading styles, tables with a
repeated header row, bulleted lists, the title and "as of" date in the page header and the page
number in the footer — a document the Secretariat edits before circulation, not a picture of a
page."""

import io

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from neaspec.reports.charts import chart_png
from neaspec.reports.document import (
    PAGE_NUMBERS,
    Chart,
    Facts,
    Items,
    Paragraph,
    ReportDocument,
    Table,
    page_label,
)

# Word's language tags for the UI languages, so that spelling and East Asian fonts are right.
WORD_LANGUAGES = {"zh-hans": "zh-CN", "ja": "ja-JP", "ko": "ko-KR", "mn": "mn-MN", "ru": "ru-RU"}
EAST_ASIAN_FACES = {
    "zh-hans": "Noto Sans CJK SC",
    "ja": "Noto Sans CJK JP",
    "ko": "Noto Sans CJK KR",
}


def docx_bytes(document: ReportDocument) -> bytes:
    doc = Document()
    _set_language(doc, document.language)
    doc.core_properties.title = document.title
    doc.core_properties.language = WORD_LANGUAGES.get(document.language, "en-GB")
    section = doc.sections[0]
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2)
    as_of = _("as of %(date)s") % {"date": date_format(document.as_of, "DATE_FORMAT")}
    section.header.paragraphs[0].text = f"{document.title} · {as_of}"
    _page_number(section.footer.paragraphs[0])

    doc.add_heading(document.title, level=0)
    if document.subtitle:
        doc.add_paragraph(document.subtitle, style="Subtitle")
    doc.add_paragraph(_("As of %(date)s") % {"date": date_format(document.as_of, "DATE_FORMAT")})
    for part in document.sections:
        doc.add_heading(part.heading, level=1 if part.level <= 2 else 2)
        for block in part.blocks:
            _block(doc, block)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _block(doc: WordDocument, block: object) -> None:
    if isinstance(block, Paragraph):
        paragraph = doc.add_paragraph(block.text)
        if block.note:
            for run in paragraph.runs:
                run.font.size = Pt(9)
                run.italic = True
    elif isinstance(block, Items):
        for item in block.items:
            doc.add_paragraph(item, style="List Bullet")
    elif isinstance(block, Facts):
        for label, value in block.pairs:
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
    elif isinstance(block, Chart):
        doc.add_picture(io.BytesIO(chart_png(block)), width=Cm(15))
        doc.add_paragraph(block.title, style="Caption")
        _table(doc, block.table)
    elif isinstance(block, Table):
        _table(doc, block)


def _table(doc: WordDocument, table: Table) -> None:
    if table.caption:
        doc.add_paragraph(table.caption, style="Caption")
    lines = table.lines() or [
        [(table.empty or "—", False)] + [("", False)] * (len(table.columns) - 1)
    ]
    lines += table.total_lines()
    grid = doc.add_table(rows=1, cols=len(table.columns), style="Table Grid")
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = grid.rows[0]
    _repeat_as_header(header)
    for cell, column in zip(header.cells, table.columns, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(column.label)
        run.bold = True
    totals_from = len(lines) - len(table.totals)
    for number, line in enumerate(lines):
        cells = grid.add_row().cells
        for cell, (text, numeric) in zip(cells, line, strict=True):
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            run.bold = number >= totals_from
            if numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _repeat_as_header(row: object) -> None:
    """The header row repeats at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def _page_number(paragraph: object) -> None:
    """'Page N of M' as Word fields, so that Word numbers the pages as they are edited."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # type: ignore[attr-defined]
    for part in page_label():
        if part in PAGE_NUMBERS:
            _field(paragraph, "PAGE" if part == "page" else "NUMPAGES")
        else:
            paragraph.add_run(part)  # type: ignore[attr-defined]


def _field(paragraph: object, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)  # type: ignore[attr-defined]


def _set_language(doc: WordDocument, language: str) -> None:
    """The Normal style's language (and East Asian face), which every paragraph inherits."""
    run_properties = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    tag = WORD_LANGUAGES.get(language, "en-GB")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag if language in EAST_ASIAN_FACES else "zh-CN")
    run_properties.append(lang)
    if language in EAST_ASIAN_FACES:
        doc.styles["Normal"].font.name = EAST_ASIAN_FACES[language]
        fonts = run_properties.get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FACES[language])
