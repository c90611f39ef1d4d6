"""Background: the consultations' reminders (an SMTP server may be slow; a page never waits)."""

from django.tasks import task

from neaspec.consultations import mail, services, surveys
from neaspec.consultations.models import Comment, Consultation, Invitee
from neaspec.directory.models import MemberState


@task()
def reminder_mail(*, consultation_id: int, state_id: int) -> str:
    """Remind one State, unless it answered since the reminder was queued."""
    consultation = Consultation.objects.filter(pk=consultation_id).first()
    state = MemberState.objects.get(pk=state_id)
    if consultation is None:
        return "gone"
    if Comment.objects.filter(consultation=consultation, state=state).exists():
        return "answered meanwhile"
    message = mail.reminder_message(consultation, state)
    if not message.to:
        return "no address"
    message.send()
    services.reminder_sent(consultation=consultation, state=state, addresses=message.to)
    return "sent"


@task()
def survey_link_mail(*, invitee_id: int) -> str:
    """Send an invited stakeholder their own link to the survey, unless it went already."""
    invitee = Invitee.objects.select_related("survey").filter(pk=invitee_id).first()
    if invitee is None or invitee.sent_at is not None:
        return "gone" if invitee is None else "sent before"
    mail.survey_link_message(invitee).send()
    surveys.invitation_sent(invitee=invitee)
    return "sent"
