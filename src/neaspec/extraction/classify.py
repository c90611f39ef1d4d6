"""Classification (the fourth layer of the reader): a sentence the meeting decided becomes a
record with its kind, area, addressees and due date."""

import re
from dataclasses import dataclass

from neaspec.extraction import lexicon as lx
from neaspec.extraction.clauses import COORDINATED, bare_clause, is_excluded, subject_core
from neaspec.extraction.dates import deadline
from neaspec.extraction.record import DecisionRow


def kind_of(verbs: list[str]) -> str:
    """Operative when any verb commits or directs; 'have agreed' is 'agreed'."""
    lemmas = [lx.VERB_FORMS.get(v) or lx.VERB_FORMS.get(v.split()[-1]) for v in verbs]
    return "operative" if any(lemma in lx.OPERATIVE for lemma in lemmas) else "informational"


ADDRESSEE_TERMS: list[tuple[re.Pattern[str], str]] = [
    # 'the Secretariat', 'the ESCAP secretariat', 'the NEASPEC Secretariat'
    (re.compile(r"^(?:the\s+)?(?:[A-Z][\w/-]*\s+){0,3}secretariat\b", re.I), "secretariat"),
    (
        re.compile(
            r"^(?:the\s+|all\s+|other\s+)*(?:[A-Z]\w+\s+)?"
            r"member (?:states|governments|countries)\b",
            re.I,
        ),
        "member_states",
    ),
    (re.compile(r"^(?:the\s+)?(?:national\s+)?focal points\b", re.I), "nfps"),
    (re.compile(r"^(?:the\s+|all\s+)?(?:project\s+)?partners\b", re.I), "partners"),
    (
        re.compile(
            r"^(?:the\s+)?(?:NEACAP\s+)?(?:SPC(?:-\d+)?|Science and Policy Committee)\b", re.I
        ),
        "committee:SPC",
    ),
    (re.compile(r"^(?:the\s+)?(?:NEAMPAN\s+)?Steering Committee\b", re.I), "committee:NEAMPAN-SC"),
]
STATE_NAME = "|".join(re.escape(n) for names in lx.STATE_NAMES.values() for n in names)
REQUEST = re.compile(
    r"\b(request(?:ed|s|ing)|encourag(?:ed|es|ing)|invit(?:ed|es|ing)|urg(?:ed|es|ing)|"
    r"call(?:ed|s|ing)? (?:up)?on|mandat(?:ed|es|ing))\s+(?:for\s+)?",
    re.I,
)


def addressees(sentence: str) -> list[str]:
    """Whom a request, encouragement, invitation or urging is directed at: the noun phrases
    after the verb, joined by 'and' or commas ('the secretariat and member States'), and each
    further 'and X to do ...' of the same request ('requested member countries to nominate
    experts and the secretariat to compile the list')."""
    found: list[str] = []
    for m in REQUEST.finditer(sentence):
        after = sentence[m.end() :]
        clause = re.split(r"[.;]", after, maxsplit=1)[0]
        phrases = [clause]
        phrases += [
            x.group(1) for x in re.finditer(r"\band\s+((?:the\s+)?[^,]{2,60}?\s+to\s+\w+)", clause)
        ]
        for phrase in phrases:
            found += _named(phrase)
    return list(dict.fromkeys(found))


def _named(phrase: str) -> list[str]:
    """The addressees named at the start of `phrase`, with those coordinated after them."""
    found: list[str] = []
    rest = phrase
    while rest:
        code, size = _one_addressee(rest)
        if code is None:
            break
        found.append(code)
        rest = rest[size:]
        joined = re.match(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)", rest)
        if not joined:
            break
        rest = rest[joined.end() :]
    return found


def _one_addressee(text: str) -> tuple[str | None, int]:
    for pattern, code in ADDRESSEE_TERMS:
        if m := pattern.match(text):
            return code, m.end()
    named = re.match(
        r"(?:the\s+)?(?:Government of\s+(?:the\s+)?|delegation of\s+(?:the\s+)?)?("
        + STATE_NAME
        + r")\b",
        text,
    )
    if named and (state := lx.state_code(named.group(1))):
        return state, named.end()
    return None, 0


