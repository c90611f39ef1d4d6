"""A meeting report's text → the `neaspec-extract/1` record (see docs/extraction.md).

The reading follows the structure of such reports, not the wording of particular ones:
numbered paragraphs and section headings; an agenda list; the meeting as the subject of a verb
from the schema's lexicon; a speaker as the subject at the start of a sentence.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from neaspec.extraction import lexicon as lx
from neaspec.extraction import places
from neaspec.extraction.clauses import Page, analyse
from neaspec.extraction.dates import deadline
from neaspec.extraction.venue import meeting_dates, meeting_venue

SCHEMA = "neaspec-extract/1"

# ---------------------------------------------------------------------------------- text → blocks


@dataclass
class Block:
    kind: str  # paragraph | heading | line
    text: str
    number: str | None = None
    lines: list[str] = field(default_factory=list)


HEADING = re.compile(
    r"^(?:(?:[IVX]{1,4}|[A-H])\.\s+\S.{0,110}|\(?agenda items?\s+\d.{0,120}|"
    r"[A-Z][A-Za-z ,&\-]{2,60}\(Agenda items?\s+[\d, and]+\)\s*)$",
    re.I,
)
AGENDA_REF = re.compile(r"agenda items?\s+(\d{1,2})\s*(?:\(?\s*([a-h])\s*\))?", re.I)
PARAGRAPH_START = re.compile(r"^(\d{1,3})\.(?:\s+|(?=[A-Z][a-z]))(\S.*)$")
FOOTNOTE_RULE = re.compile(r"^\s{20,}$|^[_\-]{5,}\s*$")


def clean_lines(text: str) -> list[str]:
    """Non-empty lines, without page numbers and footnotes, hyphenated breaks joined."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    lines: list[str] = []
    after_rule = False
    for line in raw:
        if FOOTNOTE_RULE.match(line):
            after_rule = True
            continue
        stripped = line.strip()
        if not stripped:
            if lines and lines[-1]:
                lines.append("")  # a paragraph break, for reports without numbered paragraphs
            continue
        if after_rule and re.match(r"^\d{1,2}\s+[A-Z]", stripped):
            after_rule = False
            continue  # a footnote under the rule
        after_rule = False
        if re.fullmatch(r"\d{1,3}|[.\s]+|-\s*\d+\s*-|(?i:page\s+\d+(?:\s+of\s+\d+)?)", stripped):
            continue  # page numbers, running page lines and dotted closers
        lines.append(stripped)
    return lines


def join(lines: list[str]) -> str:
    """Lines of one paragraph as one text: a line-end hyphen joins without a space."""
    out = ""
    for line in lines:
        if out.endswith("-") and not out.endswith(" -"):
            out += line
        else:
            out = f"{out} {line}" if out else line
    return re.sub(r"\s+", " ", out).strip()


def unbold(text: str) -> str:
    return text.replace("**", "").strip()


def to_blocks(lines: list[str]) -> list[Block]:
    """Numbered paragraphs (numbered in sequence), headings, and loose lines."""
    numbered = _numbering_is_used(lines)
    if not numbered:
        return _unnumbered_blocks(lines)
    blocks: list[Block] = []
    expected = 1
    current: Block | None = None
    for line in lines:
        if not line:
            continue
        plain = unbold(line)
        start = PARAGRAPH_START.match(plain) if numbered else None
        if start and int(start.group(1)) in (expected, expected + 1):
            expected = int(start.group(1)) + 1
            current = Block("paragraph", "", start.group(1), [start.group(2)])
            blocks.append(current)
            continue
        if HEADING.match(plain) and not plain.endswith((",", ";")) and len(plain) < 140:
            if current and current.lines and current.lines[-1].endswith("-"):
                current.lines.append(line)
                continue
            current = None
            blocks.append(Block("heading", plain))
            continue
        if current is not None and numbered:
            current.lines.append(line)
        else:
            blocks.append(Block("line", plain, lines=[line]))
    for block in blocks:
        if block.kind == "paragraph":
            block.text = join(block.lines)
    return blocks


BULLET_LINE = re.compile(r"^(?:[-•*·▪■□◆◇●○►–]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)])\s+(\S.*)$")


def _unnumbered_blocks(lines: list[str]) -> list[Block]:
    """Paragraphs separated by blank lines (hard-wrapped lines joined), bullets on their own."""
    blocks: list[Block] = []
    current: Block | None = None
    for line in lines:
        if not line:
            if current is not None and current.lines and current.lines[-1][-1:] not in "-,":
                current = None  # a blank line ends the paragraph unless a line was cut mid-phrase
            continue
        plain = unbold(line)
        bullet = BULLET_LINE.match(plain)
        if bullet:
            current = Block("bullet", "", None, [bullet.group(1)])
            blocks.append(current)
        elif HEADING.match(plain) and len(plain) < 140 and not plain.endswith((",", ";")):
            current = None
            blocks.append(Block("heading", plain))
        elif current is not None and _continues(current.lines[-1], plain):
            current.lines.append(line)
        else:
            current = Block("paragraph", "", None, [line])
            blocks.append(current)
    for block in blocks:
        if block.kind in {"paragraph", "bullet"}:
            block.text = join(block.lines)
    return blocks


