"""Meetings as an iCalendar feed (RFC 5545), so focal points can subscribe in their calendar.
Written with the `icalendar` library: a meeting with times is placed at those times in its own
time zone (the feed carries the VTIMEZONE), one without times or zone is a whole-day event."""

import datetime
from collections.abc import Iterable

import icalendar

from neaspec.meetings.models import Meeting, zone_named


def _times(meeting: Meeting) -> tuple[datetime.time, datetime.time] | None:
    """The opening and closing times: as set, or those of the timed programme."""
    if meeting.start_time and meeting.end_time:
        return meeting.start_time, meeting.end_time
    sessions = list(meeting.sessions.all())
    if sessions:
        first_day = [s for s in sessions if s.day == meeting.start] or sessions
        last_day = [s for s in sessions if s.day == (meeting.end or meeting.start)] or sessions
        return min(s.starts for s in first_day), max(s.ends for s in last_day)
    return None


def event(meeting: Meeting, *, base_url: str, stamp: datetime.datetime) -> icalendar.Event:
    assert meeting.start is not None
    last = meeting.end or meeting.start
    item = icalendar.Event()
    item.add("uid", f"{meeting.key}@neaspec-hub")
    item.add("dtstamp", stamp)
    times = _times(meeting)
    zone = zone_named(meeting.time_zone)
    # Times without a zone would be "floating" (placed in each reader's own zone): a meeting
    # recorded before a zone was required is given as whole days instead.
    if times and zone is not None:
        item.add("dtstart", datetime.datetime.combine(meeting.start, times[0], zone))
        item.add("dtend", datetime.datetime.combine(last, times[1], zone))
    else:
        item.add("dtstart", meeting.start)
        item.add("dtend", last + datetime.timedelta(days=1))  # DTEND of a date is exclusive
    item.add("summary", meeting.title or f"{meeting.series.name} {meeting}")
    item.add("url", f"{base_url}/meetings/{meeting.key}/")
    place = ", ".join(
        p for p in [meeting.venue, meeting.city, meeting.host.name if meeting.host else ""] if p
    )
    if place or meeting.modality == Meeting.Modality.VIRTUAL:
        item.add("location", place or "Virtual")
    if meeting.summary:
        item.add("description", meeting.summary)
    if meeting.status == Meeting.Status.PLANNED:
        item.add("status", "TENTATIVE")
    else:
        item.add("status", "CONFIRMED")
    return item


def ical(meetings: Iterable[Meeting], *, name: str, base_url: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//NEASPEC Hub//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = datetime.datetime.now(datetime.UTC)
    for meeting in meetings:
        if meeting.start is None:
            continue  # a meeting without a known date cannot be placed in a calendar
        calendar.add_component(event(meeting, base_url=base_url, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()
