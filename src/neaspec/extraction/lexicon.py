"""The vocabulary of NEASPEC meeting reports: States, places, verbs, topics.

Everything here is general knowledge of the programme and of English report style, not phrases
of particular reports.
"""

import functools
import re

# Member States and the names reports use for them (longest first when matching).
STATE_NAMES: dict[str, list[str]] = {
    "KP": [
        "Democratic People's Republic of Korea",
        "Democratic People’s Republic of Korea",
        "DPR Korea",
        "D.P.R. Korea",
        "DPRK",
        "North Korea",
    ],
    "KR": ["Republic of Korea", "ROK", "South Korea", "Korea"],
    "CN": ["China", "PRC"],
    "JP": ["Japan"],
    "MN": ["Mongolia"],
    "RU": ["Russian Federation", "Russia"],
}
STATE_ADJECTIVES = {"CN": "Chinese", "JP": "Japanese", "MN": "Mongolian", "RU": "Russian"}

_STATE_ALTERNATIVES = sorted(
    ((name, code) for code, names in STATE_NAMES.items() for name in names),
    key=lambda pair: -len(pair[0]),
)
# A State's formal style before its name ('the People's Republic of China'): the name is what
# says which State it is. A name that is itself a formal style (the DPRK's) is listed whole, and
# as the longer alternative it is tried first.
FORMAL_STYLE = r"(?:People['’]s\s+Republic\s+of\s+)?"
STATE_PATTERN = re.compile(
    r"\b(?:the\s+)?"
    + FORMAL_STYLE
    + r"("
    + "|".join(re.escape(n) for n, _ in _STATE_ALTERNATIVES)
    + r")\b"
)
_STATE_BY_NAME = {name.lower(): code for name, code in _STATE_ALTERNATIVES}


def state_code(name: str) -> str | None:
    bare = re.sub(r"^(?:the\s+)?" + FORMAL_STYLE, "", name.strip(), flags=re.I)
    return _STATE_BY_NAME.get(bare.strip().lower())


def states_in(text: str) -> list[str]:
    """Member States named in `text`, in order, each once ('Republic of Korea' is not 'Korea'
    inside 'Democratic People's Republic of Korea')."""
    found: list[str] = []
    for match in STATE_PATTERN.finditer(text):
        code = state_code(match.group(1))
        if code and code not in found:
            found.append(code)
    return found


# Cities of the member States where NEASPEC meetings are held, for venue and host.
CITIES: dict[str, str] = {
    "Beijing": "CN",
    "Shanghai": "CN",
    "Chengdu": "CN",
    "Wuhan": "CN",
    "Guangzhou": "CN",
    "Harbin": "CN",
    "Hunchun": "CN",
    "Yanji": "CN",
    "Zhoushan": "CN",
    "Tianjin": "CN",
    "Tokyo": "JP",
    "Kobe": "JP",
    "Osaka": "JP",
    "Toyama": "JP",
    "Kitakyushu": "JP",
    "Yokohama": "JP",
    "Kyoto": "JP",
    "Ulaanbaatar": "MN",
    "Ulan Bator": "MN",
    "Zamyn-Uud": "MN",
    "Seoul": "KR",
    "Incheon": "KR",
    "Busan": "KR",
    "Changwon": "KR",
    "Jeju": "KR",
    "Suncheon": "KR",
    "Ganghwa": "KR",
    "Moscow": "RU",
    "Vladivostok": "RU",
    "Irkutsk": "RU",
    "Khabarovsk": "RU",
    "Saint Petersburg": "RU",
    "St. Petersburg": "RU",
    "Pyongyang": "KP",
    "Rason": "KP",
    "Bangkok": "",
    "Nairobi": "",
}

# The meeting's verbs (SCHEMA.md), by lemma; forms are matched as written.
OPERATIVE = {
    "adopt",
    "approve",
    "agree",
    "decide",
    "endorse",
    "elect",
    "launch",
    "request",
    "encourage",
    "invite",
    "urge",
    "recommend",
    "call for",
}
INFORMATIONAL = {
    "welcome",
    "note",
    "take note",
    "commend",
    "appreciate",
    "express",
    "reaffirm",
    "recognize",
    "stress",
    "emphasize",
    "highlight",
    "underline",
    "support",
    "recall",
    "reiterate",
    "be informed",
    "be briefed",
    "hear",
    "consider",
    "review",
    "discuss",
    "conclude",
}