@dataclass
class Context:
    """Where the walk through a report is: its section, agenda item, topic and lead-in."""

    section: str = ""  # conclusions | proceedings | background | ""
    agenda_item: str | None = None
    heading_area: str | None = None
    label_area: str | None = None
    default_area: str = "general"
    lead_in_text: str = ""
    explain: bool = False  # the review's record: reasons, and proceedings told apart


# The meeting's own proceedings: electing its officers, adopting its agenda or its report.
PROCEEDINGS = re.compile(
    r"\belected\b|\badopted\s+(?:the|its)\s+(?:(?:revised|provisional|annotated|draft)\s+)*"
    r"(?:agenda|programme of the meeting|report of the (?:meeting|session)|report)\b",
    re.I,
)


def is_procedural(text: str, verbs: list[str]) -> bool:
    """A sentence that only conducts the meeting ('The Meeting elected its officers', 'adopted
    the provisional agenda') rather than deciding for the programme."""
    lemmas = {lx.VERB_FORMS.get(v.split()[-1]) for v in verbs}
    return (
        bool(lemmas)
        and lemmas <= {"elect", "adopt", "approve", "agree"}
        and bool(PROCEEDINGS.search(text))
    )


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


def outcome_record(text: str, lead_in: str, ctx: Context) -> DecisionRow:
    """An item of an outcome list: the meeting is its implicit subject."""
    clean = re.sub(r"\s+", " ", text).strip().rstrip(";").strip()
    lead = re.match(r"(?:[A-Za-z]+ly\s+)*", clean)  # 'Formally agreed': the verb follows
    if lead_in == "decisional":
        lead = re.match(r"(?:to\s+(?=[a-z]))?(?:[A-Za-z]+ly\s+)*", clean, re.I)  # '(a) To approve'
    start = clean[lead.end() :] if lead else clean
    first = lx.VERB_PATTERN.match(start) or re.match(r"[A-Za-z-]+", start)  # 'Took note of'
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
    skipped = len(clean) - len(start) + len(word)
    rest = clean[skipped:]
    for m in lx.VERB_PATTERN.finditer(rest):
        form = m.group(1).lower()
        before = clean[: skipped + m.start()]
        if form in verbs or is_excluded(form, before, rest[m.end() :]):
            continue
        if form.endswith("ing") or COORDINATED.search(before):
            verbs.append(form)
    operative = kind_of(verbs) == "operative" or imperative or bool(DECISION_NOUNS.match(clean))
    decision = decision_record(None, clean, verbs, ctx)
    decision["kind"] = "operative" if operative else "informational"
    decision["addressees"] = addressees(clean) or _imperative_addressees(start)
    return decision


LETTERED_LEAD_IN = re.compile(
    r"^(?P<lead>.{0,300}?\b(?:the\s+)?(?:meeting|som|committee|workshop|participants)\s*"
    r"(?:[a-z ]{0,40})?:)\s*(?=\(?a\)\s)",
    re.I,
)


def lettered_outcomes(text: str) -> list[str]:
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


def decision_record(
    paragraph: str | None, sentence: str, verbs: list[str], ctx: Context
) -> DecisionRow:
    return {
        "paragraph": paragraph,
        "text": re.sub(r"\s+", " ", sentence).strip(),
        "verbs": verbs,
        "kind": kind_of(verbs),
        "area": area_for(sentence, ctx),
        "addressees": addressees(sentence),
        "due_date": deadline(sentence),
    }


def area_for(sentence: str, ctx: Context) -> str:
    """The area of a decision: its list label or section, its own words, the document's topic;
    the programme's instruments and the meeting's own business are governance. What the
    meeting acted on counts: its name as the subject ('SOM-31 reviewed ...') is no topic."""
    clause = bare_clause(sentence)
    core = subject_core(clause.subject)
    topic = sentence.replace(core, " ", 1) if clause.meeting and core else sentence
    own = lx.area_of(topic)
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
    if own == "governance" and lx.INSTRUMENTS.search(sentence):
        area = own  # the programme's own instruments, whatever the section's topic
    if re.search(r"\belected\b", sentence) or re.search(
        r"(?:appreciation|gratitude|thanks) to the (?:host|government)|"
        r"hospitality|adopted the (?:conclusions|report)",
        sentence,
        re.I,
    ):
        area = "governance"
    return area
