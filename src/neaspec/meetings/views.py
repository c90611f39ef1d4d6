from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.meetings import pages, preparation, selectors
from neaspec.meetings.calendar import ical
from neaspec.meetings.forms import MeetingFilterForm
from neaspec.meetings.models import Meeting, MeetingSeries
from neaspec.meetings.services import states_answering
from neaspec.paging import other_params, page_of


def meeting_list(request: HttpRequest) -> HttpResponse:
    form = MeetingFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    series, host = filters.get("series"), filters.get("host")
    meetings = selectors.meeting_list(
        series=series.code if series else "",
        year=filters.get("year"),
        host=host.code if host else "",
    )
    context = {
        "form": form,
        "page": page_of(request, meetings),
        "params": other_params(request),
        "can_create": preparation.organizes_any(request.user),
    }
    return render(request, "meetings/meeting_list.html", context)


def meeting_detail(request: HttpRequest, key: str) -> HttpResponse:
    meeting = selectors.meeting_get(key=key)
    # What the apps built on meetings add (meetings/pages.py): the decisions, placed below under
    # their agenda items, with how long a decision's line is cached; the meeting's documents by
    # agenda item ("papers") and its other library documents ("documents").
    added = pages.parts("meeting", request, meeting)
    decisions = added.pop("decisions", [])
    context = {
        **added,
        "meeting": meeting,
        "grid": selectors.attendance_grid(meeting=meeting),
        "agenda": selectors.agenda_tree(meeting=meeting, decisions=decisions),
        "unplaced": [d for d in decisions if d.agenda_item_id is None and d.parent_id is None],
        "may_join": preparation.may_join_online(actor=request.user, meeting=meeting),
        "organizer": request.user.has_perm("meetings.organize", meeting),
        "registering": meeting.status == Meeting.Status.REGISTRATION_OPEN
        and bool(preparation.delegations_of(request.user)),
        "answering": meeting.status == Meeting.Status.REPORT_CIRCULATED
        and any(
            request.user.has_perm("meetings.answer_report", s) for s in states_answering(meeting)
        ),
        # The page where the meeting is recorded as it happens (proceedings), from its opening
        # days until its report is adopted.
        "in_session": meeting.status in IN_SESSION
        and request.user.is_authenticated
        and (
            request.user.has_perm("decisions.view_draft")
            or request.user.has_perm("meetings.record_proceedings", meeting)
        ),
        "sessions": meeting.sessions.all(),
        "zone_label": selectors.zone_label(meeting),
    }
    return render(request, "meetings/meeting_detail.html", context)


IN_SESSION = {
    Meeting.Status.REGISTRATION_OPEN,
    Meeting.Status.HELD,
    Meeting.Status.REPORT_CIRCULATED,
}


def calendar(request: HttpRequest, series: str = "") -> HttpResponse:
    """An iCalendar feed of the meetings from NEASPEC_CALENDAR_YEARS years back on, or from
    `?since=` a year (1990: the whole history)."""
    since = timezone.localdate().year - settings.NEASPEC_CALENDAR_YEARS
    asked = request.GET.get("since", "")
    if asked.isdigit() and 1900 <= int(asked) <= 2100:
        since = int(asked)
    meetings = selectors.meeting_list(series=series, since=since).prefetch_related("sessions")
    name = _("NEASPEC meetings")
    if series:
        name = get_object_or_404(MeetingSeries, code__iexact=series).name
    body = ical(meetings, name=name, base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="neaspec-{series or "all"}.ics"'
    return response