def _continues(previous: str, line: str) -> bool:
    """A line goes on with the paragraph above it when that one stopped mid-sentence or this
    one opens in lower case; web pages put each paragraph on a line of its own."""
    return not COMPLETE.search(unbold(previous)) or line[:1].islower()


def _numbering_is_used(lines: list[str]) -> bool:
    """Paragraphs are numbered when at least three numbered lines open with prose; numbered
    section titles ('1. Background') are headings, not paragraphs."""
    expected, seen = 1, 0
    previous = ""
    for line in lines:
        m = PARAGRAPH_START.match(unbold(line))
        if m and expected == 1 and previous.rstrip().endswith(":"):
            return False  # numbers right under a lead-in number a list, not the paragraphs
        if line:
            previous = line
        if m and int(m.group(1)) == expected and len(m.group(2)) > 60:
            expected += 1
            seen += 1
    return seen >= 3


# ------------------------------------------------------------------------------------- sentences

ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|H\.E|No|Nos|St|Co|Inc|Ltd|vs|etc|e\.g|i\.e|para|paras|Art|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|U\.S|U\.N|Rev|Vol|p|pp)|\b[A-Z])\.$"
)


def sentences(text: str) -> list[str]:
    """Sentences by their full stops, also where the space after one is missing ('issues.The
    Ministers') or the stop itself is ('... in the Region We expressed ...': a sentence-opening
    pronoun in mid-sentence)."""
    parts = re.split(
        r"(?<=[.!?])\s+(?=[A-Z“\"(*])|(?<=[a-z)\]]\.)(?=[A-Z][a-z])|(?<=[a-z])\s+(?=We\s+[a-z])",
        text,
    )
    merged: list[str] = []
    for part in parts:
        if merged and ABBREVIATIONS.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return [s.strip() for s in merged if s.strip()]


# ---------------------------------------------------------------------------------- the meeting

# The meeting as subject: its own name, optionally qualified ('the Steering Committee', 'the
# Expert Group Meeting'), never a noun phrase that merely contains it ('the report of the Meeting').
BODY_QUALIFIER = (
    r"(?:(?:neampan|neacap|nea-lccp|steering|expert group|senior officials|science and policy|"
    r"national focal points?|working|advisory|technical|consultation|policy|subregional)\s+)*"
)
MEETING_SUBJECT = re.compile(
    r"^(?:the\s+)?"
    + BODY_QUALIFIER
    + r"(?:meeting|som|committee|workshop|egm|forum|symposium|dialogue|"
    r"conference|session|group|member states|participants|it|som-\d+|spc-\d+)\b",
    re.I,
)
INTRO_OPENER = re.compile(
    r"^(?:[A-Z][a-z]+ing\b|(?:In|With|On|For|To|As|At|By|Given|Following|Further|Regarding|"
    r"Concerning|After|Before|During|Through|Under|Within|While|Upon|Taking|Having|Also|Moreover|"
    r"However|Furthermore|Against|Based)\b)"
)
ADVERBS = (
    r"(?:(?:also|further|then|therefore|formally|subsequently|unanimously|duly|thus|"
    r"however|again|fully|strongly|warmly|kindly|additionally|moreover),?\s+)*"
)


def _intro_and_rest(sentence: str) -> tuple[str, str]:
    """Split a leading participial or prepositional phrase ('Noting X, Y and Z, the Meeting ...');
    the phrase may hold commas of its own, so the first comma before the meeting is the split."""
    plain = sentence.lstrip("*").strip()
    if MEETING_SUBJECT.match(plain):
        return "", plain
    for m in re.finditer(r",\s+(?=(?:the|The|it|It|SOM|Participants|Member)\b)", plain):
        rest = plain[m.end() :]
        if MEETING_SUBJECT.match(rest) and re.match(INTRO_OPENER, plain):
            return plain[: m.start()], rest
    return "", plain


