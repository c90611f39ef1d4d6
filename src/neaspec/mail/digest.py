"""The weekly digest: each person with an address, who has not turned it off, gets once a week
the list of what is due for them (what their home page's "Your work" shows, read by the same
selectors through `neaspec.workspace.due_for`). Nothing due, no digest.

`neaspec serve` asks every minute (a sweep); the record of each week's digest makes the second
and later asks of the same week do nothing, so several servers or a restart never send twice."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone, translation

from neaspec.accounts.models import User
from neaspec.mail.models import Message, OptOut, Purpose
from neaspec.mail.services import Letter, Recipient, message_queue
from neaspec.workspace import due_for


def _week(today: datetime.date) -> str:
    year, week, _ = today.isocalendar()
    return f"{year}-W{week:02d}"


def digests_queue(*, today: datetime.date | None = None) -> list[Message]:
    """Queue this week's digest for each person who has something due and has not had it."""
    today = today or timezone.localdate()
    week = _week(today)
    done = set(
        Message.objects.filter(purpose=Purpose.DIGEST, regarding=f"digest:{week}").values_list(
            "record", flat=True
        )
    )
    declined = OptOut.objects.filter(purpose=Purpose.DIGEST).values("user_id")
    people = (
        User.objects.filter(is_active=True)
        .exclude(email="")
        .exclude(pk__in=declined)
        .order_by("pk")
    )
    queued: list[Message] = []
    for user in people:
        if f"user:{user.pk}" in done:
            continue
        # In English, the programme's working language, as its other e-mails.
        with translation.override("en"):
            sections = due_for(user, today)
            if not sections:
                continue
            context = {
                "user": user,
                "sections": sections,
                "week": week,
                "site": settings.NEASPEC_SITE_URL,
            }
            subject = render_to_string("mail/digest_subject.txt", context)
            body = render_to_string("mail/digest.txt", context)
        queued += message_queue(
            actor=None,
            purpose=Purpose.DIGEST,
            recipient=Recipient(
                user.get_full_name() or user.email, f"user:{user.pk}", [user.email]
            ),
            letter=Letter(subject, body),
            regarding=f"digest:{week}",
            record=f"user:{user.pk}",
        )
    return queued


def digests_due(*, older_than: datetime.timedelta) -> list[Message]:
    """The sweep's entry: on Mondays, once, this week's digests not queued yet. The sweep runs
    every minute; the shared cache spares the other minutes' reading what is due for everyone
    (were it lost, the outbox's record of each digest still keeps anyone from a second one)."""
    today = timezone.localdate()
    if today.weekday() != 0 or not cache.add(f"neaspec:digest:{_week(today)}", True, 8 * 86400):
        return []
    return digests_queue(today=today)
