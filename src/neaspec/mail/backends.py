"""Django's own e-mail (password reset, error reports to the admins) into the outbox too: the
default mailer records each message and the worker hands it to the "delivery" mailer, as the
Hub's own messages are. So every message the Hub sends is in the outbox with its status."""

from collections.abc import Sequence

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend

from neaspec.mail.models import Purpose
from neaspec.mail.services import Attachment, Letter, Recipient, message_queue


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        for email in email_messages:
            attachments = [
                Attachment(a[0], a[1], a[2])
                for a in email.attachments
                if isinstance(a, tuple) and isinstance(a[1], str) and a[0]
            ]
            for address in [*email.to, *email.cc, *email.bcc]:
                message_queue(
                    actor=None,
                    purpose=Purpose.OTHER,
                    recipient=Recipient(address, "", [address]),
                    letter=Letter(str(email.subject), str(email.body), attachments),
                )
        return len(email_messages)
