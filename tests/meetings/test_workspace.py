"""A committee member's meetings on the home page: their committee's meetings being prepared or
waiting for their report, each with its checklist and its preparation page, the last one held;
and what is due: a meeting opening within the month, a meeting held whose report waits."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from neaspec.meetings import services
from neaspec.meetings.models import Meeting, MeetingSeries
from neaspec.workspace import Row, due_for
from tests.test_home import _panels


def _spc(users, number: int, start: datetime.date) -> Meeting:
    return services.meeting_create(
        actor=users["committee_member"],
        series=MeetingSeries.objects.get(code="SPC"),
        number=number,
        start=start,
        city="Seoul",
    )


def _panel(client) -> str:
    return _panels(client.get(reverse("home")).content.decode())["committee-meetings"]


def test_with_the_reference_data_the_committee_member_sees_the_last_meeting_held(
    reference, client_for
):
    panel = _panel(client_for("committee_member"))
    assert "Meetings of the NEACAP Science and Policy Committee" in panel
    assert "Last held: SPC-5, Sept. 8, 2023" in panel
    assert "No meeting of the committee is being prepared or waits for its report." in panel
    assert 'href="/meetings/?series=SPC"' in panel
    assert 'href="/meetings/new/"' in panel


def test_a_coming_meeting_of_the_committee_comes_with_its_checklist(reference, users, client_for):
    today = timezone.localdate()
    _spc(users, 6, today + datetime.timedelta(days=20))
    client = client_for("committee_member")
    panel = _panel(client)
    assert '<a href="/meetings/spc-6/prepare/">SPC-6</a>' in panel
    assert "Provisional agenda circulated" in panel
    assert "No meeting of the committee is being prepared" not in panel
    # The member prepares it there.
    assert client.get(reverse("meetings:prepare", args=["spc-6"])).status_code == 200


def test_what_is_due_is_the_meeting_opening_within_the_month_and_the_report_waiting(
    reference, users
):
    today = datetime.date(2026, 12, 7)
    member = users["committee_member"]
    assert "Meetings of your committee" not in dict(due_for(member, today))
    _spc(users, 6, today + datetime.timedelta(days=20))
    _spc(users, 7, today + datetime.timedelta(days=90))  # prepared, not yet due
    held = _spc(users, 8, today - datetime.timedelta(days=10))
    Meeting.objects.filter(pk=held.pk).update(status=Meeting.Status.HELD)
    assert dict(due_for(member, today))["Meetings of your committee"] == [
        Row(
            "SPC-8: Held",
            "/meetings/spc-8/prepare/",
            f"Held on {date_format(held.start)}; the report is not adopted yet",
        ),
        Row(
            "SPC-6: Planned",
            "/meetings/spc-6/prepare/",
            f"Opens on {date_format(today + datetime.timedelta(days=20))}",
        ),
    ]
    # A focal point does not organize the committee's meetings.
    assert "Meetings of your committee" not in dict(due_for(users["focal_point_mn"], today))


def test_only_committee_members_have_the_panel(reference, client_for):
    for role in ("public", "focal_point_mn", "partner", "translator_ja"):
        html = client_for(role).get(reverse("home")).content.decode()
        assert "panel-committee-meetings" not in html, role


@pytest.mark.parametrize("meetings", [0, 4])
def test_the_committee_panel_costs_the_same_for_any_number_of_meetings(
    reference, users, client_for, django_assert_max_num_queries, meetings
):
    today = timezone.localdate()
    for number in range(6, 6 + meetings):
        _spc(users, number, today + datetime.timedelta(days=number))
    client = client_for("committee_member")
    # 33 as for the other roles, and the checklists of the meetings read for all at once.
    with django_assert_max_num_queries(33 + 7):
        html = client.get(reverse("home")).content.decode()
    panel = html.split('id="panel-committee-meetings"')[1].split("</section>")[0]
    assert panel.count("/prepare/") == meetings
