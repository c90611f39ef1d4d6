"""The reminder that a consultation closes soon, to a State that has not answered."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from neaspec.consultations.models import Consultation, Invitee
from neaspec.consultations.surveys import survey_link
from neaspec.directory.models import MemberState
from neaspec.meetings.mail import link, state_addresses


def reminder_message(consultation: Consultation, state: MemberState) -> EmailMessage:
    # The programme's working language, as for the meetings' e-mails.
    with translation.override("en"):
        context = {
            "consultation": consultation,
            "state": state,
            "url": link("consultations:detail", consultation),
        }
        subject = render_to_string("consultations/mail/reminder_subject.txt", context).strip()
        body = render_to_string("consultations/mail/reminder.txt", context)
    return EmailMessage(subject, body, to=state_addresses(state))


def survey_link_message(invitee: Invitee) -> EmailMessage:
    with translation.override("en"):
        context = {
            "invitee": invitee,
            "survey": invitee.survey,
            "url": survey_link(invitee.survey, invitee),
        }
        subject = render_to_string("consultations/mail/survey_subject.txt", context).strip()
        body = render_to_string("consultations/mail/survey.txt", context)
    return EmailMessage(subject, body, to=[invitee.email])
