"""The home page's meeting panel: the next meeting, or the last one held."""

import datetime

from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from neaspec.meetings.models import Meeting
from neaspec.workspace import Panel, Row, contributes, listing


def _row(meeting: Meeting) -> Row:
    when = date_format(meeting.start) if meeting.start else meeting.date_note
    where = ", ".join(x for x in (meeting.city, str(meeting.host or "")) if x)
    detail = " · ".join(x for x in (when, where, meeting.get_modality_display()) if x)
    label = (
        f"{meeting.label}: {meeting.title}" if meeting.title and meeting.number else meeting.label
    )
    return Row(label, reverse("meetings:detail", args=[meeting.key]), detail)


@contributes
def next_meeting(request: HttpRequest, today: datetime.date) -> Panel | None:
    dated = Meeting.objects.select_related("series", "host").exclude(start=None)
    upcoming = dated.filter(start__gte=today).order_by("start").first()
    meeting: Meeting | None = upcoming
    if upcoming is not None:
        heading = _("Next meeting")
    else:
        meeting = dated.filter(start__lt=today).order_by(F("start").desc()).first()
        heading = _("Last meeting")
    rows = [_row(meeting)] if meeting else []
    lead = "" if upcoming else _("No coming meeting is scheduled yet.")
    return listing(
        "meeting",
        heading,
        rows,
        lead=lead,
        more_url=reverse("meetings:list"),
        more_label=_("All meetings"),
        order=10,
    )
