"""Files in, plain text out: txt, HTML, PDF and DOCX, sniffed from the content.

Every upload is read here (the library stores and searches the text); the extraction reads
meeting reports through it, as it builds on the library."""

import html
import re
import zipfile
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path


class UnreadableReportError(Exception):
    """The file cannot be read as a report; the message says why, for a person to act on."""


# A web page's menus, banners and footers are not the report (and name other meetings).
SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form"}


class _TextParser(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _TextParser()
    parser.feed(markup)
    return html.unescape("".join(parser.parts))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else a legacy encoding as a last resort."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Legacy encodings all "succeed" on most bytes; keep the reading that looks most like text.
    readings = []
    # Stricter encodings first: on a tie, the reading that fewer byte strings allow wins.
    for encoding in ("euc-kr", "shift_jis", "gb18030", "cp1251", "latin-1"):
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise UnreadableReportError("the text is in no encoding this system reads")
    return max(readings, key=_plausibility)


def _plausibility(text: str) -> float:
    """Share of characters that are ASCII, Cyrillic, CJK or Hangul, in one script at a time."""
    if not text:
        return 0.0
    ascii_share = sum(c.isascii() for c in text)
    scripts = [
        sum("\u0400" <= c <= "\u04ff" for c in text),
        sum("\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" for c in text),
        sum("\uac00" <= c <= "\ud7af" for c in text),
    ]
    return (ascii_share + max(scripts)) / len(text)


def sniff(data: bytes) -> str:
    """The real type of the content, whatever the file name claims."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:2048].lower()
    if b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<p>" in head:
        return "html"
    return "txt"


MAX_UNPACKED = 200 * 1024 * 1024  # a DOCX that would unpack beyond this is refused (zip bomb)


def _docx_text(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
            raise UnreadableReportError("the DOCX file would unpack to an unreasonable size")
        import docx

        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableReportError(f"the DOCX file is damaged ({error})") from error
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableReportError("the PDF is encrypted")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except PdfReadError as error:
        raise UnreadableReportError(f"the PDF is damaged ({error})") from error


def report_text(data: bytes) -> str:
    """The report's text, with the document type decided by its content."""
    if not data.strip():
        raise UnreadableReportError("the file is empty")
    kind = sniff(data)
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
    elif kind == "html":
        text = html_text(decode(data))
    else:
        text = decode(data)
    if not text.strip():
        raise UnreadableReportError("no text could be read from the file (a scanned image?)")
    return text


def read_report(path: Path) -> str:
    return report_text(path.read_bytes())


def normalize_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