def meeting_verbs(sentence: str, page: Page | None = None) -> list[str]:
    """The lexicon verbs whose subject is the meeting; [] when the meeting is not the subject."""
    clause = analyse(sentence, page)
    if page is not None and clause.head:
        page.last_was_meeting = clause.meeting
    if not clause.meeting:
        return []
    start = clause.verb_start
    intro, body = sentence[:start], sentence[start:]
    found: list[str] = []
    opening = re.match(r"^[\s*\"“]*", intro)
    for m in lx.VERB_PATTERN.finditer(intro):
        if opening and m.start() == opening.end() and m.group(1).lower().endswith("ing"):
            found.append(m.group(1).lower())  # 'Noting X, the Meeting ...'
    found.append(clause.verb)
    first = lx.VERB_PATTERN.match(body)
    for m in lx.VERB_PATTERN.finditer(body, first.end() if first else 0):
        form = m.group(1).lower()
        before = body[: m.start()]
        if _is_excluded(form, before, body[m.end() :]):
            continue
        if not form.endswith("ing") and not COORDINATED.search(before):
            continue  # 'the ToR agreed at the consultation', 'peer reviews': not the meeting's verb
        if re.search(
            r"\b(?:that|which|who|whom|whose)\s+(?!the meeting)\S", before, re.I
        ) and not form.endswith("ing"):
            continue  # a finite verb inside a clause with its own subject
        if form == "expressed" and not lx.EXPRESSED_THANKS.match(body[m.end() :]):
            continue
        if form not in found:
            found.append(form)
    return found


# A later finite verb of the meeting follows a coordinator: 'noted ... and welcomed'.
COORDINATED = re.compile(r"(?:\band|\bor|,|;|\bas well as|\bthen)\s+(?:" + ADVERBS + r")?$", re.I)


def _is_excluded(form: str, before: str, after: str) -> bool:
    tail = before[-40:].lower()
    if re.search(r"\b(?:to|will|shall|would|should|may|could|must)\s+(?:be\s+)?$", tail):
        return True  # infinitives and future: plans, not decisions
    if re.search(r"\b(?:that|which|who)\s+(?:was|were|is|are|has been|had been)\s+$", tail):
        return True  # relative passive: someone else's decision
    if (
        form.endswith("ed")
        and re.match(r"\s+by\s+(?!the meeting)", after, re.I)
        and re.search(r"\b(?:was|were|been|being)\s+$", tail)
    ):
        return True  # passive with another agent
    if form.endswith("ing") and (
        re.match(r"\s+of\b", after) or re.search(r"\b(?:the|a|an|its|their)\s+$", tail)
    ):
        return True  # 'the launching of the report': a noun
    if form.endswith("ing") and re.search(r"\bwith\s+[^,;]{2,70}$", before[-80:].lower()):
        return True  # 'with the delegation of China reiterating': another subject
    # a gerund as an object ('the plan for nominating') is not the meeting's verb
    return form.endswith("ing") and bool(re.search(r"\b(?:for|of|on|about|after|before)\s+$", tail))


def kind_of(verbs: list[str]) -> str:
    return (
        "operative" if any(lx.VERB_FORMS.get(v) in lx.OPERATIVE for v in verbs) else "informational"
    )


ADDRESSEE_TERMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:the\s+)?(?:NEASPEC\s+)?secretariat\b", re.I), "secretariat"),
    (
        re.compile(r"^(?:the\s+|all\s+|other\s+)*member (?:states|governments|countries)\b", re.I),
        "member_states",
    ),
    (re.compile(r"^(?:the\s+)?national focal points\b", re.I), "nfps"),
    (re.compile(r"^(?:the\s+|all\s+)?(?:project\s+)?partners\b", re.I), "partners"),
    (
        re.compile(
            r"^(?:the\s+)?(?:NEACAP\s+)?(?:SPC(?:-\d+)?|Science and Policy Committee)\b", re.I
        ),
        "committee:SPC",
    ),
    (re.compile(r"^(?:the\s+)?(?:NEAMPAN\s+)?Steering Committee\b", re.I), "committee:NEAMPAN-SC"),
]


def addressees(sentence: str) -> list[str]:
    """Whom a request, encouragement, invitation or urging is directed at."""
    found: list[str] = []
    for m in re.finditer(
        r"\b(requested|requests|encouraged|encourages|invited|invites|urged|urges|"
        r"called (?:up)?on|calls (?:up)?on|mandated)\s+(?:for\s+)?",
        sentence,
        re.I,
    ):
        after = sentence[m.end() :]
        for pattern, code in ADDRESSEE_TERMS:
            if pattern.match(after):
                found.append(code)
                break
        else:
            named = re.match(
                r"(?:the\s+)?(?:Government of\s+(?:the\s+)?)?("
                + "|".join(re.escape(n) for names in lx.STATE_NAMES.values() for n in names)
                + r")\b",
                after,
            )
            named_code = lx.state_code(named.group(1)) if named else None
            if named and named_code:
                found.append(named_code)
                tail = after[named.end() :]
                for other in re.finditer(
                    r"^(?:,\s*|\s+and\s+)(?:the\s+)?("
                    + "|".join(re.escape(n) for names in lx.STATE_NAMES.values() for n in names)
                    + r")\b",
                    tail,
                ):
                    if (c := lx.state_code(other.group(1))) and c not in found:
                        found.append(c)
    return list(dict.fromkeys(found))


