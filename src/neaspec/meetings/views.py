from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from neaspec.decisions.selectors import meeting_decisions
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
    decisions = meeting_decisions(actor=request.user, meeting=meeting)
    context = {
        "meeting": meeting,
        "grid": selectors.attendance_grid(meeting=meeting),
        "agenda": selectors.agenda_tree(meeting=meeting, decisions=decisions),
        "unplaced": [d for d in decisions if d.agenda_item_id is None and d.parent_id is None],
        "documents": documents_of_meeting(actor=request.user, meeting_id=meeting.pk),
        "sessions": meeting.sessions.all(),
        "zone_label": selectors.zone_label(meeting),
    }
    return render(request, "meetings/meeting_detail.html", context)


def calendar(request: HttpRequest, series: str = "") -> HttpResponse:
    meetings = selectors.meeting_list(series=series)
    name = _("NEASPEC meetings")
    if series:
        name = get_object_or_404(MeetingSeries, code__iexact=series).name
    body = ical(meetings, name=name, base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="neaspec-{series or "all"}.ics"'
    return response
