"""Writes to the outbox: queue a message for its recipients, send it (from the worker), retry it.

A message says "sent" only once the mail server accepted it. Each failure keeps its reason:
no address, an address the server refused, a header that could not be written, or a server
that could not be reached (tried again later, up to MAX_ATTEMPTS times).

Apps that must know when their message went (an invitation marked sent) register a callback
for their purpose with `when_sent`, as they register panels on the home page.
"""

import datetime
import logging
import smtplib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, User
from neaspec.accounts.rules import require
from neaspec.mail.models import Message, OptOut, Purpose

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# The mailer that talks to the mail server; the default one records into the outbox.
DELIVERY = "delivery"
Status = Message.Status


@dataclass(frozen=True)
class Recipient:
    """Whom a message is for: a name in words, a key for the page that lists them
    ("state:MN"), and their addresses today (none is a recipient the page must name)."""

    name: str
    key: str = ""
    addresses: Sequence[str] = ()


@dataclass(frozen=True)
class Attachment:
    name: str
    content: str
    mimetype: str


@dataclass(frozen=True)
class Letter:
    """What is sent, the same to every address of the recipient."""

    subject: str
    body: str
    attachments: Sequence[Attachment] = field(default=())


def one_line(text: str) -> str:
    """Text bound for a header, on one line: a name typed with a line break must never stop a
    message (Django refuses such a header, and the task would fail where nobody sees it)."""
    return " ".join(text.split())


_SENT_CALLBACKS: dict[str, list[Callable[[Message], None]]] = {}


def when_sent(purpose: str, callback: Callable[[Message], None]) -> None:
    """Call `callback(message)` each time a message of `purpose` is sent."""
    _SENT_CALLBACKS.setdefault(purpose, []).append(callback)


def message_queue(
    *,
    actor: Actor | None,
    purpose: str,
    recipient: Recipient,
    letter: Letter,
    regarding: str = "",
    record: str = "",
    batch: str = "",
) -> list[Message]:
    """Record a message to each of the recipient's addresses and send it from the worker once
    the caller's transaction commits; a recipient without an address is recorded as such."""
    batch = batch or uuid.uuid4().hex
    now = timezone.now()
    addresses = sorted({a.strip() for a in recipient.addresses if a and a.strip()})
    attachment = letter.attachments[0] if letter.attachments else None
    common = {
        "purpose": purpose,
        "regarding": regarding,
        "record": record,
        "recipient": one_line(recipient.name)[:300],
        "recipient_key": recipient.key,
        "subject": one_line(letter.subject)[:300],
        "body": letter.body,
        "attachment_name": attachment.name if attachment else "",
        "attachment_type": attachment.mimetype if attachment else "",
        "attachment": attachment.content if attachment else "",
        "batch": batch,
        "queued_by": actor if getattr(actor, "is_authenticated", False) else None,
    }
    if not addresses:
        reason = _("No e-mail address is recorded for %s.") % common["recipient"]
        message = Message.objects.create(
            **common, status=Status.NO_ADDRESS, reason=reason, attempted_at=now
        )
        return [message]
    messages = [Message.objects.create(**common, address=address) for address in addresses]
    for message in messages:
        transaction.on_commit(partial(_enqueue, message.pk))
    return messages


def _enqueue(message_id: int) -> None:
    from neaspec.mail.tasks import message_send

    message_send.enqueue(message_id=message_id)


def _claim(message_id: int) -> Message | None:
    """Take a queued message for sending (one worker only), counting the attempt."""
    with transaction.atomic():
        message = (
            Message.objects.select_for_update().filter(pk=message_id, status=Status.QUEUED).first()
        )
        if message is None:
            return None
        message.status, message.attempted_at = Status.SENDING, timezone.now()
        message.attempts += 1
        message.save(update_fields=["status", "attempted_at", "attempts"])
        return message


def _email(message: Message) -> EmailMessage:
    email = EmailMessage(one_line(message.subject), message.body, to=[message.address])
    if message.attachment_name:
        email.attach(message.attachment_name, message.attachment, message.attachment_type)
    return email


