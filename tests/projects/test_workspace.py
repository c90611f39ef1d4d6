"""A partner's projects whose progress is to be reported: late when their status was last
recorded before the last SOM held (or never), due when the next SOM opens within the month;
on the partner's home page and in what is due for them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from neaspec.directory.models import Organization
from neaspec.meetings import services as meetings
from neaspec.meetings.models import MeetingSeries
from neaspec.projects.models import ActivityStatus, Participation, Project
from neaspec.workspace import Row, due_for
from tests.test_home import _panels

BIG_CATS = (
    "Transboundary cooperation on the conservation of Amur tigers, Amur leopards and Snow "
    "leopards in North-East Asia"
)


def _panel(client) -> str:
    return _panels(client.get(reverse("home")).content.decode())["progress"]


@pytest.fixture
def nowpap_implements(reference: None) -> Project:
    """NOWPAP implements the big cats project, whose status SOM-25 heard (20 September 2022)."""
    project = Project.objects.get(key="big-cats")
    Participation.objects.create(
        project=project,
        role=Participation.Role.IMPLEMENTING,
        organization=Organization.objects.get(key="nowpap"),
    )
    return project


def test_with_the_reference_data_the_partner_takes_part_in_no_project(reference, users, client_for):
    panel = _panel(client_for("partner"))
    assert "Project progress to report" in panel
    assert "NOWPAP takes part in no running project recorded in the Hub." in panel
    assert due_for(users["partner"], timezone.localdate()) == []


def test_progress_not_reported_since_the_last_som_is_late(nowpap_implements, users, client_for):
    panel = _panel(client_for("partner"))
    assert f'<a href="/projects/big-cats/">{BIG_CATS}</a>' in panel
    # SOM-28 (22 September 2025) is the last SOM held in the sources.
    detail = "Late: last recorded on Sept. 20, 2022, before SOM-28 (Sept. 22, 2025)"
    assert detail in panel
    assert due_for(users["partner"], timezone.localdate()) == [
        ("Project progress to report", [Row(BIG_CATS, "/projects/big-cats/", detail)])
    ]


def test_progress_reported_since_is_due_again_only_when_the_next_som_is_near(
    nowpap_implements, users, client_for
):
    today = timezone.localdate()
    nowpap_implements.status_as_of = datetime.date(2025, 10, 1)
    nowpap_implements.save()
    assert "No progress report is due for the projects of NOWPAP." in _panel(client_for("partner"))
    som = meetings.meeting_create(
        actor=users["secretariat"],
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=today + datetime.timedelta(days=20),
        city="Ulaanbaatar",
    )
    detail = f"Due for SOM-29, which opens on {date_format(som.start)}"
    assert detail in _panel(client_for("partner"))
    assert due_for(users["partner"], today) == [
        ("Project progress to report", [Row(BIG_CATS, "/projects/big-cats/", detail)])
    ]
    # Two months ahead, it is not due yet.
    som.start = today + datetime.timedelta(days=60)
    som.save()
    assert due_for(users["partner"], today) == []


def test_a_closed_project_asks_for_nothing(nowpap_implements, users, client_for):
    nowpap_implements.status = ActivityStatus.CLOSED
    nowpap_implements.save()
    panel = _panel(client_for("partner"))
    assert "NOWPAP takes part in no running project recorded in the Hub." in panel
    assert due_for(users["partner"], timezone.localdate()) == []


def test_only_partners_have_the_panel(nowpap_implements, client_for):
    for role in ("public", "focal_point_mn", "committee_member", "translator_ja"):
        html = client_for(role).get(reverse("home")).content.decode()
        assert "panel-progress" not in html, role


def test_the_partners_home_costs_the_same_for_any_number_of_projects(
    nowpap_implements, client_for, django_assert_max_num_queries
):
    from tests.test_home import HOME_QUERIES

    nowpap = Organization.objects.get(key="nowpap")
    for key in ("sti-low-carbon-cities", "mpa-knowledge-sharing", "dauria-ipa"):
        Participation.objects.create(
            project=Project.objects.get(key=key),
            role=Participation.Role.IMPLEMENTING,
            organization=nowpap,
        )
    client = client_for("partner")
    # With projects, the last SOM held and the next one are read (two queries).
    with django_assert_max_num_queries(HOME_QUERIES["partner"] + 2):
        html = client.get(reverse("home")).content.decode()
    assert _panels(html)["progress"].count('href="/projects/') == 5  # four rows and the list
