"""Background: the meeting's e-mails (an SMTP server may be slow or away; a page never waits)."""

from django.tasks import task

from neaspec.meetings import delegations, mail, services
from neaspec.meetings.models import Invitation, Meeting


@task()
def invitation_mail(*, invitation_id: int, reminder: bool) -> str:
    """Send an invitation (or a reminder) to the invitee's addresses as they are today. A
    worker killed before sending leaves it unsent, and the invitations page offers it again."""
    invitation = (
        Invitation.objects.select_related("meeting__series", "meeting__host")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return "gone"
    message = mail.invitation_message(invitation, reminder=reminder)
    if not message.to:
        return "no address"
    message.send()
    delegations.invitation_sent(invitation=invitation, addresses=message.to, reminder=reminder)
    return "sent"


@task()
def report_circulation_send(*, meeting_id: int) -> int:
    """Send the draft report's notice to each State asked to answer; the number sent."""
    meeting = Meeting.objects.select_related("series").get(pk=meeting_id)
    sent = 0
    for state in services.states_answering(meeting):
        message = mail.report_message(meeting, state)
        if message.to:
            message.send()
            sent += 1
    return sent