def message_send(*, message_id: int) -> str:
    """Hand one queued message to the mail server (the worker's task); its status after."""
    message = _claim(message_id)
    if message is None:
        return "not queued"
    # The server is talked to outside any transaction: a slow server holds no lock.
    try:
        _email(message).send(using=DELIVERY)
    except smtplib.SMTPRecipientsRefused as error:
        refused = "; ".join(f"{a}: {code} {text!r}" for a, (code, text) in error.recipients.items())
        return _failed(message, _("The mail server refused the address (%s).") % refused)
    except ValueError as error:  # a header Django refuses to write (BadHeaderError)
        return _failed(message, _("The message could not be written: %s") % error)
    except (smtplib.SMTPException, OSError) as error:
        if message.attempts >= MAX_ATTEMPTS:
            return _failed(
                message,
                _("The mail server could not be reached after %(n)d attempts: %(error)s")
                % {"n": message.attempts, "error": error},
            )
        reason = _("Attempt %(n)d failed (%(error)s); it will be tried again.") % {
            "n": message.attempts,
            "error": error,
        }
        Message.objects.filter(pk=message.pk).update(status=Status.QUEUED, reason=reason)
        return "queued again"
    with transaction.atomic():
        Message.objects.filter(pk=message.pk).update(
            status=Status.SENT, sent_at=timezone.now(), reason=_where_it_went()
        )
        message.status = Status.SENT
        for callback in _SENT_CALLBACKS.get(message.purpose, []):
            callback(message)
    return "sent"


def _where_it_went() -> str:
    delivery: dict[str, Any] = settings.MAILERS[DELIVERY]  # type: ignore[assignment]
    backend = str(delivery.get("BACKEND", ""))
    if backend.endswith("console.EmailBackend"):
        return _("Printed on the server's console: no mail server is configured (EMAIL_HOST).")
    return ""


def _failed(message: Message, reason: str) -> str:
    logger.warning("e-mail %s to %s failed: %s", message.pk, message.address, reason)
    Message.objects.filter(pk=message.pk).update(status=Status.FAILED, reason=reason)
    return "failed"


def _retry_due(attempts: int) -> datetime.timedelta:
    """How long a message waits after its n-th failed attempt: 1, 2, 4, 8 minutes."""
    return datetime.timedelta(minutes=2 ** max(attempts - 1, 0))


def messages_requeue_stale(*, older_than: datetime.timedelta) -> list[Message]:
    """Queue again what a worker left: a message taken for sending by a worker that stopped, one
    whose task was lost, and one whose server failure waited long enough to be tried again."""
    now = timezone.now()
    stale = Q(status=Status.SENDING, attempted_at__lt=now - older_than) | Q(
        status=Status.QUEUED, attempts=0, queued_at__lt=now - older_than
    )
    found = list(Message.objects.filter(stale))
    retrying = Message.objects.filter(status=Status.QUEUED, attempts__gt=0)
    found += [
        m for m in retrying if m.attempted_at and now - m.attempted_at > _retry_due(m.attempts)
    ]
    for message in found:
        if message.status == Status.SENDING:
            Message.objects.filter(pk=message.pk, status=Status.SENDING).update(
                status=Status.QUEUED
            )
        _enqueue(message.pk)
    return found


@transaction.atomic
def message_retry(*, actor: Actor, message: Message) -> Message:
    """Try a failed message again (after its address was corrected, or the server repaired)."""
    require(actor, "mail.retry", message)
    message = Message.objects.select_for_update().get(pk=message.pk)
    if message.status != Status.FAILED:
        raise ValidationError(_("Only a message that failed can be tried again."))
    message.status, message.attempts, message.reason = Status.QUEUED, 0, ""
    message.save(update_fields=["status", "attempts", "reason"])
    transaction.on_commit(partial(_enqueue, message.pk))
    return message


@transaction.atomic
def opt_out_set(*, actor: Actor, user: User, purpose: str, receive: bool) -> bool:
    """Whether `user` receives messages of `purpose` (the weekly digest) from now on."""
    require(actor, "mail.choose_messages", user)
    if purpose != Purpose.DIGEST:
        raise ValidationError(_("Only the weekly digest can be turned off."))
    if receive:
        OptOut.objects.filter(user=user, purpose=purpose).delete()
    else:
        OptOut.objects.get_or_create(user=user, purpose=purpose)
    return receive