# ------------------------------------------------------------------------------------- speakers

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
    re.compile(r"^(?:the\s+)?(?P<who>secretariat|chair(?:person)?)\b(?!\s+of\b)", re.I),
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
    states = lx.states_in(text)
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


NOT_SPEAKING = re.compile(
    r"\s+(?:also\s+)?(?:attended|participated|joined|took part|were present|"
    r"gathered|met|was|were)\b"
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


# ------------------------------------------------------------------------------------- agenda

AGENDA_HEADING = re.compile(
    r"(?:adoption of (?:the\s+)?agenda|provisional agenda|^agenda$|"
    r"the agenda adopted|programme of the meeting)",
    re.I,
)
ITEM = re.compile(r"^(?:agenda item\s+)?(\d{1,2})\s*[.)]\s*(?:&\s*(\d{1,2})\.\s*)?(.+)$", re.I)
SUB_ITEM = re.compile(r"^[-•*·o]?\s*\(?([a-h])\)\s*(.+)$|^[-•*·o]?\s*([a-h])\.\s+(.+)$")
BULLET = re.compile(r"^[-•*·]\s+(.+)$")


def _title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").strip()


def parse_agenda(lines: list[str]) -> list[dict[str, Any]]:
    """A numbered agenda list with lettered (or bulleted) sub-items."""
    items: list[dict[str, Any]] = []
    for line in lines:
        plain = unbold(line)
        if items and (sub := SUB_ITEM.match(plain)):
            letter = sub.group(1) or sub.group(3)
            title = sub.group(2) or sub.group(4)
            items[-1]["items"].append(
                {"number": f"{items[-1]['number']}({letter.lower()})", "title": _title(title)}
            )
            continue
        if items and (bullet := BULLET.match(plain)) and not ITEM.match(bullet.group(1)):
            letter = "abcdefgh"[len(items[-1]["items"])]
            items[-1]["items"].append(
                {"number": f"{items[-1]['number']}({letter})", "title": _title(bullet.group(1))}
            )
            continue
        item = ITEM.match(plain.lstrip("-•* "))
        if item:
            number, second, title = item.group(1), item.group(2), item.group(3)
            if second:
                titles = re.split(r",\s*and\s+|\s+and\s+|,\s*", title, maxsplit=1)
                items.append({"number": number, "title": _title(titles[0]), "items": []})
                items.append({"number": second, "title": _title(titles[-1]), "items": []})
            else:
                items.append({"number": number, "title": _title(title), "items": []})
        elif items and not items[-1]["items"] and len(plain) < 200 and plain[:1].islower():
            items[-1]["title"] = _title(items[-1]["title"] + " " + plain)  # a wrapped title
    return items


TIME_SLOT = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[-–]\s*\d{1,2}[:.]\d{2})?\s*(?:[ap]m)?\s+(.+)$", re.I
)
SESSION = re.compile(r"^session\s+(\d{1,2})\s*[:.\-–]\s*(.+)$", re.I)


def parse_programme(lines: list[str]) -> list[dict[str, Any]]:
    """A concept note's programme: time slots with sessions ('Session 1: X', 'Opening Session')."""
    items: list[dict[str, Any]] = []
    for line in lines:
        slot = TIME_SLOT.match(line)
        if not slot:
            continue
        first = re.split(r"</p>|•|<ul|<br", slot.group(1))[0]
        title = re.sub(r"<[^>]+>", " ", first).strip()
        title = re.sub(r"\s+", " ", title)
        if not title or re.match(r"^(?:coffee |tea |lunch )?break$", title, re.I):
            continue
        if m := SESSION.match(title):
            items.append({"number": m.group(1), "title": _title(m.group(2)), "items": []})
        elif re.search(r"session|conclusion|closing|opening", title, re.I):
            items.append({"number": None, "title": _title(title), "items": []})
    return items


# ------------------------------------------------------------------------------------- extract


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
    if m := re.search(r"\b(?:SOM|SPC|SC)[- ]?(\d{1,2})\b|\bSession\s+(\d{1,2})\b", text):
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


def attendance(text: str) -> list[str] | None:
    if re.search(
        r"\ball (?:six|6) member states\b[^.]{0,60}\b"
        r"(?:attended|participated|took part|were present)",
        text,
        re.I,
    ):
        return ["CN", "KP", "JP", "MN", "KR", "RU"]
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
            return ["CN", "KP", "JP", "MN", "KR", "RU"]
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


LABEL = re.compile(r"^\*{0,2}([A-Z][A-Za-z ,()\-]{2,70}?):\*{0,2}\s+(?=\S)")


