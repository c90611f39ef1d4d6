"""Clause analysis: who does what in a sentence (the third layer of the reader).

A sentence's main verb is the first finite verb of the schema's lexicon that does not sit after
a determiner or a preposition; what comes before it, less an opening phrase and a subordinating
word, is the subject noun phrase, and the last word of its core (before a prepositional phrase or
a parenthesis) is its head. The meeting is the subject when that head names a meeting or the
collective that acts as one ("the Committee", "Participants", "the Ministers", "We", "the member
countries"), the meeting's own short name ("the IG22", "MOP11"), or a pronoun that refers back
to it. The decision is made from this structure, never from phrases of particular reports.
"""

import functools
import re
from dataclasses import dataclass, field

from neaspec.extraction import lexicon as lx

# Collectives that stand for the meeting when they act, not when they are acted upon.
COLLECTIVES = {
    "ministers",
    "parties",
    "participants",
    "partners",
    "delegates",
    "members",
    "states",
    "countries",
    "governments",
    "officials",
    "experts",
    "directors",
}
# Gatherings, in the singular; a report of several ('the Sessions also noted') speaks of them
# in the plural, so each counts in both numbers.
GATHERINGS = {
    "meeting",
    "session",
    "committee",
    "council",
    "board",
    "conference",
    "forum",
    "workshop",
    "dialogue",
    "symposium",
    "assembly",
    "consultation",
    "plenary",
    "bureau",
    "summit",
    "seminar",
    "roundtable",
    "group",
    "egm",
    "som",
}


def _plural(noun: str) -> str:
    if noun.endswith("um"):
        return noun[:-2] + "a"  # symposia
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"  # assemblies
    return noun + "s"


GATHERING_NOUNS = GATHERINGS | {_plural(g) for g in GATHERINGS}
# What happens to a gathering itself, not what it decides ('was concluded on 4 May').
COURSE = {"concluded", "closed", "opened", "held", "convened", "adjourned", "ended", "started"}
# 'The heads of delegation', '... of the participating States': the members acting together.
HEADS_OF = re.compile(
    r"\bheads\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:delegations?|states|governments|agencies)\b",
    re.I,
)

# A sentence that sets the scene, deciding nothing: those who then act, met ('The partners
# gathered in Lisbon on 3 May.'), so a 'they' after it is the meeting.
SCENE = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,4}?(?P<head>\w+)\s+"
    r"(?:gathered|met|convened|assembled|came\s+together|reconvened)\b",
    re.I,
)

# A lead-in that announces a list of what follows ('The Parties settled many matters:').
LEAD_IN = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,4}?(?P<head>\w+)\s+[a-z]+\b[^.;:]*:$", re.I)

# Heads that name a meeting, the collective acting as one, or a pronoun for it.
MEETING_HEADS = COLLECTIVES | GATHERING_NOUNS | {"symposiums", "fora", "we", "it"}
# A head that names one person or one delegation speaks for itself: a statement, not the meeting.
SINGULAR_SPEAKERS = {"minister", "delegation", "representative", "chair", "secretariat", "head"}
INTRO_OPENER = re.compile(
    r"^(?:In|With|On|For|To|As|At|By|Given|Following|Further|Regarding|Concerning|After|Before|"
    r"During|Through|Under|Within|While|Upon|Taking|Having|Also|Moreover|However|Furthermore|"
    r"Against|Based|Along|Since|Because|Although|When|Once|Additionally|Finally|Lastly|"
    r"Subsequently|Meanwhile|Thereafter|Besides|Despite|Recalling|Noting|[A-Z][a-z]+ly)\b"
)
SUBORDINATORS = re.compile(
    r"^(?:since|as|because|while|when|after|although|though|once|whereas|if|and|but|so|"
    r"in addition|additionally|furthermore|moreover|also|then|finally|lastly|subsequently|"
    r"at the meeting|at the session|in conclusion)\b,?\s*",
    re.I,
)
PREPOSITION = re.compile(
    r"\s(?:of|from|at|in|on|for|with|under|during|through|among|representing|attending|"
    r"gathered|who|which|that)\b",
    re.I,
)
# Words that cannot stand right before a finite verb: a form after them is a noun or participle
# ('the agreed plan', 'for reviewing', 'to endorse').
NOT_BEFORE_VERB = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "to",
    "by",
    "with",
    "its",
    "their",
    "this",
    "these",
    "that",
    "newly",
    "well",
    "be",
    "been",
    "being",
    "not",
    "on",
    "in",
    "at",
    "from",
    "our",
    "his",
    "her",
    "will",
    "shall",
    "would",
    "should",
    "may",
    "could",
    "must",
    "can",
}
AUXILIARY = re.compile(
    r"(?:\s+(?:also|further|then|jointly|formally|unanimously|thoroughly|actively|duly|"
    r"subsequently|again|warmly|fully|strongly|\w+ly|have|has|had|was|were|all),?)+\s*$",
    re.I,
)
# A finite verb outside the lexicon after the subject ('The Meeting had presentations ...').
FINITE = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)(?<!\bnewly)(?<=\w)\s+"
    r"(?:had|has|have|held|took|was|were|met|made|gave|paid|reached|brought|sent|saw|spoke|"
    r"said|began|exchanged|shared|heard|[a-z]{3,}ed)\b(?!\s+by\b)"
)
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)
# A member State's adjective, or two nationalities coordinated ('the Peruvian and Chilean
# Ministers'): the shape of a demonym (-an, -ian, -ese, -ish, -i), not a list of them.
DEMONYM = r"[A-Z][a-z]+(?:an|ese|ish|i)"
STATE_ADJECTIVE = re.compile(
    r"\b(?:"
    + "|".join(sorted(lx.STATE_ADJECTIVES.values()))
    + rf")\b|\b{DEMONYM}(?:,\s+{DEMONYM})*,?\s+and\s+{DEMONYM}\b"
)


