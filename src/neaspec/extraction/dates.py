"""Dates as reports write them: '20-21 September 2022', 'September 20-21, 2022',
'25 October – 26 October 2018', '10 April 2025', '2022-09-20', '20.09.2022', 'March 2019'."""

import datetime
import re
from dataclasses import dataclass

from neaspec.extraction.lexicon import MONTHS

MONTH = r"(?P<{name}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
ORD = r"(?:st|nd|rd|th)?"
DASH = ORD + r"\s*(?:-|–|—|to|until|and)\s*"


@dataclass(frozen=True)
class Span:
    start: str  # ISO 8601, possibly reduced (YYYY-MM)
    end: str
    at: int  # position in the text, so the first date mentioned can be preferred


def _iso(year: str, month: str | int, day: str | int | None) -> str | None:
    m = month if isinstance(month, int) else MONTHS[month.lower().rstrip(".")]
    try:
        if day is None:
            datetime.date(int(year), m, 1)
            return f"{int(year):04d}-{m:02d}"
        return datetime.date(int(year), m, int(day)).isoformat()
    except ValueError:
        return None


_PATTERNS = [
    # 25 October – 26 October 2018 / 30 November 2022 - 1 December 2022
    re.compile(
        r"\b(?P<d1>\d{1,2})\s+"
        + MONTH.format(name="m1")
        + r"(?:\s+(?P<y1>\d{4}))?"
        + DASH
        + r"(?P<d2>\d{1,2})"
        + ORD
        + r"(?:\s+of)?\s+"
        + MONTH.format(name="m2")
        + r",?\s+(?P<y2>\d{4})",
        re.I,
    ),
    # 20-21 September 2022 / 20 to 21 September 2022 / 21-23, Nov. 2018
    re.compile(
        r"\b(?P<d1>\d{1,2})"
        + DASH
        + r"(?P<d2>\d{1,2})"
        + ORD
        + r",?(?:\s+of)?\s+"
        + MONTH.format(name="m2")
        + r",?\s+(?P<y2>\d{4})",
        re.I,
    ),
    # September 20-21, 2022
    re.compile(
        r"\b"
        + MONTH.format(name="m2")
        + r"\s+(?P<d1>\d{1,2})"
        + DASH
        + r"(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})",
        re.I,
    ),
    # 10 April 2025 / 10th of April 2025
    re.compile(
        r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
        + MONTH.format(name="m2")
        + r",?\s+(?P<y2>\d{4})",
        re.I,
    ),
    # April 10, 2025
    re.compile(
        r"\b" + MONTH.format(name="m2") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,\s+(?P<y2>\d{4})",
        re.I,
    ),
    # 2022-09-20 (to 2022-09-21)
    re.compile(
        r"\b(?P<y1>\d{4})-(?P<n1>\d{2})-(?P<d1>\d{2})(?:"
        + DASH
        + r"(?P<y2>\d{4})-(?P<n2>\d{2})-(?P<d2>\d{2}))?"
    ),
    # 20.09.2022
    re.compile(r"\b(?P<d1>\d{1,2})\.(?P<n1>\d{1,2})\.(?P<y1>\d{4})\b"),
    # September 2022 (month only)
    re.compile(r"\b" + MONTH.format(name="m2") + r",?\s+(?P<y2>\d{4})\b", re.I),
]


# Without a year ('on November 23-24', 'on March 2 and 3', '11-13 July'): read only when
# the page gives the year elsewhere, in a dateline.
_YEARLESS = [
    re.compile(
        r"\b" + MONTH.format(name="m2") + r"\s+(?P<d1>\d{1,2})(?:" + DASH + r"(?P<d2>\d{1,2}))?"
        r"(?![\d,]*\s*\d{4})\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<d1>\d{1,2})(?:"
        + DASH
        + r"(?P<d2>\d{1,2}))?"
        + ORD
        + r"\s+"
        + MONTH.format(name="m2")
        + r"(?!,?\s*\d{4})\b",
        re.I,
    ),
]


def find_dates(text: str, year: str | None = None) -> list[Span]:
    """Every date or date range in `text`, in order of appearance, without overlaps. A written
    date that is impossible ('31 February') is not read again as a month. With `year`, dates
    written without one are read in that year."""
    taken: list[tuple[int, int, Span | None]] = []
    for pattern in _PATTERNS + (_YEARLESS if year else []):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), _to_span(m, year)))
    return [span for _, _, span in sorted(taken, key=lambda item: item[0]) if span]


def _to_span(m: re.Match[str], year: str | None = None) -> Span | None:
    g = m.groupdict()
    if not g.get("y2") and not g.get("y1") and year:
        g["y2"] = year
    if g.get("n1"):  # numeric forms
        start = _iso(g["y1"], int(g["n1"]), g["d1"])
        end = _iso(g["y2"], int(g["n2"]), g["d2"]) if g.get("n2") else start
    elif g.get("d1") is None:  # month only
        start = end = _iso(g["y2"], g["m2"], None)
    else:
        year2 = g["y2"]
        month1 = g.get("m1") or g["m2"]
        start = _iso(g.get("y1") or year2, month1, g["d1"])
        end = _iso(year2, g["m2"], g["d2"]) if g.get("d2") else start
    if not start or not end or end < start:
        return None
    return Span(start, end, m.start())


DEADLINE = re.compile(
    r"\b(?:by|before|no later than|not later than|until)\s+(?:the\s+)?(?:end\s+of\s+)?", re.I
)


def deadline(text: str) -> str | None:
    """An explicit calendar deadline ('by 31 October 2022'); event timings are not deadlines."""
    for m in DEADLINE.finditer(text):
        dates = find_dates(text[m.end() : m.end() + 40])
        if dates and dates[0].at == 0:
            return dates[0].end
    return None
