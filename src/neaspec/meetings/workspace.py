"""The home page's meeting panels: the next meeting (or the last one held), and for those who
organize meetings, each coming meeting's preparation checklist."""

import datetime

from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from neaspec.meetings.preparation import checklist, meetings_in_preparation
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


# The checklists of this many coming meetings (the soonest) are on the workspace.
PREPARING = 4


@contributes
def meetings_in_preparation_panel(request: HttpRequest, today: datetime.date) -> Panel | None:
    """The Secretariat's coming meetings, each with what is ready and what is not."""
    if not is_secretariat(request.user):
        return None
    meetings = list(meetings_in_preparation(today=today)[:PREPARING])
    states = list(MemberState.objects.order_by("name")) if meetings else []
    entries = [(m, checklist(m, today=today, states=states)) for m in meetings]
    context = {"entries": entries, "create_url": reverse("meetings:create")}
    return Panel("meetings/_preparation_panel.html", context, mine=True, order=5)