@dataclass
class Context:
    section: str = ""  # conclusions | proceedings | ""
    agenda_item: str | None = None
    heading_area: str | None = None
    label_area: str | None = None
    default_area: str = "general"


def LEAD_IN_KIND(text: str) -> str | None:  # noqa: N802  (reads like a rule in the code below)
    """'came to the following decisions:' → 'decisional'; 'key outcomes are as follows:' →
    'outcome'; anything else → None. Items under a lead-in are the meeting's decisions."""
    last = text.rstrip()
    if not last.endswith(":") and not (
        len(last) < 60
        and not last.endswith(".")
        and re.search(
            r"\b(?:outcomes?|decisions?|conclusions?|recommendations?|results)\b", last, re.I
        )
    ):
        return None
    last = last if last.endswith(":") else last + ":"
    tail = last[-160:].lower()
    if re.search(r"decisions?|decided|agreed|agrees|resolved|recommendations?|conclusions?", tail):
        return "decisional"
    if re.search(
        r"outcomes?|results?|the following|as follows|(?:meeting|committee|workshop|som|"
        r"participants)\s*:$",
        tail,
    ):
        return "outcome"
    return None


def _heading_area(title: str) -> str | None:
    area = lx.area_of(title)
    if area:
        return area
    if re.search(r"statements|policy issues|presentations", title, re.I):
        return "general"
    return None


def _agenda_number_for(heading: str, agenda: list[dict[str, Any]]) -> str | None:
    if m := AGENDA_REF.search(heading):
        refs = re.findall(r"\d{1,2}", heading[m.start() :])
        if len(refs) > 1:
            return None  # a section covering several items
        return f"{m.group(1)}({m.group(2).lower()})" if m.group(2) else m.group(1)
    words = set(re.findall(r"[a-z]{4,}", heading.lower()))
    best, score = None, 0
    for item in agenda:
        overlap = len(words & set(re.findall(r"[a-z]{4,}", item["title"].lower())))
        if overlap > score:
            best, score = item["number"], overlap
    return best if score >= 1 else None


def extract(text: str, source: str) -> dict[str, Any]:
    """The `neaspec-extract/1` record of one report."""
    lines = clean_lines(text)
    blocks = to_blocks(lines)
    numbered = any(b.number for b in blocks)
    first_paragraph = next(
        (b for b in blocks if b.kind == "paragraph" and (b.number or len(b.text) > 200)), None
    )
    header_lines = []
    for block in blocks:
        if block is first_paragraph:
            break
        header_lines.append(block.text)
    if first_paragraph is not None and not numbered and not header_lines:
        header_lines = [first_paragraph.text]
    header = "\n".join(header_lines[:40])
    opening = first_paragraph.text if first_paragraph else ""
    lead = "\n".join(b.text for b in _outside_background(blocks))[:3000]
    meeting = meeting_fields(header, opening, lead)

    agenda = _agenda(blocks, lines)
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "source": source,
        "meeting": meeting,
        "officers": officers(" ".join(b.text for b in blocks if b.kind == "paragraph")),
        "attendance": attendance(" ".join(b.text for b in blocks if b.kind == "paragraph")),
        "agenda": agenda,
        "decisions": [],
        "statements": [],
    }
    # The document's topic from its title lines; a site's menu ('• Dust and sand storms') is
    # not the meeting's subject.
    topic = lx.area_of("\n".join(t for t in header_lines[:40] if not BULLET_LINE.match(t)))
    default_area = (
        topic
        if topic not in {None, "governance", "finance"}
        else SERIES_AREA.get(meeting["series"] or "")
    )
    page = Page(
        aliases=meeting_aliases(f"{header}\n{opening}", meeting["number"]),
        number=meeting["number"],
        series=meeting["series"],
    )
    _walk(blocks, agenda, page, meeting.get("host_state"), record, default_area or "general")
    return record


def _outside_background(blocks: list[Block]) -> list[Block]:
    """The blocks that are not under a 'Background' title: the history before the meeting."""
    kept, inside = [], False
    for block in blocks:
        if block.kind == "heading" or (block.kind == "bullet" and TITLE_LINE.match(block.text)):
            inside = bool(BACKGROUND.match(block.text))
        if not inside:
            kept.append(block)
    return kept


MEETING_NOUN = r"(?:Meeting|Committee|Session|Conference|Council|Board|Forum|Workshop|Dialogue)"