_IRREGULAR = {
    "hear": ["heard", "hears", "hearing"],
    "take note": ["took note", "takes note", "taking note", "have taken note", "has taken note"],
    "be informed": ["was informed", "were informed", "is informed", "are informed"],
    "be briefed": ["was briefed", "were briefed", "is briefed", "are briefed"],
    "call for": ["called for", "calls for", "calling for"],
}


def _regular_forms(lemma: str) -> list[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch")) else lemma + "s"
    forms = [past, third, stem + "ing"]
    if lemma.endswith("ize"):
        british = lemma[:-3] + "ise"
        forms += [british + "d", british + "s", british[:-1] + "ing"]
    return forms


VERB_FORMS: dict[str, str] = {}
for _lemma in sorted(OPERATIVE | INFORMATIONAL):
    for _form in _IRREGULAR.get(_lemma) or _regular_forms(_lemma):
        VERB_FORMS[_form] = _lemma
VERB_FORMS["elected"] = "elect"
VERB_FORMS["agreed"] = "agree"

_FORMS_BY_LENGTH = sorted(VERB_FORMS, key=len, reverse=True)
VERB_PATTERN = re.compile(r"\b(" + "|".join(re.escape(f) for f in _FORMS_BY_LENGTH) + r")\b", re.I)

# Topics of decisions (SCHEMA.md areas), strongest signal first.
AREA_KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "finance",
        re.compile(r"core fund|project-based fund|trust fund|\bcontributions?\b|\bbudget", re.I),
    ),
    (
        "air",
        re.compile(
            r"air pollution|clean air|neacap|science and policy committee|\bspc\b|"
            r"pollutant|air quality|best available techniques|tpdap|transboundary air|"
            r"pollution monitoring|emission",
            re.I,
        ),
    ),
    ("marine", re.compile(r"marine|\bmpas?\b|neampan|nowpap|yslme|coastal", re.I)),
    (
        "land",
        re.compile(
            r"desertification|land degradation|\bdld\b|dldd|sand ?storm|\bdss\b|"
            r"land degradation neutrality|\bldn\b",
            re.I,
        ),
    ),
    (
        "cities",
        re.compile(r"low carbon cit|\blcc\b|lccp|eco-efficiency|\bcities\b|\bcity\b|\burban", re.I),
    ),
    (
        "biodiversity",
        re.compile(
            r"biodiversity|biological|nature conservation|tiger|leopard|migratory|"
            r"flagship|crane|spoonbill|wetland|ramsar|eaafp|\bdipa\b|dauria|"
            r"protected areas? for|wildlife|habitat",
            re.I,
        ),
    ),
    (
        "governance",
        re.compile(
            # Asking the Secretariat to act on a topic is that topic's; praising it is governance.
            r"(?:commended|thanked|appreciation to|gratitude to) the secretariat|"
            r"host(?:ing|ed)? |hospitality|next som|som-\d+|"
            r"(?:hold|convene|host|organi[sz]e)\s+the next (?:meeting|session)|"
            r"senior officials meeting|venue|officers|\belected\b|evaluation|"
            r"renewed commitment|strategic plan|institutional|report of the|"
            r"conclusions and recommendations|"
            r"\bsummit\b|\bleaders\b|intergovernmental|ministerial conference|"
            r"preparatory meeting|legal personality|partnership council",
            re.I,
        ),
    ),
]