@dataclass
class Clause:
    """A sentence's subject and main verb as the reader found them."""

    subject: str = ""
    head: str = ""
    verb: str = ""  # the main verb as written, auxiliary included ('was informed')
    verb_start: int = -1  # where the main verb begins in the sentence
    passive: bool = False
    meeting: bool = False
    # Why the subject is the meeting, for the reviewer: 'meeting' (it names the meeting),
    # 'collective' (those who act as the meeting), 'alias' (the meeting's short name),
    # 'pronoun' ('it', 'they', 'we'), 'relative' ('the meeting which approved'), else ''.
    reason: str = ""


@dataclass
class Page:
    """What the clause layer knows of the document: the meeting's own short names, series and
    number, and whether the last subject was the meeting (for 'They also ...')."""

    aliases: set[str] = field(default_factory=set)
    number: int | None = None
    series: str | None = None
    clause: Clause | None = None  # the last sentence's, for the record's reasons
    last_was_meeting: bool = False


def main_verb(sentence: str) -> re.Match[str] | None:
    """The first lexicon form that is a finite verb: not sentence-initial, not after a word that
    makes it a noun, participle or infinitive, not an -ing form."""
    for m in lx.VERB_PATTERN.finditer(sentence):
        form = m.group(1).lower()
        before = sentence[: m.start()].rstrip()
        if not before or form.endswith("ing"):
            continue
        previous = re.findall(r"[\w'’]+", before[-30:].lower())
        if previous and previous[-1] in NOT_BEFORE_VERB and not PASSIVE.search(before + " "):
            continue
        if form == "noted" and re.search(r"\bas\s*$", before, re.I):
            continue  # 'as noted'
        if form == "expressed" and not lx.EXPRESSED_THANKS.match(sentence[m.end() :]):
            continue
        if (
            form.endswith("ed")
            and re.match(r"\s+by\b", sentence[m.end() :])
            and not (PASSIVE.search(before + " "))
        ):
            continue  # 'the network backed by the Common Declaration': a participle
        return m
    return None


def subject_candidates(region: str) -> list[str]:
    """The noun phrases that may be the subject, in the text before the verb: the whole of it,
    or, after an opening phrase ('In the Joint Communiqué, ...', 'Noting X, Y and Z, ...'), what
    follows each of its commas; after 'that' ('A key outcome was that the Committee'); before an
    earlier finite verb outside the lexicon ('The three countries exchanged ..., and agreed')."""
    text = re.sub(r"\([^()]*\)", " ", region)  # '(4-6 May 2031, Porto, Portugal)'
    text = re.sub(r"[“”\"‘’*]+(?=\s|$)|(?<=\s)[“”\"‘’*]+|^[“”\"‘’*\s]+", " ", text)
    text = re.sub(r"\s+", " ", text)
    text = AUXILIARY.sub("", " " + text.strip()).strip().rstrip(",").strip()
    # A clause of its own before the verb: 'was that the Committee', 'where presenters'.
    text = re.split(r"\s+(?:that|where|whereby|when)\s+", text)[-1]
    pieces = [text]
    if INTRO_OPENER.match(text) or re.match(r"^[A-Z][a-z]+ing\b", text):
        # The shortest first: 'Recognizing X, Y and Z, the Meeting' is 'the Meeting'.
        pieces = [m.group(1) for m in re.finditer(r",\s+(?=(\S.*)$)", text)][::-1] or [text]
    candidates = []
    for piece in pieces:
        piece = _without_subordinator(piece)
        earlier = FINITE.search(piece)
        if earlier:
            piece = piece[: earlier.start()]  # the subject of an earlier, coordinated verb
        piece = re.split(r",\s+(?=and\b|but\b)|\s+(?:and|but)$", piece)[0].strip().rstrip(",")
        if piece:
            candidates.append(piece)
    return candidates


