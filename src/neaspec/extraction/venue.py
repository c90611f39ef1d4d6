"""The meeting's own date, venue, host and modality, read from the page's lines.

A page names more dates than the meeting's: when it was posted, when a statement was issued,
when the next meeting will be. Each date is weighed by what stands around it — 'held on',
'took place', a venue on the same line, a range of days — and against what marks it as another
date ('Posted', 'will be held', a line that is only a date). The venue is the place named with
the meeting's date or after 'held in', read with a gazetteer (places.py), so a city the
programme has never met is still a city.
"""

import re
from dataclasses import dataclass

from neaspec.extraction import places
from neaspec.extraction.dates import Span, find_dates

HELD = re.compile(
    r"\b(?:held|hold|holds|took place|takes place|convened|met|organi[sz]ed|hosted|gathered|"
    r"meeting|session|conference|from|on|during|ended|concluded)\b[^.;]{0,25}$",
    re.I,
)
OTHER_DATE = re.compile(
    r"\b(?:posted|published|updated|release|issued|dated|date of issue|deadline|registration)\b"
    r"[^.\n]{0,25}$|^\W*$",
    re.I,
)
FUTURE = re.compile(r"^[^.\n]{0,60}\b(?:will|shall|is to|are to)\s+(?:be\s+)?(?:held|take)", re.I)
# Said of another meeting: the next one, one things are submitted to, one still to come.
ANOTHER = re.compile(
    r"\b(?:next|upcoming|forthcoming|scheduled|planned|submitted to|to be held|will be|"
    r"preparation for|prior to|previous|last year)\b[^.]*$",
    re.I,
)
VIRTUAL = re.compile(
    r"\b(?:virtual(?:ly)?|videoconferenc\w*|video[- ]conferenc\w*|online|webinar|zoom)\b", re.I
)
HYBRID = re.compile(r"\bhybrid\b", re.I)
PLACE = r"[A-Z][a-zA-Z'’\-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-zA-Z'’\-]+){0,3}"


def _line_of(text: str, at: int) -> tuple[str, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:at], text[at : end if end >= 0 else len(text)]


def meeting_dates(text: str, header_end: int = 0) -> Span | None:
    """The meeting's own dates among those on the page, or None when it names none; dates
    before `header_end` are in the title lines."""
    best: tuple[int, int, Span] | None = None
    for span in find_dates(text, _page_year(text)):
        before, after = _line_of(text, span.at)
        score = 0
        if HELD.search(before[-60:]):
            score += 3
        if before.rstrip().endswith("(") or re.search(r"\bon\s*$", before):
            score += 1
        if _place_on(after) or _place_on(before[-40:]):
            score += 2  # a date-and-venue line: '3-4 June 2031, Kitakyushu Convention Hall'
        if span.start != span.end:
            score += 2
        if OTHER_DATE.search(before[-40:]) and not (after.strip() and VENUE_AFTER.match(after)):
            score -= 3  # 'Posted on ...', or a line holding only the date: a dateline
        if ANOTHER.search(_sentence_before(text, span.at)):
            score -= 4
        if span.at < header_end:
            score += 2  # the title's own date line
        if FUTURE.search(after):
            score -= 4
        if best is None or score > best[0]:
            best = (score, span.at, span)
    return best[2] if best else None


def _page_year(text: str) -> str | None:
    """The year for dates written without one: the first full date's, else a dateline's in
    figures ('03/14/2031 | News')."""
    if dated := find_dates(text):
        return dated[0].start[:4]
    m = re.search(r"\b\d{1,2}/\d{1,2}/(\d{4})\b", text)
    return m.group(1) if m else None


def _sentence_before(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:at]


# After a date, what makes its line a date-and-venue line: ', Virtual meeting', ', Beijing'.
VENUE_AFTER = re.compile(r"^[^,\n]*?\d{4}\s*[,(–-]\s*\S")


def _place_on(text: str) -> str | None:
    for m in re.finditer(PLACE, text):
        if places.is_city(m.group(0)) or places.country_code(m.group(0)):
            return m.group(0)
    return None


@dataclass
class Venue:
    city: str | None = None
    host: str | None = None
    modality: str | None = None


