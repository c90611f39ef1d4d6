"""A meeting already held, as its report records it (meetings.services, delegations): keyed as
any meeting, its adopted agenda corrected by the report, attendance and statements once."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from neaspec.directory.models import MemberState
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Meeting, MeetingSeries


def _spc9(actor):
    return services.meeting_record(
        actor=actor,
        series=MeetingSeries.objects.get(code="SPC"),
        number=9,
        start=datetime.date(2026, 3, 3),
        end=datetime.date(2026, 3, 4),
        host=MemberState.objects.get(code="KR"),
        city="Incheon",
        modality="hybrid",
        attendance_known=True,
    )


def test_a_recorded_meeting_is_keyed_as_any_meeting_with_its_report_adopted(users):
    meeting = _spc9(users["secretariat"])
    assert (meeting.key, meeting.status, meeting.time_zone) == (
        "spc-9",
        "report_adopted",
        "Asia/Seoul",
    )
    with pytest.raises(ValidationError, match="already has a meeting of that number"):
        _spc9(users["secretariat"])


def test_a_focal_point_records_no_meeting(users):
    with pytest.raises(PermissionDenied):
        _spc9(users["focal_point_mn"])
    assert not Meeting.objects.filter(key="spc-9").exists()


def test_the_report_corrects_an_adopted_agenda(users):
    actor = users["secretariat"]
    meeting = _spc9(actor)
    first = services.agenda_item_record(
        actor=actor, meeting=meeting, number="1", title="Open", order=1
    )
    services.agenda_adopt(actor=actor, meeting=meeting)
    again = services.agenda_item_record(
        actor=actor, meeting=meeting, number="1", title="Opening of the meeting", order=1
    )
    assert again.pk == first.pk
    assert list(meeting.agenda_items.values_list("title", flat=True)) == ["Opening of the meeting"]


def test_attendance_is_recorded_once_and_statements_stay_in_their_meeting(users):
    actor = users["secretariat"]
    meeting = _spc9(actor)
    korea = MemberState.objects.get(code="KR")
    one = delegations.attendance_record(actor=actor, meeting=meeting, state=korea)
    assert delegations.attendance_record(actor=actor, meeting=meeting, state=korea) == one
    other = Meeting.objects.get(key="som-25").agenda_items.first()
    with pytest.raises(ValidationError):
        services.statement_record(
            actor=actor,
            meeting=meeting,
            speaker="state",
            state=korea,
            agenda_item=other,
            summary="-",
        )
    assert not meeting.statements.exists()
