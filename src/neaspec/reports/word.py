"""A report as a native Word document (python-docx): Word's own heading styles, tables with a
repeated header row, bulleted lists, the title and "as of" date in the page header and the page
number in the footer — a document the Secretariat edits before circulation, not a picture of a
page."""

import io
import unicodedata

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt

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
    section = doc.sections[-1]
    # Set in docx_bytes; python-docx types them as possibly absent.
    usable = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    widths = column_widths([[c.label for c in table.columns], *_texts(lines)], Length(usable))
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice reads; Word reads each cell's below
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
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _texts(lines: list[list[tuple[str, bool]]]) -> list[list[str]]:
    return [[text for text, _numeric in line] for line in lines]


def _ems(text: str) -> float:
    """The width of a text in ems, roughly: a CJK character is a full em, others about half."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in text)


def column_widths(rows: list[list[str]], usable: Length) -> list[Length]:
    """Widths from the content, as a browser lays out an automatic table: each column gets at
    least its longest word (so no word breaks), and the rest of the page goes to the columns in
    proportion to how much longer their longest text is than that — a paragraph-long action
    widens, a status or a date stays narrow. Equal widths made the follow-up table three times
    as long as its PDF."""
    columns = len(rows[0])
    least = [1.5] * columns  # ems: room for a dash or a figure's digit
    most = [1.5] * columns
    for row in rows:
        for i, text in enumerate(row):
            words = text.split() or [""]
            least[i] = max(least[i], max(_ems(w) for w in words))
            most[i] = max(most[i], _ems(text))
    available = usable / Pt(10).emu * 0.95  # ems of a 10-point face, less the cells' padding
    least_total = sum(least)
    if sum(most) <= available:  # every text on one line: no wider than that
        shares = [m / available for m in most]
    elif least_total >= available:  # not even every longest word fits: share by the words
        shares = [w / least_total for w in least]
    else:
        spare = available - least_total
        stretch = [m - w for m, w in zip(most, least, strict=True)]
        wanted = sum(stretch) or 1.0
        shares = [(w + spare * s / wanted) / available for w, s in zip(least, stretch, strict=True)]
    return [Length(int(usable * share)) for share in shares]


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