# The programme's own instruments are governance whatever topic the programme has (a marine
# programme's medium-term strategy is about how it is run).
INSTRUMENTS = re.compile(
    r"terms of reference|rules of procedure|strateg(?:y|ies|ic plan)|medium[- ]term|"
    r"\bmt[ps]\b|\btors?\b|guidelines|\brules\b|evaluation framework|"
    r"commitments?\b|communiqu|joint statement|renewed commitment|strategic plan|"
    r"action plans?\b|road ?maps?\b",
    re.I,
)
BODY_NAMES = re.compile(
    r"\b(?:nowpap|yslme|neampan|neacap|nea-lccp|eaafp|tpdap|eanet|pemsea|cearac)\b", re.I
)
# Topics of no one programme area are the programme's as a whole: the climate (however it is
# worded: change, action, a warming climate; not an 'investment climate'), the SDGs, the
# financial crisis, issues that cut across the areas.
WHOLE_PROGRAMME = re.compile(
    r"(?<!investment )(?<!business )(?<!political )\bclimat(?:e|ic)\b|\bSDGs?\b|2030 Agenda|"
    r"financial crisis|cross-cutting",
    re.I,
)
# 'the contribution of the programme to climate goals' is not money.
NOT_MONEY = re.compile(r"\bcontributions?\s+(?:of|to)\s+(?!the (?:core|trust) fund)", re.I)


@functools.lru_cache(maxsize=8192)  # agenda titles and headings are asked about again and again
def area_of(text: str) -> str | None:
    """The programme area a piece of text is about, or None when it names none."""
    hits = [area for area, pattern in AREA_KEYWORDS if pattern.search(text)]
    if (
        "finance" in hits
        and NOT_MONEY.search(text)
        and not re.search(r"budget|\bfunds?\b", text, re.I)
    ):
        hits.remove("finance")
    whole = ["general"] if WHOLE_PROGRAMME.search(text) else []
    if INSTRUMENTS.search(text) and "finance" not in hits:
        # A topic named beside the instrument is its subject ('the Nature Conservation
        # Strategy', 'the Action Plan on Climate Change'); a programme's name is not ('the
        # RiverCare Ten-year Strategy').
        topics = [a for a, p in AREA_KEYWORDS if p.search(BODY_NAMES.sub("", text))]
        topical = [a for a in topics if a not in {"governance", "finance"}] + whole
        if not topical:
            return "governance"
        return topical[0] if len(topical) == 1 else "general"
    if not hits and not whole:
        return None
    topical = [a for a in hits if a not in {"governance", "finance"}] + whole
    if "finance" in hits:
        return "finance"
    if len(topical) >= 2:
        return "general"
    if topical:
        return topical[0]
    return hits[0]


SERIES_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("SOM", re.compile(r"senior officials'? meeting|meeting of senior officials|\bSOM\b", re.I)),
    ("NFP", re.compile(r"national focal points?(?: meeting)?|focal points? meeting|\bNFP\b", re.I)),
    ("SPC", re.compile(r"science and policy committee|\bSPC-?\d", re.I)),
    (
        "NEAMPAN-SC",
        re.compile(
            r"(?:NEAMPAN|marine protected areas network)[^.\n]{0,40}steering committee|"
            r"steering committee[^.\n]{0,60}(?:NEAMPAN|marine protected)",
            re.I,
        ),
    ),
    ("EGM", re.compile(r"expert group meeting|\bEGM\b", re.I)),
    ("workshop", re.compile(r"\bworkshop\b", re.I)),
    ("forum", re.compile(r"\bforum\b", re.I)),
    (
        "other",
        re.compile(r"consultation meeting|inception meeting|symposium|side event|seminar", re.I),
    ),
]

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40}
UNITS = {k: v for k, v in ORDINALS.items() if v < 10}


def ordinal_value(word: str) -> int | None:
    """'Twenty-fifth' → 25, '22nd' → 22, 'fifth' → 5."""
    w = word.lower().replace("–", "-")
    if m := re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", w):
        return int(m.group(1))
    if w in ORDINALS:
        return ORDINALS[w]
    if m := re.fullmatch(r"(twenty|thirty|forty)[- ]?(\w+)", w):
        unit = UNITS.get(m.group(2))
        return TENS[m.group(1)] + unit if unit else None
    return None


ORDINAL_WORD = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty)[- ]?(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth)|" + "|".join(ORDINALS) + ")"
)

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# 'expressed' is the meeting's verb only for appreciation or gratitude (SCHEMA.md).
EXPRESSED_THANKS = re.compile(
    r"\s+(?:its\s+|their\s+|our\s+|deep\s+|sincere\s+|great\s+|profound\s+|warm\s+)*"
    r"(?:appreciation|gratitude|thanks)",
    re.I,
)
