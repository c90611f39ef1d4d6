"""Meetings as read: filtered lists, and a meeting with its agenda, officers, attendance and
statements."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Path, Query, Router
from ninja.pagination import paginate

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Page
from neaspec.api.params import SLUG
from neaspec.meetings import selectors
from neaspec.meetings.models import Meeting
from neaspec.meetings.schemas import MeetingDetailOut, MeetingFilters, MeetingOut

router = Router(tags=["meetings"])


@router.get(
    "/meetings",
    response={200: list[MeetingOut], 422: ErrorOut},
    summary="Meetings, filtered by series, year, host",
)
@paginate(Page)
def list_meetings(request: HttpRequest, filters: Query[MeetingFilters]) -> QuerySet[Meeting]:
    return selectors.meeting_list(series=filters.series, year=filters.year, host=filters.host)


@router.get(
    "/meetings/{key}",
    response={200: MeetingDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="A meeting with its agenda, officers, attendance and statements",
)
def get_meeting(request: HttpRequest, key: str = Path(..., pattern=SLUG)) -> Meeting:
    return selectors.meeting_get(key=key)
