"""Reads of the outbox: what was sent about a meeting, a consultation or a survey, and where
each message stands."""

from collections import defaultdict

from django.db.models import QuerySet

from neaspec.mail.models import Message


def outbox_list(*, regarding: str = "", status: str = "") -> QuerySet[Message]:
    """The outbox, newest first, optionally about one thing ("meeting:som-29") or in one status."""
    messages = Message.objects.select_related("queued_by").defer("body", "attachment")
    if regarding:
        messages = messages.filter(regarding=regarding)
    if status:
        messages = messages.filter(status=status)
    return messages


def latest_by_record(*, regarding: str) -> dict[str, list[Message]]:
    """For each record (an invitation), the messages of its latest batch: one per address, or
    the one that says there was no address."""
    return _latest(outbox_list(regarding=regarding).exclude(record=""), "record")


def latest_by_recipient(*, regarding: str, purpose: str) -> dict[str, list[Message]]:
    """For each recipient ("state:MN"), the messages of the latest batch of `purpose` about
    `regarding` (the draft report's notice to each State, a consultation's reminders)."""
    return _latest(outbox_list(regarding=regarding).filter(purpose=purpose), "recipient_key")


def _latest(messages: QuerySet[Message], key: str) -> dict[str, list[Message]]:
    found: dict[str, list[Message]] = defaultdict(list)
    latest: dict[str, str] = {}
    for message in messages.order_by("-pk"):
        batch = latest.setdefault(getattr(message, key), message.batch)
        if message.batch == batch:
            found[getattr(message, key)].append(message)
    return dict(found)


def summary(messages: list[Message]) -> str:
    """One status for a batch of messages: sent when any address got it, else the furthest."""
    statuses = {m.status for m in messages}
    for status in (
        Message.Status.SENT,
        Message.Status.SENDING,
        Message.Status.QUEUED,
        Message.Status.FAILED,
        Message.Status.NO_ADDRESS,
    ):
        if status in statuses:
            return status
    return ""
