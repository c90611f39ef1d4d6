"""The meeting's own fields: series, number, dates, venue, host and modality; its officers and
attendance."""

import re

from neaspec.extraction import lexicon as lx
from neaspec.extraction import places
from neaspec.extraction.record import MeetingFields, OfficerRow
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
    """The meeting's number: 'the 14th Board Meeting', 'Inaugural Meeting',
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


def meeting_fields(header: str, opening: str, lead: str | None = None) -> MeetingFields:
    """Series, number, dates, city, host and modality from the title and first paragraph, and
    the page's first lines (`lead`) where the meeting is named later."""
    both = f"{header}\n{opening}"
    lead = both if lead is None else lead
    series = _first_series(header) or _first_series(opening)
    number = next((n for n in (_ordinal(header), _ordinal(opening)) if n is not None), None)
    span = meeting_dates(lead, header_end=len(header))
    start, end = (span.start, span.end) if span else (None, None)
    venue = meeting_venue(lead, span, title=both)
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


def officers(text: str) -> list[OfficerRow]:
    found: dict[str, OfficerRow] = {}
    for m in OFFICER_LINE.finditer(text):
        found.setdefault(
            _role(m.group(1)),
            {
                "role": _role(m.group(1)),
                "name": _name(m.group(2)),
                "state": lx.state_code(m.group(3)) or places.country_code(m.group(3)),
            },
        )
    for m in OFFICER_AS.finditer(text):
        found.setdefault(
            _role(m.group(3)),
            {
                "role": _role(m.group(3)),
                "name": _name(m.group(1)),
                "state": lx.state_code(m.group(2)) or places.country_code(m.group(2)),
            },
        )
    if "chair" not in found and (chaired := _chaired_by(text)):
        found["chair"] = chaired
    return list(found.values())


CHAIRED = re.compile(
    r"\b(?:chaired by|under the chairmanship of)\s+"
    r"(?P<who>(?:(?:H\.E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.)\s*)*[^.;]{3,200})",
    re.I,
)
PERSON = re.compile(
    r"(?:(?:H\.E\.|Mr|Ms|Mrs|Dr|Prof)\.?\s+)+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,3})"
)


def _chaired_by(text: str) -> OfficerRow | None:
    """The meeting's chair named as 'chaired by H.E. Ms. Ana Lopes, Minister of Water of
    Portugal', 'under the chairmanship of Chile (Deputy Minister ... Rosa Vidal)' or
    'Chaired by Kenya'."""
    m = CHAIRED.search(text)
    if m is None:
        return None
    who = m.group("who")
    countries = _countries(who)
    person = PERSON.match(who)
    name = person.group("name") if person else None
    if name is None and (inside := re.search(r"\(([^()]*)\)", who)):
        # '(Director-General for ... Affairs Yun Hyunsoo)': the name ends the bracket.
        tail = re.search(r"([A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+)\s*$", inside.group(1))
        name = tail.group(1) if tail else None
    if not countries and name is None:
        return None
    return {"role": "chair", "name": name, "state": countries[0] if countries else None}


ALL_SIX = ["CN", "KP", "JP", "MN", "KR", "RU"]


def attendance(text: str) -> list[str] | None:
    """The countries the text names as attending — 'attended by delegations of ...', 'with the
    participation of ...', 'Delegations of X and Y attended', a meeting 'among' or 'between'
    them, 'the ministers of X, Y and Z' — as ISO codes; all six member States when it says all
    six did; None when it does not say."""
    if re.search(
        r"\ball (?:six|6) member (?:states|countries)\b[^.]{0,60}\b"
        r"(?:attended|participated|took part|were present)|"
        r"\battended by (?:delegations? (?:of|from) )?(?:all|the) (?:six|6) member "
        r"(?:states|countries)",
        text,
        re.I,
    ):
        return ALL_SIX
    for pattern in ATTENDING:
        for m in pattern.finditer(text):
            if pattern is ATTENDING[0] and re.search(
                r"\ball (?:six |6 )?member states\b", m.group("who"), re.I
            ):
                return ALL_SIX
            named = _countries(m.group("who"))
            if len(named) >= (2 if pattern is ATTENDING[-1] else 1):
                return named
    return None


PEOPLE = (
    r"(?:the\s+)?(?:delegations?|delegates|representatives?|senior officials|members|"
    r"participants|experts|officials|government officials|ministers|environment ministers|"
    r"directors[- ]general)"
)
ATTENDING = [
    re.compile(
        r"\battended by " + PEOPLE + r"\s+(?:of|from)\s+(?P<who>[^.;]+?)"
        r"(?:,?\s+(?:together with|as well as|and (?:experts|representatives|observers))|[.;]|$)",
        re.I,
    ),
    re.compile(
        PEOPLE + r"\s+(?:of|from)\s+(?P<who>[^.;]{5,250}?)\s+(?:also\s+)?"
        r"(?:attended|participated|took part|were present|met|gathered)\b",
        re.I,
    ),
    re.compile(
        r"\bwith the participation of\s+(?:" + PEOPLE + r"\s+(?:of|from)\s+)?(?P<who>[^.;]{5,250})",
        re.I,
    ),
    re.compile(r"\b(?:participating|member) countries\s*[:(]\s*(?P<who>[^.;)]{5,300})", re.I),
    # 'the Joint Ministers Meeting among Peru, Chile and Bolivia'; 'the delegates of Ghana,
    # Togo and Benin': two or more countries named together.
    re.compile(
        r"(?:\b(?:among|between)\s+|\b(?:ministers|directors[- ]general) of\s+)"
        r"(?P<who>(?:the\s+)?[A-Z][^.;:]{3,200})",
    ),
]


def _countries(text: str) -> list[str]:
    return list(dict.fromkeys(lx.states_in(text) + places.countries_in(text)))
