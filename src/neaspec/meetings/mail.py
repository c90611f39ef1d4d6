"""The Hub's e-mails about a meeting: the invitation (with the meeting as a calendar event), its
reminders, the draft report sent for replies. Each is queued in the outbox (neaspec.mail) when
the action is recorded, with the addresses of that day; a recipient without one is recorded as
"no address" so the page names it."""

import datetime
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from neaspec.accounts.models import Actor, Role, User
from neaspec.directory.models import FocalPoint, Membership, MemberState
from neaspec.directory.selectors import state_focal_point_addresses
from neaspec.mail.models import Message, Purpose
from neaspec.mail.services import Attachment, Letter, Recipient, message_queue, when_sent
from neaspec.meetings.calendar import ical
from neaspec.meetings.models import Invitation, Meeting


def _current(today: datetime.date) -> Q:
    return Q(start__lte=today) & (Q(end=None) | Q(end__gte=today))


def _users(**grant: object) -> set[str]:
    return set(
        User.objects.filter(is_active=True, grants__role=grant.pop("role"), **grant)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def state_addresses(state: MemberState, today: datetime.date | None = None) -> list[str]:
    """A State's focal points today: those in the directory and those with an account."""
    listed = set(state_focal_point_addresses(state=state, today=today))
    return sorted(listed | _users(role=Role.FOCAL_POINT, grants__state=state))


def state_recipient(state: MemberState, today: datetime.date | None = None) -> Recipient:
    return Recipient(state.name, f"state:{state.code}", state_addresses(state, today))


def states_without_address() -> list[MemberState]:
    """The member States none of whose focal points has an e-mail address today (in the
    directory or on an account): named on the invitations page before anything is sent."""
    today = timezone.localdate()
    listed = FocalPoint.objects.filter(_current(today)).exclude(person__email="")
    reachable = set(listed.values_list("state_id", flat=True))
    reachable |= set(
        User.objects.filter(is_active=True, grants__role=Role.FOCAL_POINT)
        .exclude(email="")
        .values_list("grants__state_id", flat=True)
    )
    return list(MemberState.objects.exclude(pk__in=reachable).order_by("name"))


def invitation_recipient(invitation: Invitation) -> Recipient:
    today = timezone.localdate()
    if invitation.state:
        return state_recipient(invitation.state, today)
    if invitation.organization:
        addresses = _users(role=Role.PARTNER, grants__organization=invitation.organization)
        org = invitation.organization
        return Recipient(org.name, f"organization:{org.key}", sorted(addresses))
    assert invitation.body is not None
    members = Membership.objects.filter(_current(today), body=invitation.body).exclude(
        person__email=""
    )
    listed = set(members.values_list("person__email", flat=True))
    listed |= _users(role=Role.COMMITTEE_MEMBER, grants__body=invitation.body)
    return Recipient(invitation.body.name, f"body:{invitation.body.key}", sorted(listed))


def link(name: str, obj: Any) -> str:
    """The Hub's absolute address of the page `name` of `obj` (a meeting, a consultation, a
    survey: anything named by its key), for e-mails and evidence that leave the site."""
    return settings.NEASPEC_SITE_URL + reverse(name, args=[obj.key])


def invitation_letter(invitation: Invitation, *, reminder: bool) -> Letter:
    meeting = invitation.meeting
    # The programme's working language: the Secretariat writes to all six States in English.
    with translation.override("en"):
        context = {
            "invitation": invitation,
            "meeting": meeting,
            "reminder": reminder,
            "registration_url": link("meetings:registration", meeting),
            "meeting_url": link("meetings:detail", meeting),
        }
        subject = render_to_string("meetings/mail/invitation_subject.txt", context)
        body = render_to_string("meetings/mail/invitation.txt", context)
    attachments = []
    if meeting.start is not None:  # a meeting without a date cannot be placed in a calendar
        event = ical([meeting], name=str(meeting), base_url=settings.NEASPEC_SITE_URL)
        attachments.append(
            Attachment(f"{meeting.key}.ics", event.decode(), "text/calendar; method=PUBLISH")
        )
    return Letter(subject, body, attachments)


def invitation_queue(*, actor: Actor, invitation: Invitation, reminder: bool) -> list[Message]:
    """Queue the invitation (or a reminder) to the invitee's addresses as they are today."""
    purpose = Purpose.MEETING_REMINDER if reminder else Purpose.MEETING_INVITATION
    return message_queue(
        actor=actor,
        purpose=purpose,
        recipient=invitation_recipient(invitation),
        letter=invitation_letter(invitation, reminder=reminder),
        regarding=f"meeting:{invitation.meeting.key}",
        record=f"invitation:{invitation.pk}",
    )


def report_letter(meeting: Meeting, state: MemberState) -> Letter:
    with translation.override("en"):
        context = {
            "meeting": meeting,
            "state": state,
            "report_url": link("meetings:report", meeting),
        }
        subject = render_to_string("meetings/mail/report_subject.txt", context)
        body = render_to_string("meetings/mail/report.txt", context)
    return Letter(subject, body)


def report_circulation_queue(*, actor: Actor, meeting: Meeting, states: list[MemberState]) -> None:
    """Queue the draft report's notice to each State asked to answer."""
    today = timezone.localdate()
    for state in states:
        message_queue(
            actor=actor,
            purpose=Purpose.REPORT_CIRCULATION,
            recipient=state_recipient(state, today),
            letter=report_letter(meeting, state),
            regarding=f"meeting:{meeting.key}",
        )


def _invitation_sent(message: Message) -> None:
    from neaspec.meetings.delegations import invitation_sent

    kind, _, pk = message.record.partition(":")
    invitation = Invitation.objects.filter(pk=int(pk)).first() if kind == "invitation" else None
    if invitation is not None:
        invitation_sent(
            invitation=invitation,
            address=message.address,
            reminder=message.purpose == Purpose.MEETING_REMINDER,
            queued_at=message.queued_at,
        )


when_sent(Purpose.MEETING_INVITATION, _invitation_sent)
when_sent(Purpose.MEETING_REMINDER, _invitation_sent)
