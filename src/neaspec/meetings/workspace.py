"""The home page's meeting panels: the next meeting (or the last one held), and for those who
organize meetings — the Secretariat all, a committee's members their body's — each coming
meeting's preparation checklist. A committee member's due rows are read from the same list."""

import datetime
from typing import Any

from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_secretariat
from neaspec.directory.models import Body, MemberState
from neaspec.meetings.models import Meeting
from neaspec.meetings.preparation import checklist, meetings_in_preparation
from neaspec.meetings.selectors import last_held
from neaspec.workspace import SOON, Panel, Row, committee_body_ids, contributes, due, listing


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


def _committee_meetings(user: Actor, today: datetime.date) -> tuple[set[int], Any]:
    """The committees of a committee member who is not the Secretariat (which organizes every
    meeting and has the panel above), and their meetings in preparation, soonest first."""
    if is_secretariat(user):
        return set(), Meeting.objects.none()
    body_ids = committee_body_ids(user)
    if not body_ids:
        return set(), Meeting.objects.none()
    return body_ids, meetings_in_preparation(today=today).filter(series__body_id__in=body_ids)


@contributes
def committee_meetings(request: HttpRequest, today: datetime.date) -> Panel | None:
    """A committee member's: their committee's meetings being prepared or waiting for their
    report (from four months back), each with its checklist, and the last one held."""
    body_ids, found = _committee_meetings(request.user, today)
    if not body_ids:
        return None
    meetings = list(found[:PREPARING])
    states = list(MemberState.objects.order_by("name")) if meetings else []
    # The committees' names and the codes of their series of meetings, in one query.
    named = Body.objects.filter(pk__in=body_ids).order_by("name", "series__code")
    pairs = list(named.values_list("name", "series__code"))
    names = list(dict.fromkeys(name for name, code in pairs))
    series = [code for name, code in pairs if code]
    last = last_held(body_ids=body_ids, today=today)
    lead = ""
    if last is not None and last not in meetings:
        when = date_format(last.start) if last.start else last.date_note
        lead = _("Last held: %(meeting)s, %(date)s") % {"meeting": last.label, "date": when}
    more_url = reverse("meetings:list")
    if len(series) == 1:
        more_url += "?" + urlencode({"series": series[0]})
    context = {
        "key": "committee-meetings",
        "heading": _("Meetings of the %(body)s") % {"body": ", ".join(names)},
        "lead": lead,
        "empty": _("No meeting of the committee is being prepared or waits for its report."),
        "entries": [(m, checklist(m, today=today, states=states)) for m in meetings],
        "create_url": reverse("meetings:create"),
        "more_url": more_url,
        "more_label": _("All meetings of the committee"),
    }
    return Panel("meetings/_preparation_panel.html", context, mine=True, order=5)


@due(gettext_lazy("Meetings of your committee"))
def committee_meetings_due(user: Actor, today: datetime.date) -> list[Row]:
    """A committee member's: their committee's meetings opening within SOON, and those held
    whose report is not adopted yet — each to its preparation page."""
    found = _committee_meetings(user, today)[1]
    rows = []
    for meeting in found.prefetch_related(None).filter(start__lt=today + SOON):
        if meeting.start >= today:
            detail = _("Opens on %(date)s") % {"date": date_format(meeting.start)}
        else:
            detail = _("Held on %(date)s; the report is not adopted yet") % {
                "date": date_format(meeting.start)
            }
        rows.append(
            Row(
                f"{meeting.label}: {meeting.get_status_display()}",
                reverse("meetings:prepare", args=[meeting.key]),
                detail,
            )
        )
    return rows