def _without_subordinator(text: str) -> str:
    while True:
        stripped = SUBORDINATORS.sub("", text).strip()
        if stripped == text:
            return text
        text = stripped


def subject_core(phrase: str) -> str:
    """The noun phrase before its prepositional phrase: 'Participants' of 'Participants at the
    dialogue'."""
    return PREPOSITION.split(" " + phrase, maxsplit=1)[0].strip()


def head_of(phrase: str) -> str:
    core = subject_core(phrase)
    words = re.findall(r"[\w\-’']+", core)
    if not words:
        return ""
    head = words[-1].lower().removesuffix("'s").removesuffix("’s")
    if head == "general" and len(words) > 1:
        head = words[-2].lower()  # 'directors general'
    return head


def analyse(sentence: str, page: Page | None = None) -> Clause:
    """The clause of `sentence`: its subject, main verb and whether the meeting is the subject."""
    page = page or Page()
    clause = Clause()
    plain = sentence.strip().lstrip("*•-–·\"“‘' ").strip()
    relative = _relative_to_meeting(plain)
    m = main_verb(plain)
    if m is None:
        return clause
    offset = len(sentence) - len(sentence.lstrip("*•-–·\"“‘' "))
    before = plain[: m.start()]
    clause.verb_start = m.start() + offset
    aux = re.search(r"\b(was|were|have|has|had)\s+(?:\w+ly\s+)?$", before, re.I)
    clause.passive = bool(PASSIVE.search(before)) and m.group(1).lower().endswith("ed")
    clause.verb = (aux.group(1).lower() + " " if aux else "") + m.group(1).lower()
    if relative:
        clause.meeting, clause.reason = True, "relative"
        clause.subject, clause.head = relative, head_of(relative)
        return clause
    candidates = subject_candidates(before)
    for subject in candidates:
        clause.subject, clause.head = subject, head_of(subject)
        if _is_meeting(clause, page):
            clause.meeting = True
            break
    if clause.meeting and clause.passive and not _passive_counts(clause):
        clause.meeting = False
        clause.reason = ""  # a passive: the meeting did not do it
    return clause


def _passive_counts(clause: Clause) -> bool:
    """'The Meeting was informed', 'It was concluded by ...' are the meeting's; 'member states
    were encouraged' is someone else's act upon them, and 'the 9th session was concluded on 4
    May' tells how the gathering itself ran (it ended), which decides nothing."""
    lemma = lx.VERB_FORMS.get(clause.verb.split()[-1])
    if clause.head in GATHERING_NOUNS and clause.verb.split()[-1] in COURSE:
        return False
    return (
        lemma in {"inform", "brief"}
        or clause.verb in {"was informed", "was briefed"}
        or (clause.head not in COLLECTIVES)
    )


RELATIVE_TO_MEETING = re.compile(
    r"\b((?:the\s+)?(?:[\w-]+\s+){0,3}(?:meeting|session|committee))\s+(?:which|that)\s+"
    r"(?:\w+ly\s+)?(?=" + lx.VERB_PATTERN.pattern + ")",
    re.I,
)


def _relative_to_meeting(sentence: str) -> str | None:
    """'... took part in the yearly session which endorsed ...': the meeting, as antecedent."""
    if " which " not in sentence and " that " not in sentence:
        return None
    m = RELATIVE_TO_MEETING.search(sentence)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=4096)
def bare_clause(sentence: str) -> Clause:
    """The clause of a sentence read without the page (for its area): computed once."""
    return analyse(sentence)


def _is_meeting(clause: Clause, page: Page) -> bool:
    subject, head = clause.subject, clause.head
    if not head:
        return False
    if head == "they":
        clause.reason = "pronoun" if page.last_was_meeting else ""
        return page.last_was_meeting
    core = PREPOSITION.split(" " + subject, maxsplit=1)[0]
    if head in SINGULAR_SPEAKERS or len(core.split()) > 7:
        return False
    names_a_state = lx.STATE_PATTERN.search(core) or STATE_ADJECTIVE.search(core)
    if names_a_state and head not in {"countries", "states"}:
        return False  # 'the Chilean and Peruvian Ministers': some delegations, not the meeting
    if re.search(r"\b(?:both|several|some|many|other|another|each)\b", core, re.I):
        return False  # 'both sides', 'some participants'
    if _names_another_meeting(core, page):
        return False
    alias = next((a for a in page.aliases if re.search(rf"\b{re.escape(a)}\b", core)), None)
    if alias:
        clause.reason = "alias"
        return True
    if re.fullmatch(r"(?:the\s+)?(?:SOM|SPC|IG|IGM|COP|MOP|EGM)[- ]?\d{1,3}", core.strip(), re.I):
        clause.reason = "alias"
        return True
    if head == "heads" and HEADS_OF.search(subject):
        clause.reason = "collective"  # 'the heads of delegation': the members acting together
        return True
    if head in MEETING_HEADS:
        clause.reason = (
            "pronoun"
            if head in {"it", "we"}
            else "collective"
            if head in COLLECTIVES
            else "meeting"
        )
        return True
    return False


