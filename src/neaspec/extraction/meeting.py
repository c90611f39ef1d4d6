"""The meeting's own fields: series, number, dates, venue, host and modality; its officers and
attendance."""

import re
from typing import Any

from neaspec.extraction import lexicon as lx
from neaspec.extraction import places
from neaspec.extraction.venue import meeting_dates, meeting_venue


def _first_series(text: str) -> str | None:
    """The series named first (the title names the meeting; later text may name others)."""
    found = [
        (m.start(), code) for code, pattern in lx.SERIES_PATTERNS if (m := pattern.search(text))
    ]
    return min(found)[1] if found else None


MEETING_ORDINAL = re.compile(
    r"\b(?P<ordinal>" + lx.ORDINAL_WORD + r"|inaugural)\s+(?:session\s+of\s+the\s+)?"
    r"(?:(?-i:[A-Z][\w-]*|of|on|and|the)\s+){0,7}?"
    r"(?:meetings?|session|workshop|forum|som|dialogue|conference|board|council|committee|"
    r"symposium|assembly|consultation|igm|mop|cop)\b",
    re.I,
)


def _ordinal(text: str) -> int | None:
    """The meeting's number: 'the 26th Senior Officials Meeting', 'Inaugural Meeting',
    'Session 2', 'SOM-25'."""
    if m := MEETING_ORDINAL.search(text):
        word = m.group("ordinal")
        return 1 if word.lower() == "inaugural" else lx.ordinal_value(word)
    # 'Working Group Session 2' numbers the meeting; 'Session 1. Monitoring' in a programme
    # numbers one of its sessions.
    if m := re.search(
        r"\b(?:SOM|SPC|SC)[- ]?(\d{1,2})\b|\b(?:Group|Committee|Board|Council)\s+"
        r"(?:\(?[A-Z]\w*\)?\s+){0,2}Session\s+(\d{1,2})\b(?![.:])",
        text,
    ):
        return int(m.group(1) or m.group(2))
    return None


def meeting_fields(header: str, opening: str, lead: str | None = None) -> dict[str, Any]:
    """Series, number, dates, city, host and modality from the title and first paragraph, and
    the page's first lines (`lead`) where the meeting is named later."""
    both = f"{header}\n{opening}"
    lead = both if lead is None else lead
    series = _first_series(header) or _first_series(opening)
    number = next((n for n in (_ordinal(header), _ordinal(opening)) if n is not None), None)
    span = meeting_dates(lead, header_end=len(header))
    start, end = (span.start, span.end) if span else (None, None)
    venue = meeting_venue(lead, span.at if span else None, title=both)
    city, host, modality = venue.city, venue.host, venue.modality
    if m := re.search(r"\bhosted by ([^.;]{0,120})", lead):
        host = next(iter(lx.states_in(m.group(1)) + places.countries_in(m.group(1))), host)
    return {
        "series": series or ("other" if header.strip() else None),
        "number": number,
        "start_date": start,
        "end_date": end,
        "city": city,
        "host_state": host,
        "modality": modality,
    }


OFFICER_LINE = re.compile(
    r"(Vice[- ]?Chair(?:person)?|Chair(?:person)?|Rapporteur)\s*:\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+)?([^()\n:]+?)\s*\(([^)]+)\)",
    re.I,
)


OFFICER_AS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+|\b(?:elected|and)\s+)"
    r"((?:[A-Z][\w'’\-]*\.?\s+){0,4}[A-Z][\w'’\-]*)\s*\(([^)]+)\)\s+as\s+(?:the\s+)?"
    r"(?i:(vice[- ]?chair(?:person)?|chair(?:person)?|rapporteur))"
)


def _name(text: str) -> str:
    return re.sub(r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?\s+)+", "", text.strip())


def _role(word: str) -> str:
    w = word.lower().replace(" ", "-")
    return (
        "vice_chair" if w.startswith("vice") else ("rapporteur" if w.startswith("rap") else "chair")
    )


def officers(text: str) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for m in OFFICER_LINE.finditer(text):
        found.setdefault(
            _role(m.group(1)),
            {
                "role": _role(m.group(1)),
                "name": _name(m.group(2)),
                "state": lx.state_code(m.group(3)),
            },
        )
    for m in OFFICER_AS.finditer(text):
        found.setdefault(
            _role(m.group(3)),
            {
                "role": _role(m.group(3)),
                "name": _name(m.group(1)),
                "state": lx.state_code(m.group(2)),
            },
        )
    return list(found.values())


ALL_SIX = ["CN", "KP", "JP", "MN", "KR", "RU"]


def attendance(text: str) -> list[str] | None:
    """The member States the text names as attending ('attended by delegations of ...', 'with
    the participation of ...'); all six when it says all six did; None when it does not say."""
    if re.search(
        r"\ball (?:six|6) member (?:states|countries)\b[^.]{0,60}\b"
        r"(?:attended|participated|took part|were present)|"
        r"\battended by (?:delegations? (?:of|from) )?(?:all|the) (?:six|6) member "
        r"(?:states|countries)",
        text,
        re.I,
    ):
        return ALL_SIX
    participation = re.search(
        r"\bwith the participation of\s+(?:(?:the\s+)?(?:delegations?|representatives?|"
        r"officials|experts)\s+(?:of|from)\s+)?([^.;]{5,200})",
        text,
        re.I,
    )
    if participation and (named := lx.states_in(participation.group(1))):
        return named
    m = re.search(
        r"attended by (?:the\s+)?(?:delegations?|delegates|representatives?|senior officials|"
        r"members|participants|experts)"
        r"\s+(?:of|from)\s+([^.]+?)"
        r"(?:,?\s+(?:together with|as well as|and (?:experts|representatives|observers))|\.|;)",
        text,
        re.I,
    )
    if m:
        if re.search(r"\ball (?:six |6 )?member states\b", m.group(1), re.I):
            return ALL_SIX
        return lx.states_in(m.group(1)) or None
    m = re.search(
        r"(?:delegations?|representatives?) (?:of|from) ([^.]{5,200}?) "
        r"(?:attended|participated|took part)",
        text,
        re.I,
    )
    if m:
        return lx.states_in(m.group(1)) or None
    return None
