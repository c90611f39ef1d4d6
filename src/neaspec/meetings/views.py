from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from neaspec.decisions.selectors import decisions_visible
from neaspec.library.selectors import documents_of_meeting
from neaspec.meetings import selectors
from neaspec.meetings.calendar import ical
from neaspec.meetings.forms import MeetingFilterForm
from neaspec.meetings.models import MeetingSeries


def meeting_list(request: HttpRequest) -> HttpResponse:
    form = MeetingFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    series, host = filters.get("series"), filters.get("host")
    meetings = selectors.meeting_list(
        series=series.code if series else "",
        year=filters.get("year"),
        host=host.code if host else "",
    )
    return render(request, "meetings/meeting_list.html", {"form": form, "meetings": meetings})


def meeting_detail(request: HttpRequest, key: str) -> HttpResponse:
    meeting = selectors.meeting_get(key=key)
    decisions = list(
        decisions_visible(actor=request.user)
        .filter(meeting=meeting)
        .select_related("area")
        .prefetch_related("addressees__state", "addressees__body")
        .order_by("id")
    )
    context = {
        "meeting": meeting,
        "grid": selectors.attendance_grid(meeting=meeting),
        "agenda": _agenda_tree(meeting, decisions),
        "unplaced": [d for d in decisions if d.agenda_item_id is None and d.parent_id is None],
        "documents": documents_of_meeting(actor=request.user, meeting_id=meeting.pk),
    }
    return render(request, "meetings/meeting_detail.html", context)


def _agenda_tree(meeting: Any, decisions: list[Any]) -> list[dict[str, Any]]:
    """Agenda items in order, each with its sub-items, statements and top-level decisions."""
    statements = list(meeting.statements.all())
    rows = []
    for item in meeting.agenda_items.all():
        rows.append(
            {
                "item": item,
                "level": 2 if item.parent_id else 1,
                "statements": [s for s in statements if s.agenda_item_id == item.pk],
                "decisions": [d for d in decisions if d.agenda_item_id == item.pk],
            }
        )
    return rows


def calendar(request: HttpRequest, series: str = "") -> HttpResponse:
    meetings = selectors.meeting_list(series=series)
    name = _("NEASPEC meetings")
    if series:
        name = get_object_or_404(MeetingSeries, code__iexact=series).name
    body = ical(meetings, name=name, base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="neaspec-{series or "all"}.ics"'
    return response