def _names_another_meeting(core: str, page: Page) -> bool:
    """'the eighth Intergovernmental Meeting' on the page of the 22nd; 'The SOM-27' on the
    page of a focal points meeting."""
    m = re.search(lx.ORDINAL_WORD, core, re.I)
    if m and (value := lx.ordinal_value(m.group(0))) is not None:
        return page.number is not None and value != page.number
    m = re.search(r"\b([A-Z]{2,})[- ]?(\d{1,3})\b", core)
    if not m or m.group(0) in page.aliases:
        return False
    if page.number is not None and int(m.group(2)) != page.number:
        return True
    return page.series is not None and page.series not in {"other", m.group(1)}


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


ADVERBS = (
    r"(?:(?:also|further|then|therefore|formally|subsequently|unanimously|duly|thus|"
    r"however|again|fully|strongly|warmly|kindly|additionally|moreover),?\s+)*"
)


def meeting_verbs(sentence: str, page: Page | None = None) -> list[str]:
    """The lexicon verbs whose subject is the meeting; [] when the meeting is not the subject."""
    clause = analyse(sentence, page)
    if page is not None:
        page.clause = clause
        if clause.head:
            page.last_was_meeting = clause.meeting
        elif (scene := SCENE.match(sentence.strip()) or LEAD_IN.match(sentence.strip())) and scene[
            "head"
        ].lower() in MEETING_HEADS:
            # 'The partners gathered in Lisbon.', 'The Parties settled many matters:': neither
            # decides anything, but a 'they' after them is the meeting.
            page.last_was_meeting = True
    if not clause.meeting:
        return []
    start = clause.verb_start
    intro, body = sentence[:start], sentence[start:]
    found: list[str] = []
    opening = re.match(r"^[\s*\"“]*(?:(?:While|When|Upon|In|By|After)\s+)?", intro)
    for m in lx.VERB_PATTERN.finditer(intro):
        if opening and m.start() == opening.end() and m.group(1).lower().endswith("ing"):
            found.append(m.group(1).lower())  # 'Noting X, the Meeting ...'
    found.append(clause.verb)
    first = lx.VERB_PATTERN.match(body)
    for m in lx.VERB_PATTERN.finditer(body, first.end() if first else 0):
        form = m.group(1).lower()
        before = body[: m.start()]
        if is_excluded(form, before, body[m.end() :]):
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


def is_excluded(form: str, before: str, after: str) -> bool:
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
        re.match(r"\s+of\b", after)
        or re.search(r"\b(?:the|a|an|its|their|including|such as|like)\s+$", tail)
    ):
        return True  # 'the launching of the report': a noun
    if form.endswith("ing") and re.search(r"\bwith\s+[^,;]{2,70}$", before[-80:].lower()):
        return True  # 'with the delegation of China reiterating': another subject
    # a gerund as an object ('the plan for nominating') is not the meeting's verb
    return form.endswith("ing") and bool(re.search(r"\b(?:for|of|on|about|after|before)\s+$", tail))


MEETING_NOUN = r"(?:Meeting|Committee|Session|Conference|Council|Board|Forum|Workshop|Dialogue)"


def meeting_aliases(text: str, number: int | None) -> set[str]:
    """The meeting's own short names: an acronym given in brackets after its name ('Focal Points
    Meeting (FPM)'), or a name with its number written together ('IG22', 'MOP11', 'SOM-26')."""
    aliases = {
        m.group(1) for m in re.finditer(MEETING_NOUN + r"s?\s*\(([A-Z][A-Za-z]{1,9})\)", text)
    }
    # Its name's initials: 'Focal Points Meeting' is 'the FPM', 'Executive Committee' 'the EC'.
    for m in re.finditer(r"((?:[A-Z][a-z]+\s+){1,3})(" + MEETING_NOUN + r")\b", text):
        words = [*m.group(1).split(), m.group(2)]
        for size in (2, 3, 4):
            if len(words) >= size:
                aliases.add("".join(w[0] for w in words[-size:]))
    aliases |= {
        m.group(0)
        for m in re.finditer(r"\b[A-Z]{2,6}-?(\d{1,3})\b", text)
        if number is not None and int(m.group(1)) == number
    }
    return {a for a in aliases if lx.state_code(a) is None}
