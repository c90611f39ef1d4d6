"""The Hub's e-mails about a meeting: the invitation, its reminders, the draft report sent for
replies. Addresses are read when the mail goes out, so a focal point changed meanwhile gets it."""

import datetime
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from neaspec.accounts.models import Role, User
from neaspec.directory.models import FocalPoint, Membership, MemberState
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
    today = today or timezone.localdate()
    listed = FocalPoint.objects.filter(_current(today), state=state).exclude(person__email="")
    emails = set(listed.values_list("person__email", flat=True))
    return sorted(emails | _users(role=Role.FOCAL_POINT, grants__state=state))


def invitation_addresses(invitation: Invitation) -> list[str]:
    today = timezone.localdate()
    if invitation.state:
        return state_addresses(invitation.state, today)
    if invitation.organization:
        return sorted(_users(role=Role.PARTNER, grants__organization=invitation.organization))
    members = Membership.objects.filter(_current(today), body=invitation.body).exclude(
        person__email=""
    )
    listed = set(members.values_list("person__email", flat=True))
    return sorted(listed | _users(role=Role.COMMITTEE_MEMBER, grants__body=invitation.body))


def link(name: str, obj: Any) -> str:
    """The Hub's absolute address of the page `name` of `obj` (a meeting, a consultation, a
    survey: anything named by its key), for e-mails and evidence that leave the site."""
    return settings.NEASPEC_SITE_URL + reverse(name, args=[obj.key])


def invitation_message(invitation: Invitation, *, reminder: bool) -> EmailMessage:
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
        subject = render_to_string("meetings/mail/invitation_subject.txt", context).strip()
        body = render_to_string("meetings/mail/invitation.txt", context)
    return EmailMessage(subject, body, to=invitation_addresses(invitation))


def report_message(meeting: Meeting, state: MemberState) -> EmailMessage:
    with translation.override("en"):
        context = {
            "meeting": meeting,
            "state": state,
            "report_url": link("meetings:report", meeting),
        }
        subject = render_to_string("meetings/mail/report_subject.txt", context).strip()
        body = render_to_string("meetings/mail/report.txt", context)
    return EmailMessage(subject, body, to=state_addresses(state))
