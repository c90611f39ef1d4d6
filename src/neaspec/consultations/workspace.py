"""The home page's panel of consultations and surveys waiting for the reader's answer, and the
reminders sent on their own before a consultation of the States closes."""

import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from neaspec import sweeps
from neaspec.consultations.models import Consultation
from neaspec.consultations.selectors import consultations_visible, reminders_due
from neaspec.consultations.services import reminders_queue
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def consultations_open(request: HttpRequest, today: datetime.date) -> Panel | None:
    """Consultations open today that the signed-in reader takes part in."""
    if not request.user.is_authenticated:
        return None
    found = (
        consultations_visible(actor=request.user)
        .filter(opens__lte=today, versions__isnull=False)  # its text is here to comment on
        .exclude(closes__lt=today)
        .distinct()[:5]
    )
    rows = [
        Row(
            c.title,
            reverse("consultations:detail", args=[c.key]),
            _("Comments by %(date)s") % {"date": date_format(c.closes)} if c.closes else "",
        )
        for c in found
    ]
    if not rows:
        return None
    return listing(
        "consultations",
        _("Open consultations"),
        rows,
        more_url=reverse("consultations:list"),
        more_label=_("All consultations"),
        mine=True,
        order=30,
    )


def remind_before_closing(*, older_than: datetime.timedelta) -> list[Any]:
    """Each consultation of the States closing within NEASPEC_CONSULTATION_REMIND_DAYS that
    has not reminded anyone yet reminds those who have not answered (once)."""
    reminded = []
    for due in reminders_due(days=settings.NEASPEC_CONSULTATION_REMIND_DAYS):
        with transaction.atomic():
            # Several servers sweep: the first to lock the row reminds, the others see it done.
            consultation = (
                Consultation.objects.select_for_update().filter(pk=due.pk, reminded_at=None).first()
            )
            if consultation is not None and reminders_queue(consultation=consultation):
                reminded.append(consultation)
    return reminded


sweeps.register("consultation(s) reminded before closing", remind_before_closing)
