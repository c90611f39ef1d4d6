"""SOM-29, a meeting in preparation, for the preparation pages' tests (and the library's form
on them)."""

import datetime
from typing import Any

import pytest
from django.utils import timezone

from neaspec.directory.models import MemberState
from neaspec.meetings import services
from neaspec.meetings.models import Meeting, MeetingSeries


def meeting_in_preparation(actor: Any) -> Meeting:
    """SOM-29 in six weeks in Ulaanbaatar, its registration open, item 1 on its agenda."""
    start = timezone.localdate() + datetime.timedelta(days=42)
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=start,
        end=start + datetime.timedelta(days=1),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
        online_link="https://meet.example/som29",
    )
    services.agenda_item_add(actor=actor, meeting=meeting, number="1", title="Opening")
    services.meeting_status_set(actor=actor, meeting=meeting, status="registration_open")
    return meeting


@pytest.fixture
def som29(users: dict[str, Any]) -> Meeting:
    return meeting_in_preparation(users["secretariat"])
