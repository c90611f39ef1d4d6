"""Meetings as an iCalendar feed (RFC 5545), so focal points can subscribe in their calendar."""

import datetime
from collections.abc import Iterable

from neaspec.meetings.models import Meeting


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def ical(meetings: Iterable[Meeting], *, name: str, base_url: str) -> str:
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//NEASPEC Hub//Meetings//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for meeting in meetings:
        if meeting.start is None:
            continue  # a meeting without a known date cannot be placed in a calendar
        end = (meeting.end or meeting.start) + datetime.timedelta(days=1)  # DTEND is exclusive
        place = ", ".join(p for p in [meeting.city, meeting.host.name if meeting.host else ""] if p)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{meeting.key}@neaspec-hub",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{meeting.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            f"SUMMARY:{_escape(meeting.title or meeting.series.name + ' ' + str(meeting))}",
            f"URL:{base_url}/meetings/{meeting.key}/",
        ]
        if place or meeting.modality == Meeting.Modality.VIRTUAL:
            lines.append(f"LOCATION:{_escape(place or 'Virtual')}")
        if meeting.summary:
            lines.append(f"DESCRIPTION:{_escape(meeting.summary)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
