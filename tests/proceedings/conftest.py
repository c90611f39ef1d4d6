"""SOM-29 on its first day: its agenda (item 5 with sub-item 5(a)), Mongolia's and Japan's
delegates registered, and a focal point of each State."""

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from neaspec.directory.models import MemberState
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Meeting, MeetingSeries
from tests.factories import focal_point_user


@pytest.fixture
def som29(users: dict[str, Any]) -> Meeting:
    actor = users["secretariat"]
    today = timezone.localdate()
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=today + datetime.timedelta(days=10),
        end=today + datetime.timedelta(days=11),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
    )
    five = services.agenda_item_add(
        actor=actor, meeting=meeting, number="5", title="Programme planning"
    )
    services.agenda_item_add(
        actor=actor,
        meeting=meeting,
        number="5(a)",
        title="Transboundary air pollution",
        parent=five,
    )
    services.meeting_status_set(actor=actor, meeting=meeting, status="registration_open")
    for code, name in (("MN", "Batbayar Enkhtuya"), ("JP", "Sato Hanako")):
        delegations.registration_submit(
            actor=actor,
            meeting=meeting,
            state=MemberState.objects.get(code=code),
            name=name,
            role="head_of_delegation",
            email=f"delegate@example.{code.lower()}",
        )
    return meeting


@pytest.fixture
def japan_focal_point_user(reference: None) -> Any:
    return focal_point_user("JP")


@pytest.fixture
def as_role(client_for: Any, japan_focal_point_user: Any) -> Any:
    """A signed-in client for a role of `users`, or "focal_point_jp"."""

    def make(role: str) -> Client:
        if role == "focal_point_jp":
            client = Client()
            client.force_login(japan_focal_point_user)
            return client
        return client_for(role)

    return make
