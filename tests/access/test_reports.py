"""Reports for every role: anyone may ask for one, but for the positions on draft decisions
(drafts are not public); a build made for one signed-in reader is theirs alone."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import ROLES, Probe, by_name, check_api, check_page, everyone, only

# Drafts and the positions on them are for the Secretariat and the member States' officials.
DRAFT_ROLES = ("secretariat", "focal_point_mn", "focal_point_cn", "committee_member")
DRAFT_READERS = only(*DRAFT_ROLES)
# A build made for one signed-in reader is theirs alone; others are told it does not exist.
OWN_BUILD = dict.fromkeys(ROLES, 404) | {"secretariat": 200}


def _report_build(role: str) -> dict[str, Any]:
    """A finished build of the SOM-25 follow-up table: the public's, or the Secretariat's
    (which only its reader may have again)."""
    from django.contrib.auth.models import AnonymousUser

    from neaspec.accounts.models import User
    from neaspec.meetings.models import Meeting
    from neaspec.reports.services import report_request

    actor = (
        AnonymousUser() if role == "public" else User.objects.get(username="secretariat-officer")
    )
    params = {"meeting": Meeting.objects.get(key="som-25")}
    build = report_request(actor=actor, key="decision-follow-up", fmt="xlsx", params=params)
    return {"pk": build.pk}


PAGES: dict[str, list[Probe]] = {
    # Reports are for everyone; each reader's file holds what that reader may see
    # (tests/reports/test_access.py tries every report in every format for every role).
    "reports:catalogue": [Probe(everyone())],
    "reports:form": [
        Probe(everyone(302), lambda: {"key": "status-of-contributions"}, data={"format": "pdf"}),
        Probe(
            DRAFT_READERS | dict.fromkeys(DRAFT_ROLES, 302),  # sent on to the file
            lambda: {"key": "draft-positions"},
            data={"format": "pdf", "meeting": "som-25"},
            label="positions on drafts",
        ),
    ],
    "reports:file": [
        Probe(
            everyone(),
            lambda: {"key": "decision-follow-up", "fmt": "pdf"},
            data={"meeting": "som-25"},
        ),
        # The statements are the meeting page's: everyone's; who spoke and the text as
        # delivered only for those who follow the record (tests/reports).
        Probe(
            everyone(),
            lambda: {"key": "statements", "fmt": "html"},
            data={"meeting": "som-25"},
            label="statements",
        ),
        # The world's draft of SOM-25, with where the States stand on it.
        Probe(
            DRAFT_READERS,
            lambda: {"key": "draft-positions", "fmt": "html"},
            data={"meeting": "som-25"},
            label="positions on drafts",
        ),
    ],
    # The open data page and its files: the public's, the same for every reader.
    "reports:data": [Probe(everyone())],
    "reports:data_file": [
        Probe(everyone(), lambda: {"key": "follow-ups", "fmt": "csv"}),
        Probe(everyone(), lambda: {"key": "indicator-values-sdmx", "fmt": "csv"}, label="SDMX"),
    ],
    # Building them again at once is the Secretariat's; the worker does it when data change.
    "reports:data_refresh": [Probe(only("secretariat") | {"secretariat": 302}, method="post")],
    "reports:build": [
        Probe(everyone(), lambda: _report_build("public"), label="the public's"),
        Probe(OWN_BUILD, lambda: _report_build("secretariat"), label="the Secretariat's"),
    ],
    "reports:build_file": [
        Probe(everyone(), lambda: _report_build("public"), label="the public's"),
        Probe(OWN_BUILD, lambda: _report_build("secretariat"), label="the Secretariat's"),
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/reports", "get"): [Probe(everyone())],
    ("/api/report-builds/{build_id}", "get"): [
        Probe(everyone(), by_name(lambda: _report_build("public"), "build_id")),
        Probe(OWN_BUILD, by_name(lambda: _report_build("secretariat"), "build_id")),
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
