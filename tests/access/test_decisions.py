"""Decisions, positions and follow-ups for every role: a State's focal point records that
State's position and updates its follow-ups, never another State's."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.decisions.models import Decision, DecisionLink, FollowUp
from tests.access.probes import (
    INSIDERS,
    LOGIN,
    POSITION_PAGE,
    ROLES,
    SECRETARIAT_WRITES,
    Probe,
    by_name,
    check_api,
    check_page,
    everyone,
    only,
)


def _draft() -> dict[str, Any]:
    return {"pk": Decision.objects.get(meeting__key="som-25", paragraph="99").pk}


def _mn_follow_up() -> dict[str, Any]:
    follow_up = FollowUp.objects.get(
        decision__meeting__key="som-25",
        state__code="MN",
        decision__paragraph="10",
        decision__sentence=4,
    )
    return {"pk": follow_up.pk}


def _mn_open_follow_up() -> dict[str, Any]:
    """SOM-25 para. 3.5 asked Mongolia to nominate experts; still open in the sources."""
    follow_up = FollowUp.objects.get(
        decision__meeting__key="som-25",
        state__code="MN",
        decision__paragraph="3",
        decision__sentence=5,
    )
    return {"pk": follow_up.pk}


def _expanding_sites() -> dict[str, Any]:
    """SOM-25 para. 7.2, on expanding the NEAMPAN sites: adopted, continued by para. 50."""
    return {"pk": Decision.objects.get(meeting__key="som-25", paragraph="7", sentence=2).pk}


def _link() -> dict[str, Any]:
    """SOM-25 para. 7.2 and a link of it to be removed (made again for each probe)."""
    pk = _expanding_sites()["pk"]
    link, _ = DecisionLink.objects.get_or_create(
        source_decision_id=pk,
        kind="recalls",
        target=Decision.objects.get(meeting__key="som-22", paragraph="9", sentence=4),
    )
    return {"pk": pk, "link": link.pk}


# SOM-25 para. 7.2 recalls a SOM-22 decision it was not linked to.
LINK = {"kind": "recalls", "target": "SOM-22, para. 9.4", "note": ""}
LINK_API = {"kind": "recalls", "to": "SOM-22, para. 9.4", "note": ""}
CLOSE = {
    "status": "done",
    "outcome": "Experts nominated.",
    "closed_on": "2023-09-08",
    "evidence_meeting": "SPC-5",
}
MN_POSITION = {"state": "MN", "stance": "support", "date": "2026-11-20", "note": ""}
PROGRESS = {"date": "2026-11-20", "text": "Comments sent.", "progress": 100, "status": "done"}
PROGRESS_PAGE = {
    "public": LOGIN,
    "secretariat": 302,
    "focal_point_mn": 302,
    "focal_point_cn": 403,
    "committee_member": 403,
    "partner": 403,
    "translator_ja": 403,
}


PAGES: dict[str, list[Probe]] = {
    # The Atom feed of the public record: the same for everyone.
    "decisions:feed": [Probe(everyone())],
    "decisions:list": [Probe(everyone())],
    "decisions:detail": [
        Probe(
            everyone(),
            lambda: {
                "pk": Decision.objects.get(meeting__key="som-25", paragraph="7", sentence=2).pk
            },
            label="adopted",
        ),
        Probe({r: 200 if r in INSIDERS else 404 for r in ROLES}, _draft, label="draft"),
    ],
    "decisions:position_add": [Probe(POSITION_PAGE, _draft, method="post", data=MN_POSITION)],
    # Only the Secretariat threads decisions; whoever else asks is refused, draft or not.
    "decisions:link_add": [
        Probe(SECRETARIAT_WRITES, _expanding_sites, method="post", data=LINK, label="adopted"),
        Probe(SECRETARIAT_WRITES, _draft, method="post", data=LINK, label="draft"),
    ],
    "decisions:link_remove": [Probe(SECRETARIAT_WRITES, _link, method="post")],
    "decisions:tracker": [Probe(everyone())],
    "decisions:follow_up": [Probe(everyone(), _mn_follow_up)],
    "decisions:follow_up_progress": [
        Probe(PROGRESS_PAGE, _mn_follow_up, method="post", data=PROGRESS)
    ],
    "decisions:follow_up_close": [
        Probe(PROGRESS_PAGE, _mn_open_follow_up, method="post", data=CLOSE)
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/decisions", "get"): [Probe(everyone())],
    ("/api/followups", "get"): [Probe(everyone())],
    ("/api/followups/{follow_up_id}/progress", "post"): [
        Probe(
            {**PROGRESS_PAGE, "public": 401, "secretariat": 201, "focal_point_mn": 201},
            by_name(_mn_follow_up, "follow_up_id"),
            method="post",
            data=PROGRESS,
        )
    ],
    ("/api/followups/{follow_up_id}/close", "post"): [
        Probe(
            {**PROGRESS_PAGE, "public": 401, "secretariat": 200, "focal_point_mn": 200},
            by_name(_mn_open_follow_up, "follow_up_id"),
            method="post",
            data=CLOSE,
        )
    ],
    ("/api/decisions/{decision_id}/links", "get"): [
        Probe(everyone(), by_name(_expanding_sites, "decision_id"), label="adopted"),
        Probe({r: 200 if r in INSIDERS else 404 for r in ROLES}, by_name(_draft, "decision_id")),
    ],
    ("/api/decisions/{decision_id}/links", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            by_name(_expanding_sites, "decision_id"),
            method="post",
            data=LINK_API,
        )
    ],
    ("/api/decisions/{decision_id}/links/{link_id}", "delete"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 204},
            lambda: {"decision_id": (found := _link())["pk"], "link_id": found["link"]},
            method="delete",
        )
    ],
    ("/api/decisions/{decision_id}/positions", "post"): [
        Probe(
            {**POSITION_PAGE, "public": 401, "secretariat": 201, "focal_point_mn": 201},
            by_name(_draft, "decision_id"),
            method="post",
            data=MN_POSITION,
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
