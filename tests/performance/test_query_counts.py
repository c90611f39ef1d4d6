"""Hot pages and API lists read as many queries with forty more meetings (with agendas,
decisions, addressees and follow-ups), documents and contributions as without: nothing is read
row by row. Each URL is counted at both sizes in one test, for the public, a focal point and
the Secretariat."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from neaspec.decisions.deadlines import due_by_refresh
from neaspec.decisions.models import Addressee, Decision, FollowUp
from neaspec.directory.models import MemberState
from neaspec.finance.models import Contribution, Fund
from neaspec.meetings.models import AgendaItem, Meeting, MeetingSeries
from neaspec.programme.models import ProgrammeArea
from tests.api.test_paging import LISTS
from tests.factories import library_document

GROWTH = 40

PAGES = [
    "/",
    "/meetings/",
    "/meetings/som-25/",
    "/decisions/",
    "/decisions/?meeting=SOM-25",
    "/decisions/{decision}/",
    "/follow-ups/",
    "/follow-ups/?status=all",
    "/follow-ups/?overdue=yes",
    "/library/",
    "/library/?q=tumen",
    "/library/?q=湿地",
    "/plans/2021-2025/",
    "/contributions/",
    "/meetings/calendar.ics",
    "/meetings/calendar/SOM.ics",
    "/states/MN/",
]


def grow(n: int, first: int = 0) -> None:
    """n more SOM sessions, long past, each with an agenda item, two decisions addressed to
    Mongolia and a follow-up each; n documents about the Tumen; n published contributions."""
    som = MeetingSeries.objects.get(code="SOM")
    mongolia = MemberState.objects.get(code="MN")
    fund = Fund.objects.get(key="core-fund")
    area = ProgrammeArea.objects.get(code="biodiversity")
    # Written past the services, then the series' deadlines refreshed once, as the services
    # would have after each write (decisions/deadlines.py): forty refreshes made most of this
    # test's time.
    meetings = Meeting.objects.bulk_create(
        Meeting(
            key=f"som-{900 + i}",
            series=som,
            number=900 + i,
            start=datetime.date(1960 + i, 6, 1),
            status="held",
            source="tests",
        )
        for i in range(first, first + n)
    )
    for i, meeting in zip(range(first, first + n), meetings, strict=True):
        item = AgendaItem.objects.create(meeting=meeting, number="1", title="Programme")
        for paragraph in ("1", "2"):
            decision = Decision.objects.create(
                meeting=meeting,
                paragraph=paragraph,
                summary=f"Requested Mongolia to report ({i}.{paragraph}).",
                kind="operative",
                concern="programme",
                area=area,
                agenda_item=item,
                adopted=True,
            )
            Addressee.objects.create(decision=decision, kind="state", state=mongolia)
            FollowUp.objects.create(
                decision=decision,
                owner="state",
                state=mongolia,
                action=f"Report ({i}.{paragraph})",
                due_next_meeting=paragraph == "1",
                due_date=None if paragraph == "1" else datetime.date(1961 + i, 1, 1),
            )
        library_document(f"Tumen annex {i}", f"Tumen River wetlands 湿地, note {i}.")
        Contribution.objects.create(
            fund=fund,
            state=mongolia,
            year=1990 + i % 30,
            amount=Decimal(1000 + i),
            currency="USD",
            published=True,
            source="tests",
        )
    due_by_refresh(series_ids={som.pk})


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("role", ["public", "focal_point_mn", "secretariat"])
def test_queries_do_not_grow_with_the_record(client_for: Any, role: str) -> None:
    """Every URL counted at both sizes in one test per role: growing the record is most of the
    time, so it is done twice per role rather than twice per URL."""
    client = client_for(role)
    som25 = Decision.objects.filter(meeting__key="som-25", adopted=True).order_by("pk").first()
    urls = [url.format(decision=som25.pk) for url in PAGES + LISTS]
    grow(3)  # a few of each, so that every list has rows at the smaller size too
    for url in urls:
        _queries(client, url)  # warm: the session, first-use lookups
    before = {url: _queries(client, url) for url in urls}
    grow(GROWTH, first=3)
    grown = [
        f"{url}: {before[url]} queries, then {after} with {GROWTH}× more rows"
        for url in urls
        if (after := _queries(client, url)) > before[url]
    ]
    assert not grown, "\n".join(grown)
