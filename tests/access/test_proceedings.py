"""The meeting in session for every role: the Secretariat records officers, statements and
drafts; a member State's focal point reads the drafts and states its own State's position."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.accounts.models import User
from neaspec.decisions import drafting_services
from neaspec.directory.models import MemberState
from neaspec.meetings import services
from neaspec.meetings.models import Meeting
from neaspec.proceedings.reading import draft_reading
from tests.access.probes import LOGIN, ROLES, Probe, by_name, check_api, check_page, everyone, som29

TEXT = "The Meeting requested the Secretariat to circulate the revised terms of reference."


def _secretariat() -> User:
    return User.objects.get(username="secretariat-officer")


def _meeting() -> Meeting:
    return Meeting.objects.get(key=som29()["key"])


def _draft() -> dict[str, Any]:
    """A new draft of SOM-29 on the screen (each probe its own: adopting one ends it)."""
    decision = drafting_services.decision_draft(
        actor=_secretariat(), meeting=_meeting(), text=TEXT, reading=draft_reading(TEXT)
    )
    return {"key": decision.meeting.key, "pk": decision.pk}


def _officer() -> dict[str, Any]:
    officer = services.officer_elect(
        actor=_secretariat(),
        meeting=_meeting(),
        role="vice_chair",
        name="Batbayar Enkhtuya",
        state=MemberState.objects.get(code="MN"),
    )
    return {"key": officer.meeting.key, "pk": officer.pk}


def _statement() -> dict[str, Any]:
    statement = services.statement_record(
        actor=_secretariat(), meeting=_meeting(), speaker="chair", summary="Opened the session."
    )
    return {"key": statement.meeting.key, "pk": statement.pk}


def _delegate() -> dict[str, Any]:
    return {"role": "chair", "delegate": _meeting().registrations.get().pk}


# Who reads the session page: those who record it and the member States' officials.
READERS = ("secretariat", "focal_point_mn", "focal_point_cn", "committee_member")
SESSION = {r: 200 if r in READERS else (LOGIN if r == "public" else 403) for r in ROLES}
RECORDS = {r: 302 if r == "secretariat" else (LOGIN if r == "public" else 403) for r in ROLES}
# A State's position: the Secretariat and that State's focal point; China's may only choose
# China (its form refuses Mongolia: 422, nothing recorded).
POSITION = {**RECORDS, "focal_point_mn": 302, "focal_point_cn": 422}
MN_SUPPORT = {"state": "MN", "stance": "support", "note": "", "version": 1}

PAGES: dict[str, list[Probe]] = {
    "proceedings:session": [Probe(SESSION, som29)],
    "proceedings:agenda_adopt": [Probe(RECORDS, som29, method="post")],
    "proceedings:officer_elect": [Probe(RECORDS, som29, method="post", data=_delegate)],
    "proceedings:officer_remove": [Probe(RECORDS, _officer, method="post")],
    "proceedings:statement_add": [
        Probe(
            RECORDS, som29, method="post", data={"delegation": "chair", "summary": "Welcomed all."}
        )
    ],
    "proceedings:statement_remove": [Probe(RECORDS, _statement, method="post")],
    "proceedings:draft_add": [Probe(RECORDS, som29, method="post", data={"text": TEXT})],
    "proceedings:amend": [
        Probe(RECORDS, _draft, method="post", data={"text": TEXT + " Soon.", "version": 1})
    ],
    "proceedings:position_add": [Probe(POSITION, _draft, method="post", data=MN_SUPPORT)],
    "proceedings:adopt": [Probe(RECORDS, _draft, method="post", data={"version": 1})],
}

API_WRITE = {r: 201 if r == "secretariat" else (401 if r == "public" else 403) for r in ROLES}
# A draft is not there for those who may not read drafts (404); a focal point reads it but
# may not amend or adopt it.
ON_DRAFT = {
    r: 200 if r == "secretariat" else 403 if r in READERS else 401 if r == "public" else 404
    for r in ROLES
}
# Once the Secretariat has adopted it, everyone reads the decision; no one else may adopt it.
ADOPTED = {r: 200 if r == "secretariat" else 401 if r == "public" else 403 for r in ROLES}
DRAFT_READ = {r: 200 if r in READERS else 404 for r in ROLES}

API: dict[tuple[str, str], list[Probe]] = {
    ("/api/meetings/{key}/officers", "get"): [Probe(everyone(), som29)],
    ("/api/meetings/{key}/officers", "post"): [
        Probe(
            API_WRITE,
            som29,
            method="post",
            data={"role": "rapporteur", "name": "Batbayar Enkhtuya", "state": "MN"},
        )
    ],
    ("/api/meetings/{key}/statements", "get"): [Probe(everyone(), som29)],
    ("/api/meetings/{key}/statements", "post"): [
        Probe(
            API_WRITE,
            som29,
            method="post",
            data={"state": "MN", "agenda_item": "1", "summary": "Welcomed the delegations."},
        )
    ],
    ("/api/meetings/{key}/decisions", "post"): [
        Probe(API_WRITE, som29, method="post", data={"text": TEXT, "status": "draft"})
    ],
    ("/api/decisions/{decision_id}/amend", "post"): [
        Probe(
            ON_DRAFT,
            by_name(_draft, "decision_id"),
            method="post",
            data={"text": TEXT + " Soon."},
        )
    ],
    ("/api/decisions/{decision_id}/adopt", "post"): [
        Probe(ADOPTED, by_name(_draft, "decision_id"), method="post", data={})
    ],
    ("/api/decisions/{decision_id}/positions", "get"): [
        Probe(DRAFT_READ, by_name(_draft, "decision_id"))
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
