"""Statements: who spoke in a paragraph — a delegation, an organization, the Secretariat or the
Chair as the subject of a sentence."""

import re

from neaspec.extraction import lexicon as lx
from neaspec.extraction import places
from neaspec.extraction.clauses import INTRO_OPENER, MEETING_SUBJECT
from neaspec.extraction.layout import sentences

_STATE_ALT = "|".join(re.escape(n) for n, _ in lx._STATE_ALTERNATIVES)


SPEAKER_AT_START = [
    re.compile(
        r"^(?i:(?:another\s+)?(?:the\s+)?(?:head of (?:the\s+)?delegation|representatives?|"
        r"delegations?|delegates?)\s+(?:of|from))\s+(?P<who>.+?)(?=\s+(?:also\s+|further\s+|"
        r"then\s+|later\s+)*(?:who\s+)?[a-z]+ed\b|\s+(?:expressed|underlined|took|said|gave|made|noted|informed|"
        r"suggested|stated|welcomed|spoke|shared|raised|confirmed|supported|agreed|reiterated|"
        r"highlighted|emphasized|stressed|requested|indicated|introduced|announced|urged|"
        r"encouraged|invited|proposed|asked|sought|recognized|echoed|advocated|appreciated|"
        r"pointed|presented|reported|recalled|acknowledged|called)\b)"
    ),
    re.compile(
        r"^(?:the\s+)?(?P<who>"
        + _STATE_ALT
        + r")(?:'s|’s)?\s+(?:representatives?|delegations?|delegates?)\b",
        re.I,
    ),
    re.compile(
        r"^(?:the\s+)?(?P<who>"
        + _STATE_ALT
        + r")\s+(?:also\s+|further\s+|then\s+|later\s+)*[a-z]+(?:ed|s)\b"
    ),
    re.compile(
        r"^(?:the\s+)?(?:project\s+partner|partner),?\s+(?P<who>[A-Za-z][\w-]{1,15}),?\s", re.I
    ),
    re.compile(r"^(?:the\s+)?(?P<who>secretariat|chair(?:person)?)\b(?!\s+of\b|\s*:)", re.I),
    re.compile(
        r"^(?P<who>(?:Mr|Ms|Mrs|Dr)\.\s.+?)\s+(?:delivered|gave|made|expressed|welcomed|said)\b"
    ),
]


PRONOUN_START = re.compile(r"^(?:he|she|they|the representative)\b", re.I)


OPENED_BY = re.compile(
    r"\b(?:opened|chaired|delivered|given|made)\s+by\s+(?P<who>(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s.+?)(?:\.\s|$)"
)


def speaker_code(who: str, host: str | None) -> str | None:
    """A speaker description → State code, 'secretariat', 'chair' or an organization acronym."""
    text = who.strip()
    low = text.lower()
    if re.search(r"\b(?:escap|secretariat)\b", low):
        return "secretariat"
    if re.fullmatch(r"(?:the\s+)?chair(?:person)?", low):
        return "chair"
    if "host government" in low or "host country" in low:
        return host
    if m := re.search(r"\(([A-Za-z][\w-]{1,14})\)", text):
        acronym = m.group(1)
        return lx.state_code(acronym) or acronym
    states = lx.states_in(text) or places.countries_in(text)
    if states:
        return states[0]
    for city, code in lx.CITIES.items():
        if city.lower() in low and code:
            return code
    for code, adjective in lx.STATE_ADJECTIVES.items():
        if adjective.lower() in low:
            return code
    acronym = re.match(r"^(?:the\s+)?([A-Za-z][\w-]{1,15})$", text)
    if acronym and (acronym.group(1).isupper() or any(c.isupper() for c in acronym.group(1)[1:])):
        return acronym.group(1)
    return None


def paragraph_speakers(text: str, host: str | None, previous: str | None) -> list[str]:
    """Who speaks in a paragraph: subjects of sentences, in order, each once."""
    speakers: list[str] = []
    for quoted in QUOTE_FIRST.finditer(text):
        if (code := speaker_code(quoted.group("who"), host)) and code not in speakers:
            speakers.append(code)
    for sentence in sentences(text):
        _, rest = _intro_and_rest_any(sentence)
        codes = _sentence_speakers(rest, host)
        if not codes and PRONOUN_START.match(rest) and not speakers and previous:
            codes = [previous]
        if not codes and (m := OPENED_BY.search(sentence)):
            code = speaker_code(m.group("who"), host)
            codes = [code] if code else []
        if (
            not codes
            and re.search(
                r"\bwelcoming remarks?\b.*\bhost\b|\bhost\b.*\bwelcoming remarks?\b", sentence, re.I
            )
            and host
            and "delivered" in sentence
        ):
            codes = [host]
        for code in codes:
            if code and code not in speakers:
                speakers.append(code)
        for m in re.finditer(r"\bthe (?:representative|delegation)s? of\s+(.+?)\s+who\s+\w+", rest):
            code = speaker_code(m.group(1), host)
            if code and code not in speakers:
                speakers.append(code)
        for m in re.finditer(
            r"\bwith the (?:representative|delegation) of\s+(.+?)\s+\w+ing\b", rest
        ):
            code = speaker_code(m.group(1), host)
            if code and code not in speakers:
                speakers.append(code)
    return speakers


def _intro_and_rest_any(sentence: str) -> tuple[str, str]:
    plain = sentence.lstrip("*").strip()
    if INTRO_OPENER.match(plain) and (m := re.match(r"^([^,]{2,250}),\s+", plain)):
        return m.group(1), plain[m.end() :]
    return "", plain


# A State or delegation as the subject of these verbs did something other than speak.
NOT_SPEAKING = re.compile(
    r"\s+(?:also\s+)?(?:attended|participated|joined|took part|were present|"
    r"gathered|met|was|were|hosted|held|organi[sz]ed|chaired|signed|ratified|sent|"
    r"is|are|has been|have been)\b"
)
# Reported speech with the quotation first: '"...," said Ms X, Head of the Delegation of Japan.'
QUOTE_FIRST = re.compile(
    r"[,.!?][”\"’']\s*,?\s*(?:said|stated|noted|added|explained|emphasized|stressed|remarked)"
    r"\s+(?P<who>(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.\s)?[^.;]{3,160})",
)


def _sentence_speakers(rest: str, host: str | None) -> list[str]:
    if MEETING_SUBJECT.match(rest):
        return []
    for pattern in SPEAKER_AT_START:
        m = pattern.match(rest)
        if not m:
            continue
        if NOT_SPEAKING.match(rest[m.end("who") :]):
            return []  # attending is not speaking
        who = m.group("who")
        parts = re.split(r",\s*|\s+and\s+", who) if re.search(r",|\band\b", who) else [who]
        codes = [c for c in (speaker_code(part, host) for part in parts) if c]
        if codes:
            return codes
    return []
