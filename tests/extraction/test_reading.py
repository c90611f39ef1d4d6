"""Bad files get a clear reason and no record; good files in each format are read."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pypdf import PdfWriter

from neaspec.extraction.reading import UnreadableReportError, report_text, sniff

REPORT = (
    "1. The Third Meeting of the NEAMPAN Steering Committee was held online on 23 April 2021.\n\n"
    "2. The Committee noted the progress of the knowledge sharing project on protected areas.\n\n"
    "3. The Committee requested the Secretariat to circulate the draft study by 30 June 2021.\n"
)


def _pdf(encrypt: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx(text: str) -> bytes:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"%PDF-1.7 this is not really a PDF", "damaged"),
        (_pdf(encrypt=True), "encrypted"),
        (_pdf(), "no text"),
        (b"PK\x03\x04 truncated zip", "damaged"),
    ],
)
def test_unreadable_files_say_why(data, reason):
    with pytest.raises(UnreadableReportError, match=reason):
        report_text(data)


def test_a_zip_bomb_docx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (210 * 1024 * 1024))
    with pytest.raises(UnreadableReportError, match="unreasonable size"):
        report_text(buffer.getvalue())


def test_the_type_comes_from_the_content_not_the_name(tmp_path):
    assert sniff(_docx(REPORT)) == "docx"
    assert sniff(b"<html><body><p>x</p></body></html>") == "html"
    assert sniff(REPORT.encode()) == "txt"


def test_docx_and_legacy_encodings_are_read():
    assert "requested the Secretariat" in report_text(_docx(REPORT))
    assert "Ulaanbaatar — встреча" in report_text(
        "Ulaanbaatar — встреча".encode("cp1251", "replace").decode("cp1251").encode("utf-8")
    )
    assert "会议" in report_text("会议纪要".encode("utf-16"))


def test_the_command_extracts_a_docx_and_reports_a_bad_file(tmp_path: Path, capsys):
    good = tmp_path / "sc-3.docx"
    good.write_bytes(_docx(REPORT))
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nonsense")
    out = tmp_path / "out"
    with pytest.raises(CommandError, match="1 of 2 file"):
        call_command("extract", "--out", str(out), str(good), str(bad))
    record = (out / "sc-3.json").read_text()
    assert '"series": "NEAMPAN-SC"' in record
    assert '"due_date": "2021-06-30"' in record
    assert not (out / "broken.json").exists()
    assert "broken.pdf: the PDF is damaged" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Совещание старших должностных лиц", "cp1251"),
        ("高级官员会议报告", "gb18030"),
        ("고위관리회의 보고서", "euc-kr"),
    ],
)
def test_text_in_a_legacy_encoding_is_read(text, encoding):
    assert text in report_text(text.encode(encoding))