def meeting_aliases(text: str, number: int | None) -> set[str]:
    """The meeting's own short names: an acronym given in brackets after its name ('Focal Points
    Meeting (FPM)'), or a name with its number written together ('IG22', 'MOP11', 'SOM-26')."""
    aliases = {
        m.group(1) for m in re.finditer(MEETING_NOUN + r"s?\s*\(([A-Z][A-Za-z]{1,9})\)", text)
    }
    aliases |= {
        m.group(0)
        for m in re.finditer(r"\b[A-Z]{2,6}-?(\d{1,3})\b", text)
        if number is not None and int(m.group(1)) == number
    }
    return {a for a in aliases if lx.state_code(a) is None}


# A committee's or network's own meetings are about its programme area unless a sentence says
# otherwise.
SERIES_AREA = {"SPC": "air", "NEAMPAN-SC": "marine"}


def _agenda(blocks: list[Block], lines: list[str]) -> list[dict[str, Any]]:
    collecting: list[str] | None = None
    for block in blocks:
        if block.kind == "heading" and AGENDA_HEADING.search(block.text) and collecting is None:
            collecting = []
            continue
        if collecting is not None:
            if block.kind == "paragraph" or (
                block.kind == "heading" and not ITEM.match(block.text)
            ):
                if collecting:
                    break
                continue
            collecting.append(block.text)
    if collecting:
        items = parse_agenda(collecting)
        if len(items) >= 2:
            return items
    for items in (_agenda_under_title(lines), _capital_items(lines)):
        if len(items) >= 2:
            return items
    return parse_programme(lines)


AGENDA_TITLE = re.compile(r"^(?:\d{1,2}[.)]\s*)?[^.:;]{0,40}\bagenda\b[^.:;]{0,40}$", re.I)
SESSION_ONLY = re.compile(r"^session\s+(\d{1,2})\s*[:.\-–]?\s*(.*)$", re.I)


def _agenda_under_title(lines: list[str]) -> list[dict[str, Any]]:
    """A programme's agenda: 'Agenda of Plenary Sessions' and under it 'Session 1' lines, each
    with its title on the same line or the next; what is listed under a session (speakers,
    presentations) is not an item of the agenda."""
    start = next((i for i, line in enumerate(lines) if AGENDA_TITLE.match(unbold(line))), None)
    if start is None:
        return []
    items: list[dict[str, Any]] = []
    waiting: dict[str, Any] | None = None
    for line in lines[start + 1 : start + 80]:
        plain = unbold(line).strip()
        if not plain:
            continue
        if m := SESSION_ONLY.match(plain):
            waiting = {"number": m.group(1), "title": _title(m.group(2)), "items": []}
            items.append(waiting)
            if waiting["title"]:
                waiting = None
            continue
        if waiting is not None and not BULLET_LINE.match(plain) and not re.match(r"^l\s", plain):
            waiting["title"] = _title(plain)
            waiting = None
        elif not items and (item := ITEM.match(plain)):
            items.append({"number": item.group(1), "title": _title(item.group(3)), "items": []})
    return [item for item in items if item["title"]]


CAPITAL_ITEM = re.compile(
    r"(?:^|\s)(\d{1,2}(?:\.\d{1,2})?)\.?\s+((?:[A-Z][A-Z&'/\-]+)(?:\s+[A-Z][A-Z&'/\-]*)*)(?=\s+\d|\s+[A-Z][a-z]|\s*$)"
)


def _capital_items(lines: list[str]) -> list[dict[str, Any]]:
    """An agenda whose items are numbered titles in capitals ('1. OPENING 1.1 OPENING
    REMARKS'), as an annotated agenda prints them, even when its lines run together."""
    text = " ".join(lines)
    if not re.search(r"\bAGENDA\b", text):
        return []
    items: list[dict[str, Any]] = []
    for m in CAPITAL_ITEM.finditer(text):
        number, title = m.group(1), m.group(2).strip()
        if len(title) < 4 or any(i["number"] == number for i in items):
            continue
        if "." in number and items and number.split(".")[0] == items[-1]["number"]:
            if all(sub["number"] != number for sub in items[-1]["items"]):
                items[-1]["items"].append({"number": number, "title": title})
        elif "." not in number and (not items or int(number) == int(items[-1]["number"]) + 1):
            items.append({"number": number, "title": title, "items": []})
    return items