VENUE_PATTERNS = [
    # 'held on 4-6 May 2031 in Lisbon, Portugal', 'in Nairobi, Kenya', 'at Ostia'
    re.compile(
        r"\b(?:in|at)\s+(?:the\s+)?(?P<place>" + PLACE + r")(?:,\s*(?P<country>" + PLACE + r"))?"
    ),
    # 'Venue: Porto District, Portugal', a dateline 'Lima, Peru —', 'March 2-3, 2031, Quito'
    re.compile(
        r"(?:^|(?i:venue)\s*:\s*|\d{4},?\s+)(?P<place>"
        + PLACE
        + r")(?:,\s*(?P<country>"
        + PLACE
        + r"))?",
        re.M,
    ),
]


def meeting_venue(text: str, dates: Span | None, title: str = "") -> Venue:
    """City, host and modality from each sentence or line that gives the meeting's dates, else
    from the first place the page names as where it was held."""
    windows = []
    if dates is not None:
        for span in find_dates(text, dates.start[:4]):  # each mention of the meeting's dates
            if (span.start, span.end) == (dates.start, dates.end):
                windows.append(_sentence_around(text, span.at))
    said = "\n".join([*windows, title])  # where the page says how the meeting was held
    venue = next((v for v in map(_venue_in, windows) if v.city or v.host), Venue())
    if not (venue.city or venue.host):
        venue = next((v for v in map(_venue_in, [title, text]) if v.city or v.host), Venue())
        if VIRTUAL.search(said) and not HYBRID.search(said):
            venue = Venue()  # a place named elsewhere on a videoconference's page is no venue
    venue.modality = _modality(said, venue)
    return venue


def _sentence_around(text: str, at: int) -> str:
    """The sentence or line holding a date; a title's date line with the line after it, where
    the venue often stands ('3-4 June 2031' over 'Kitakyushu Convention Hall')."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stops = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    end = min(stops) if stops else len(text)
    if len(text[start:end]) < 40 and text[end : end + 1] == "\n":
        following = text.find("\n", end + 1)
        following = following if following >= 0 else len(text)
        if following - end < 60:
            end = following
    return text[start:end]


# A venue named after its city ('Kitakyushu Convention Hall'; hotels are named after anything).
HALL = re.compile(
    r"\s+(?:International\s+)?(?:Convention|Conference|Exhibition|Congress)\b|"
    r"\s+(?:Hall|Centre|Center|Plaza)$"
)
NOT_A_PLACE = re.compile(r"^(?:Among|Between|In|At|The|From|With|For|And|Of|On|By)\b")


def _venue_in(text: str) -> Venue:
    """The first place in `text` that names where a meeting is: a city (with its country),
    or a country or region alone."""
    matches = sorted(
        (m for pattern in VENUE_PATTERNS for m in pattern.finditer(text)), key=lambda m: m.start()
    )
    for m in matches:
        place, country = m.group("place"), m.group("country")
        if (
            country
            and not places.is_city(place)
            and not places.country_code(country)
            and places.is_city(country)
        ):
            place, country = country, None  # 'at the Shangri-La Hotel, Ulaanbaatar'
        if places.REGION_WORDS.match(text[m.end("place") :]):
            return Venue(None, places.country_code(country) if country else None)
        if (
            country
            and places.country_code(country)
            and not places.is_city(place)
            and not NOT_A_PLACE.match(place)
            and len(place.split()) <= 2
        ):
            return Venue(None, places.country_code(country))  # 'Hokkaido, Japan': a region
        if places.country_code(place) and not places.is_city(place):
            return Venue(None, places.country_code(place))  # 'held ... in ROK'
        if not places.is_city(place) and (hall := HALL.search(place)):
            # 'Kitakyushu Convention Hall': the city is the venue's first word or words.
            words = place[: hall.start()].split()
            place = next(
                (" ".join(words[:n]) for n in (2, 1) if places.is_city(" ".join(words[:n]))),
                place,
            )
        if places.is_city(place):
            named = places.country_code(country) if country else None
            return Venue(place, named or places.city_country(place))
    return Venue()


def _modality(text: str, venue: Venue) -> str | None:
    if HYBRID.search(text):
        return "hybrid"
    if VIRTUAL.search(text):
        return "hybrid" if venue.city else "virtual"
    return "in_person" if venue.city or venue.host else None
