"""Invitations and reminders go through a real SMTP server (the `smtp` fixture: aiosmtpd)."""

import datetime
from typing import Any

from neaspec.directory.models import MemberState
from neaspec.mail.models import Message
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Invitation, MeetingSeries
from tests.conftest import Inbox


def test_an_invitation_and_its_reminder_reach_the_focal_point(
    smtp: Inbox, users: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    focal_point = users["focal_point_mn"]
    focal_point.email = "focal.point@mne.gov.mn"
    focal_point.save()
    actor = users["secretariat"]
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=datetime.date(2027, 9, 20),
        end=datetime.date(2027, 9, 21),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
        registration_deadline=datetime.date(2027, 9, 1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        invitation = delegations.invitation_send(
            actor=actor, meeting=meeting, state=MemberState.objects.get(code="MN")
        )
    [(to, message)] = smtp.messages
    assert to == ["focal.point@mne.gov.mn"]
    assert message["Subject"] == "Invitation to SOM-29, 20 September 2027"
    text = smtp.text(0)
    assert "invite Mongolia to Senior Officials Meeting SOM-29" in text
    assert "by 1 September 2027" in text
    assert "https://hub.neaspec.example/meetings/som-29/registration/" in text
    invitation.refresh_from_db()
    assert invitation.sent_at is not None
    assert invitation.addresses == "focal.point@mne.gov.mn"
    # The meeting as a calendar event, placed in its own time zone.
    event = smtp.attachment(0, "text/calendar")
    assert "BEGIN:VEVENT" in event
    assert "UID:som-29@neaspec-hub" in event
    assert "DTSTART;VALUE=DATE:20270920" in event
    assert "https://hub.neaspec.example/meetings/som-29/" in event.replace("\r\n ", "")

    with django_capture_on_commit_callbacks(execute=True):
        delegations.invitation_remind(actor=actor, invitation=invitation)
    assert len(smtp.messages) == 2
    assert smtp.messages[1][1]["Subject"].startswith("Reminder: Invitation to SOM-29")
    assert Invitation.objects.get(pk=invitation.pk).reminders == 1


def test_an_invitee_without_an_address_stays_unsent(
    smtp: Inbox, users: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    meeting = services.meeting_create(
        actor=users["secretariat"],
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=datetime.date(2027, 9, 20),
    )
    with django_capture_on_commit_callbacks(execute=True):
        invitation = delegations.invitation_send(
            actor=users["secretariat"], meeting=meeting, state=MemberState.objects.get(code="KP")
        )
    assert smtp.messages == []
    invitation.refresh_from_db()
    assert invitation.sent_at is None  # the page offers to send it again once an address is known
    [message] = Message.objects.filter(record=f"invitation:{invitation.pk}")
    assert message.status == Message.Status.NO_ADDRESS
    assert (
        message.reason == "No e-mail address is recorded for Democratic People's Republic of Korea."
    )