def _walk(
    blocks: list[Block],
    agenda: list[dict[str, Any]],
    page: Page,
    host: str | None,
    record: dict[str, Any],
    default_area: str,
) -> None:
    ctx = Context(default_area=default_area)
    last_prose = next((b for b in reversed(blocks) if b.kind == "paragraph"), None)
    if blocks and blocks[-1] is not last_prose and blocks[-1].kind != "line":
        last_prose = None  # a list or heading follows: the paragraph was not cut off
    previous_speaker: str | None = None
    lead_in: str | None = None
    for block in blocks:
        if block.kind == "heading":
            _enter(block.text, agenda, ctx)
            lead_in = LEAD_IN_KIND(block.text)
            continue
        if block.kind == "bullet" and TITLE_LINE.match(block.text):
            _enter(block.text, agenda, ctx)  # '1. Background': a numbered section title
            lead_in = None
            continue
        if ctx.section == "background":
            continue  # the history before the meeting: others' decisions, not this meeting's
        if block.kind == "bullet":
            _bullet(block, page, lead_in, ctx, record)
            continue
        if block.kind != "paragraph":
            continue
        lead_in = LEAD_IN_KIND(block.text)
        text = block.text
        label = LABEL.match(text)
        if label and lx.area_of(label.group(1)) is not None and ctx.section != "proceedings":
            ctx.label_area = lx.area_of(label.group(1))
            text = text[label.end() :]
        lettered = _lettered_outcomes(text)
        for outcome in lettered:
            decision = _outcome(outcome, "decisional", ctx)
            decision["paragraph"] = block.number
            record["decisions"].append(decision)
        cut = block is last_prose
        for index, sentence in enumerate([] if lettered else sentences(text)):
            if cut and index == len(sentences(text)) - 1 and not COMPLETE.search(sentence):
                continue  # the text stops mid-sentence: what the meeting did there is unknown
            verbs = meeting_verbs(sentence, page)
            if verbs:
                record["decisions"].append(_decision(block.number, sentence, verbs, ctx))
        speakers = paragraph_speakers(text, host, previous_speaker)
        for speaker in speakers:
            item = _sub_item_for(ctx.agenda_item, agenda, speaker, host)
            if ctx.section == "conclusions":
                item = None if speaker == "chair" else _item_for_topic(text, agenda, speaker)
            record["statements"].append(
                {"paragraph": block.number, "speaker": speaker, "agenda_item": item}
            )
        if speakers:
            previous_speaker = speakers[-1]


def _bullet(
    block: Block, page: Page, lead_in: str | None, ctx: Context, record: dict[str, Any]
) -> None:
    """A list item: full sentences of their own (after a label, which sets the area and is left
    out), or, under a lead-in, an outcome whose subject is the meeting."""
    text = block.text
    label = LABEL.match(text)
    label_area = ctx.label_area
    if label and len(label.group(1).split()) <= 5 and text[label.end() :][:1].isupper():
        ctx.label_area = lx.area_of(label.group(1)) or ctx.label_area
        text = text[label.end() :]
    found = False
    for sentence in sentences(text):
        if verbs := meeting_verbs(sentence, page):
            record["decisions"].append(_decision(block.number, sentence, verbs, ctx))
            found = True
    if not found and lead_in:
        record["decisions"].append(_outcome(text, lead_in, ctx))
    ctx.label_area = label_area


# A sentence that ends as sentences do; the last one on a page may have been cut off.
COMPLETE = re.compile(r"[.!?:;…\"”’')\]]\s*\**\s*$")
# A short title without a full stop or a verb of the lexicon: a section's name.
TITLE_LINE = re.compile(r"^(?=.{2,70}$)(?!(?:\S+\s+){8})[A-Z][^.;:!?,]*$")
BACKGROUND = re.compile(
    r"^\W*(?:[\dIVX]+\.?\s*)?(?:background|introduction|context|rationale)\b", re.I
)


def _enter(heading: str, agenda: list[dict[str, Any]], ctx: Context) -> None:
    if BACKGROUND.match(heading):
        ctx.section = "background"
        return
    if ctx.section == "background":
        ctx.section = ""
    if re.search(
        r"conclusions|recommendations|key outcomes|decisions", heading, re.I
    ) and not AGENDA_REF.search(heading):
        ctx.section = "conclusions"
        ctx.agenda_item = None
        return
    if re.search(r"proceedings|summary of (?:the )?discussions", heading, re.I):
        ctx.section = "proceedings"
        ctx.label_area = None
        return
    ctx.section = (
        "proceedings"
        if ctx.section == "conclusions" and AGENDA_REF.search(heading)
        else ctx.section
    )
    ctx.agenda_item = _agenda_number_for(heading, agenda)
    ctx.heading_area = _heading_area(re.sub(r"\(?agenda items?[^)]*\)?", "", heading, flags=re.I))
    if ctx.agenda_item and ctx.heading_area is None:
        ctx.heading_area = _area_of_item(ctx.agenda_item, agenda)


def _area_of_item(number: str, agenda: list[dict[str, Any]]) -> str | None:
    for item in agenda:
        for candidate in [item, *item["items"]]:
            if candidate["number"] == number:
                return lx.area_of(candidate["title"])
    return None


