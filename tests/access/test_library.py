"""The library and meeting documents for every role: each document read by those its
visibility names; uploads by insiders."""

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.access.probes import (
    INSIDERS,
    ORGANIZER_API,
    ORGANIZER_WRITES,
    ROLES,
    SECRETARIAT_WRITES,
    Probe,
    check_api,
    check_page,
    everyone,
    only,
    som29,
)
from tests.access.test_meetings import som41_commented

UPLOAD = {
    "title": "A report",
    "type": "meeting_report",
    "language": "en",
    "visibility": "member_states",
}


def _report_file() -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("report.txt", b"The Meeting noted the Tumen River work.")


def _doc(visibility: str) -> int:
    from neaspec.library.models import Document

    return Document.objects.get(visibility=visibility).pk


_registrant = iter(range(10_000))


def _paper() -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    n = next(_registrant)
    return {
        "symbol": f"NEASPEC/SOM(29)/{n}",
        "title": "Working paper",
        "file": SimpleUploadedFile("paper.txt", b"A working paper."),
    }


PAGES: dict[str, list[Probe]] = {
    # The Atom feed of the public record: the same for everyone.
    "library:feed": [Probe(everyone())],
    "library:meeting_document_add": [
        Probe(
            {**ORGANIZER_WRITES, "secretariat": 422},
            som29,
            method="post",
            data={"document-symbol": "X"},
        )
    ],
    "library:library": [Probe(everyone())],
    "library:report_revise": [
        Probe(
            ORGANIZER_WRITES,
            lambda: {"key": som41_commented()["key"]},
            method="post",
            data=lambda: {
                "revision-symbol": "NEASPEC/SOM(41)/REP",
                "revision-language": "en",
                "revision-new_revision": "on",
                "revision-file": SimpleUploadedFile("r.txt", b"1. Revised."),
            },
        )
    ],
    "library:upload": [Probe(only(*INSIDERS))],
    "library:delete": [
        Probe(SECRETARIAT_WRITES, lambda: {"pk": _doc("public")}, method="post"),
    ],
    "library:document": [
        Probe(everyone(), lambda: {"pk": _doc("public")}, label="public"),
        Probe(
            {r: 200 if r == "secretariat" else 404 for r in ROLES},
            lambda: {"pk": _doc("secretariat")},
            label="secretariat",
        ),
    ],
    "library:file": [
        Probe(everyone(), lambda: {"pk": _doc("public")}, label="public"),
        Probe(
            {r: 200 if r == "secretariat" else 404 for r in ROLES},
            lambda: {"pk": _doc("secretariat")},
            label="secretariat",
        ),
    ],
    "library:text": [
        Probe(everyone(), lambda: {"pk": _doc("public")}, label="public"),
        Probe(
            {r: 200 if r == "secretariat" else 404 for r in ROLES},
            lambda: {"pk": _doc("secretariat")},
            label="secretariat",
        ),
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/meetings/{key}/documents", "get"): [Probe(everyone(), som29)],
    ("/api/meetings/{key}/documents", "post"): [
        Probe({**ORGANIZER_API, "secretariat": 201}, som29, method="post", data=_paper, json=False)
    ],
    # A revised file of SOM-41's draft report, circulated to the States.
    ("/api/meetings/{key}/documents/revisions", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            lambda: {"key": som41_commented()["key"]},
            method="post",
            data=lambda: {
                "symbol": "NEASPEC/SOM(41)/REP",
                "file": SimpleUploadedFile("report.txt", b"1. The Meeting adopted it, revised."),
            },
            json=False,
        )
    ],
    ("/api/documents", "get"): [Probe(everyone())],
    ("/api/documents/search", "get"): [Probe(everyone(), data={"q": "tumen"})],
    ("/api/documents", "post"): [
        Probe(
            {
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 201,
                "focal_point_cn": 201,
                "committee_member": 201,
                "partner": 403,
                "translator_ja": 403,
            },
            method="post",
            data=lambda: {**UPLOAD, "file": _report_file()},
            json=False,
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
