"""The consultations' e-mails: the reminder that a consultation closes soon, to a State that has
not answered, and a stakeholder's own link to a survey. Queued in the outbox (neaspec.mail)."""

from django.template.loader import render_to_string
from django.utils import translation

from neaspec.accounts.models import Actor
from neaspec.consultations.models import Consultation, Invitee
from neaspec.directory.models import MemberState
from neaspec.mail.models import Message, Purpose
from neaspec.mail.services import Letter, Recipient, message_queue, when_sent
from neaspec.meetings.mail import link, state_recipient


def reminder_queue(*, consultation: Consultation, state: MemberState) -> list[Message]:
    # The programme's working language, as for the meetings' e-mails.
    with translation.override("en"):
        context = {
            "consultation": consultation,
            "state": state,
            "url": link("consultations:detail", consultation),
        }
        subject = render_to_string("consultations/mail/reminder_subject.txt", context)
        body = render_to_string("consultations/mail/reminder.txt", context)
    return message_queue(
        actor=None,
        purpose=Purpose.CONSULTATION_REMINDER,
        recipient=state_recipient(state),
        letter=Letter(subject, body),
        regarding=f"consultation:{consultation.key}",
        record=f"consultation:{consultation.pk}:{state.pk}",
    )


def survey_link_queue(*, actor: Actor, invitee: Invitee) -> list[Message]:
    from neaspec.consultations.surveys import survey_link

    with translation.override("en"):
        context = {
            "invitee": invitee,
            "survey": invitee.survey,
            "url": survey_link(invitee.survey, invitee),
        }
        subject = render_to_string("consultations/mail/survey_subject.txt", context)
        body = render_to_string("consultations/mail/survey.txt", context)
    return message_queue(
        actor=actor,
        purpose=Purpose.SURVEY_LINK,
        recipient=Recipient(invitee.name, f"invitee:{invitee.pk}", [invitee.email]),
        letter=Letter(subject, body),
        regarding=f"survey:{invitee.survey.key}",
        record=f"invitee:{invitee.pk}",
    )


def _reminder_sent(message: Message) -> None:
    from neaspec.consultations.services import reminder_sent

    _, consultation_id, state_id = message.record.split(":")
    consultation = Consultation.objects.filter(pk=int(consultation_id)).first()
    state = MemberState.objects.filter(pk=int(state_id)).first()
    if consultation is not None and state is not None:
        reminder_sent(consultation=consultation, state=state, address=message.address)


def _survey_link_sent(message: Message) -> None:
    from neaspec.consultations.surveys import invitation_sent

    invitee = Invitee.objects.filter(pk=int(message.record.partition(":")[2])).first()
    if invitee is not None:
        invitation_sent(invitee=invitee)


when_sent(Purpose.CONSULTATION_REMINDER, _reminder_sent)
when_sent(Purpose.SURVEY_LINK, _survey_link_sent)