def _sub_item_for(
    number: str | None, agenda: list[dict[str, Any]], speaker: str, host: str | None
) -> str | None:
    """Opening remarks lettered on the agenda: the Secretariat's and the host's have their own."""
    item = next((i for i in agenda if i["number"] == number), None)
    if not item or not item["items"]:
        return number
    for sub in item["items"]:
        title = sub["title"].lower()
        if speaker == "secretariat" and re.search(r"escap|secretariat|opening remarks", title):
            return sub["number"]
        if speaker == host and re.search(r"host|welcom", title):
            return sub["number"]
    return number


def _item_for_topic(text: str, agenda: list[dict[str, Any]], speaker: str) -> str | None:
    """A statement inside the conclusions takes the agenda item of its topic."""
    area = lx.area_of(text)
    for item in agenda:
        for candidate in [*item["items"], item]:
            if area and lx.area_of(candidate["title"]) == area:
                return candidate["number"]
    return None


DECISION_NOUNS = re.compile(
    r"^(?:the\s+)?(?:adoption|approval|endorsement|launch|establishment|creation|decision|"
    r"agreement|election)\b",
    re.I,
)
NOT_A_VERB = {
    "the",
    "a",
    "an",
    "to",
    "of",
    "in",
    "on",
    "for",
    "with",
    "and",
    "all",
    "each",
    "two",
    "three",
    "neaspec",
    "member",
    "states",
    "new",
    "further",
    "more",
}


def _outcome(text: str, lead_in: str, ctx: Context) -> dict[str, Any]:
    """An item of an outcome list: the meeting is its implicit subject."""
    clean = re.sub(r"\s+", " ", text).strip().rstrip(";").strip()
    lead = re.match(r"(?:[A-Za-z]+ly\s+)*", clean)  # 'Formally agreed': the verb follows
    first = re.match(r"[A-Za-z-]+", clean[lead.end() :] if lead else clean)
    word = first.group(0).lower() if first else ""
    verbs: list[str] = []
    imperative = (
        lead_in == "decisional"
        and bool(word)
        and word not in NOT_A_VERB
        and word not in lx.VERB_FORMS
        and not word.endswith(("ed", "tion", "ment", "s"))
    )
    if word in lx.VERB_FORMS or imperative:
        verbs.append(word)
    rest = clean[len(word) :]
    for m in lx.VERB_PATTERN.finditer(rest):
        form = m.group(1).lower()
        before = clean[: len(word) + m.start()]
        if form in verbs or _is_excluded(form, before, rest[m.end() :]):
            continue
        if form.endswith("ing") or COORDINATED.search(before):
            verbs.append(form)
    operative = kind_of(verbs) == "operative" or imperative or bool(DECISION_NOUNS.match(clean))
    decision = _decision(None, clean, verbs, ctx)
    decision["kind"] = "operative" if operative else "informational"
    decision["addressees"] = addressees(clean) or _imperative_addressees(clean)
    return decision


LETTERED_LEAD_IN = re.compile(
    r"^(?P<lead>.{0,300}?\b(?:the\s+)?(?:meeting|som|committee|workshop|participants)\s*"
    r"(?:[a-z ]{0,40})?:)\s*(?=\(?a\)\s)",
    re.I,
)


def _lettered_outcomes(text: str) -> list[str]:
    """'The Meeting: (a) endorsed X; (b) decided Y' → ['endorsed X', 'decided Y']."""
    m = LETTERED_LEAD_IN.match(text)
    if not m:
        return []
    items = re.split(r"(?:^|;?\s+(?:and\s+)?)\(?[a-z]\)\s+", text[m.end() :])
    return [i.strip().rstrip(";").strip() for i in items if i.strip()]


def _imperative_addressees(text: str) -> list[str]:
    if re.match(r"^(?:request|encourage|invite|urge|call (?:up)?on)\b", text, re.I):
        return addressees(re.sub(r"^(\w+)", "requested", text, count=1))
    return []


def _decision(
    paragraph: str | None, sentence: str, verbs: list[str], ctx: Context
) -> dict[str, Any]:
    own = lx.area_of(sentence)
    area: str
    if ctx.section == "conclusions" or ctx.label_area:
        area = ctx.label_area or own or ctx.default_area
        if own in {"finance", "governance"} and ctx.label_area is None:
            area = own
    else:
        area = ctx.heading_area or own or ctx.default_area
        topical = own == "finance" and ctx.heading_area != "general"
        if own and (topical or (own == "governance" and ctx.heading_area is None)):
            area = own
    if re.search(r"\belected\b", sentence) or re.search(
        r"appreciation to the (?:host|government)|"
        r"hospitality|adopted the (?:conclusions|report)",
        sentence,
        re.I,
    ):
        area = "governance"
    return {
        "paragraph": paragraph,
        "text": re.sub(r"\s+", " ", sentence).strip(),
        "verbs": verbs,
        "kind": kind_of(verbs),
        "area": area,
        "addressees": addressees(sentence),
        "due_date": deadline(sentence),
    }
