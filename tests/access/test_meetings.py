"""Meetings and their preparation for every role: the organizers prepare, the delegations
register, the States invited answer the draft report."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import (
    LOGIN,
    ORGANIZER_API,
    ORGANIZER_WRITES,
    ROLES,
    Probe,
    check_api,
    check_page,
    everyone,
    only,
    som29,
    som29_and,
)

SIGNED_IN_API = {**everyone(), "public": 401}
# Those who register a delegation: the Secretariat, the focal points, the partners (for their
# organization's observers). A committee member registers nobody.
REGISTRANTS = {**everyone(), "public": LOGIN, "committee_member": 403, "translator_ja": 403}

_registrant = iter(range(10_000))


def _delegate() -> dict[str, Any]:
    """A Mongolian delegate with an address nobody registered yet."""
    n = next(_registrant)
    return {"state": "MN", "name": f"Delegate {n}", "role": "delegate", "email": f"d{n}@example.mn"}


def som41_commented(*, api: bool = False) -> dict[str, Any]:
    """SOM-41, held ten days ago, its draft report circulated to Mongolia, which commented on
    paragraph 3: the meeting's key and the comment's id."""
    from django.utils import timezone

    from neaspec.accounts.models import User
    from neaspec.directory.models import MemberState
    from neaspec.library.meeting_documents import meeting_document_upload
    from neaspec.meetings import delegations, services
    from neaspec.meetings.models import Meeting, MeetingSeries, ReportComment

    found = Meeting.objects.filter(key="som-41").first()
    if found is None:
        actor = User.objects.get(username="secretariat-officer")
        today = timezone.localdate()
        start = today - datetime.timedelta(days=10)
        mongolia = MemberState.objects.get(code="MN")
        found = services.meeting_create(
            actor=actor,
            series=MeetingSeries.objects.get(code="SOM"),
            number=41,
            start=start,
            end=start,
            host=mongolia,
            city="Ulaanbaatar",
        )
        delegations.invitation_send(actor=actor, meeting=found, state=mongolia)
        services.meeting_status_set(actor=actor, meeting=found, status="held")
        meeting_document_upload(
            actor=actor,
            meeting=found,
            symbol="NEASPEC/SOM(41)/REP",
            title="Draft report",
            kind="report",
            language="en",
            filename="report.txt",
            data=b"1. The Meeting adopted its agenda.",
        )
        services.meeting_status_set(
            actor=actor,
            meeting=found,
            status="report_circulated",
            replies_due=today + datetime.timedelta(days=14),
        )
        delegations.report_reply(
            actor=actor,
            meeting=found,
            state=mongolia,
            answer="comments",
            paragraphs=[("3", "Name the estuary.")],
        )
    comment = ReportComment.objects.get(reply__meeting=found)
    return {"key": found.key, ("comment_id" if api else "pk"): comment.pk}


PAGES: dict[str, list[Probe]] = {
    # The Atom feed of the public record: the same for everyone.
    "meetings:feed": [Probe(everyone())],
    "meetings:create": [Probe(only("secretariat", "committee_member"))],
    "meetings:edit": [Probe(only("secretariat"), som29)],
    "meetings:prepare": [Probe(only("secretariat"), som29)],
    # SOM-29's registration is open: its status does not go back (409, said on the page).
    "meetings:status": [
        Probe(
            {**ORGANIZER_WRITES, "secretariat": 409},
            som29,
            method="post",
            data={"status": "announced"},
        )
    ],
    "meetings:agenda_add": [
        Probe(
            ORGANIZER_WRITES,
            som29,
            method="post",
            data={"item-number": "2", "item-title": "Agenda"},
        )
    ],
    "meetings:agenda_change": [
        Probe(ORGANIZER_WRITES, som29, method="post", data={"action": "circulate"})
    ],
    "meetings:session_add": [
        Probe(
            {**ORGANIZER_WRITES, "secretariat": 422},
            som29,
            method="post",
            data={"session-title": "No time given"},
        )
    ],
    "meetings:session_delete": [Probe(ORGANIZER_WRITES, som29_and("session"), method="post")],
    "meetings:invite": [
        Probe(ORGANIZER_WRITES, som29, method="post", data={"invite-all_states": "on"})
    ],
    "meetings:remind": [Probe(ORGANIZER_WRITES, som29_and("invitation"), method="post")],
    "meetings:registration": [Probe(REGISTRANTS, som29)],
    "meetings:registration_edit": [
        Probe(
            {**only("secretariat", "focal_point_mn")},
            lambda: {
                k: v for k, v in som29_and("registration")().items() if k != "registration_id"
            },
        )
    ],
    "meetings:registration_review": [
        Probe(
            ORGANIZER_WRITES,
            lambda: {
                k: v for k, v in som29_and("registration")().items() if k != "registration_id"
            },
            method="post",
            data={"action": "accept"},
        )
    ],
    # Only the States invited answer the draft report (SOM-29 invited Mongolia alone).
    "meetings:report": [Probe(only("secretariat", "focal_point_mn"), som29)],
    # The organizers answer the States' comments on the draft report's paragraphs.
    "meetings:report_comment_answer": [
        Probe(
            ORGANIZER_WRITES,
            som41_commented,
            method="post",
            data={"answer": "Taken up in paragraph 3.", "previous": ""},
        )
    ],
    "meetings:list": [Probe(everyone())],
    "meetings:detail": [Probe(everyone(), lambda: {"key": "som-25"})],
    "meetings:calendar": [Probe(everyone())],
    "meetings:series_calendar": [Probe(everyone(), lambda: {"series": "SOM"})],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/meetings", "get"): [Probe(everyone())],
    ("/api/meetings/{key}", "get"): [Probe(everyone(), lambda: {"key": "som-25"})],
    ("/api/meetings", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            data={"series": "SOM", "number": 30, "start": "2028-09-20", "city": "Seoul"},
        )
    ],
    ("/api/meetings/{key}", "patch"): [
        Probe(ORGANIZER_API, som29, method="patch", data={"venue": "State Palace"})
    ],
    ("/api/meetings/{key}/agenda", "get"): [Probe(everyone(), som29)],
    ("/api/meetings/{key}/agenda", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            som29,
            method="post",
            data={"number": "2", "title": "Adoption of the agenda"},
        )
    ],
    ("/api/meetings/{key}/invitations", "get"): [Probe(SIGNED_IN_API, som29)],
    ("/api/meetings/{key}/invitations", "post"): [
        Probe({**ORGANIZER_API, "secretariat": 201}, som29, method="post", data={"state": "JP"})
    ],
    ("/api/meetings/{key}/registrations", "get"): [Probe(SIGNED_IN_API, som29)],
    ("/api/meetings/{key}/registrations", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201, "focal_point_mn": 201},
            som29,
            method="post",
            data=_delegate,
        )
    ],
    ("/api/meetings/{key}/registrations/{registration_id}", "patch"): [
        Probe(
            {**dict.fromkeys(ROLES, 404), "public": 401, "secretariat": 200, "focal_point_mn": 200},
            som29_and("registration", api=True),
            method="patch",
            data={"title": "Director"},
        )
    ],
    # Permission first: a State's focal point (or the Secretariat) is then told the draft report
    # is not circulated yet; nobody else gets that far.
    ("/api/meetings/{key}/report-replies", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 422, "focal_point_mn": 422},
            som29,
            method="post",
            data={"state": "MN", "answer": "no_objection"},
        )
    ],
    # The organizers read every State's answer; a State asked to answer (SOM-29 invited
    # Mongolia alone) reads its own.
    ("/api/meetings/{key}/report-replies", "get"): [
        Probe({**only("secretariat", "focal_point_mn"), "public": 401}, som29)
    ],
    ("/api/meetings/{key}/report-comments/{comment_id}/answer", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 200},
            lambda: som41_commented(api=True),
            method="post",
            data={"answer": "Taken up in paragraph 3."},
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
