import io
from typing import Any

import pypdf
import pytest
from django.test import Client
from docx import Document as WordDocument
from openpyxl import load_workbook


def body(response: Any) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> set[str]:
    fonts = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


def word(data: bytes) -> Any:
    return WordDocument(io.BytesIO(data))


def word_headings(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def word_rows(doc: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for table in doc.tables for row in table.rows]


def workbook(data: bytes) -> Any:
    return load_workbook(io.BytesIO(data))


@pytest.fixture
def secretariat_client(client_for: Any) -> Client:
    return client_for("secretariat")
