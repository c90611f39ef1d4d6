"""The layout of a report (the first layer of the reader): lines without page furniture, what
each line is (menu, date, venue, title, heading, numbered paragraph, bullet, lead-in, programme
line, prose), blocks (numbered paragraphs, headings, bullets, loose lines), section titles, list
labels, and sentences."""

import re
from collections import Counter
from dataclasses import dataclass, field

from neaspec.extraction import places
from neaspec.extraction.dates import find_dates


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
    # A short line printed again and again is the running head of the pages ('UNEP/NOWPAP
    # IG.22/8'), not the text; the first time it stands it may be the title, so it stays.
    counts = Counter(line.strip() for line in raw if 0 < len(line.strip()) < 80)
    running = {line for line, n in counts.items() if n >= 3 and not BULLET_LINE.match(line)}
    seen_running: set[str] = set()
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
        if stripped in running:
            if stripped in seen_running:
                continue
            seen_running.add(stripped)
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
    if line[:1].islower():
        return True
    # A title stands alone; a wrapped line of names ('Chile, Peru, Bolivia and the Plurinational
    # States') has commas and goes on.
    title = _title_case(previous) and "," not in previous
    return not COMPLETE.search(unbold(previous)) and not title


def _title_case(line: str) -> bool:
    """A title's words are capitalised ('Ninth Annual Session of the Coastal
    Wetlands Partnership'); a line of wrapped prose is not."""
    words = re.findall(r"[A-Za-z0-9][\w'’\-]*", unbold(line))
    small = {"of", "the", "and", "on", "in", "for", "to", "at", "a", "an", "with", "among"}
    content = [w for w in words if w not in small and not w[0].isdigit()]
    return 2 <= len(words) <= 14 and all(w[0].isupper() for w in content)


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
        if m and int(m.group(1)) == expected:
            # A short one in the run ('3. The Committee decided:') keeps the count going.
            expected += 1
            seen += len(m.group(2)) > 40 and bool(re.search(r"[a-z]", m.group(2)))
    return seen >= 3


ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|H\.E|No|Nos|St|Co|Inc|Ltd|vs|etc|e\.g|i\.e|para|paras|Art|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|U\.S|U\.N|Rev|Vol|p|pp)|\b[A-Z])\.$"
)


def sentences(text: str) -> list[str]:
    """Sentences by their full stops, also where the space after one is missing ('issues.The
    Ministers') or the stop itself is ('... across the basin We agreed ...': a sentence-opening
    pronoun in mid-sentence); a bulleted list after a full stop is not part of the sentence."""
    parts = re.split(
        r"(?<=[.!?])\s+(?=[A-Z“\"(*])|(?<=[a-z)\]]\.)(?=[A-Z][a-z])|(?<=[a-z])\s+(?=We\s+[a-z])"
        # a list after a sentence's full stop is not part of it
        r"|(?<=[.!?])\s+(?=[-•▪■]\s)",
        text,
    )
    merged: list[str] = []
    for part in parts:
        if merged and ABBREVIATIONS.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return [s.strip() for s in merged if s.strip()]


LABEL = re.compile(r"^\*{0,2}([A-Z][A-Za-z ,()\-]{2,70}?):\*{0,2}\s+(?=\S)")


def outside_background(blocks: list[Block]) -> list[Block]:
    """The blocks that are not under a 'Background' title: the history before the meeting."""
    kept, inside = [], False
    for block in blocks:
        if block.kind == "heading" or (block.kind == "bullet" and TITLE_LINE.match(block.text)):
            inside = bool(BACKGROUND.match(block.text))
        if not inside:
            kept.append(block)
    return kept


# A sentence that ends as sentences do; the last one on a page may have been cut off.
COMPLETE = re.compile(r"[.!?:;…\"”’')\]]\s*\**\s*$")


# A short title without a full stop or a verb of the lexicon: a section's name.
TITLE_LINE = re.compile(r"^(?=.{2,70}$)(?!(?:\S+\s+){8})[A-Z][^.;:!?,]*$")


BACKGROUND = re.compile(
    r"^\W*(?:[\dIVX]+\.?\s*)?(?:background|introduction|context|rationale)\b", re.I
)


# ------------------------------------------------------------------------- what each line is

MENU_LINE = re.compile(r"(?:\s[|»·>]\s.*){2,}|^(?:home|menu|skip to|search|login|sign in)\b", re.I)
PROGRAMME_LINE = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*(?:[-–]\s*\d{1,2}[:.]\d{2})?|^session\s+\d{1,2}\b", re.I
)
LINE_KINDS = (
    "menu",
    "programme",
    "numbered",
    "bullet",
    "date",
    "venue",
    "lead_in",
    "title",
    "heading",
    "prose",
)


def line_kinds(lines: list[str]) -> list[str]:
    """What each line of a page is (one of LINE_KINDS): a site's menu or banner, a programme's
    time or session line, a numbered paragraph, a bullet, a date line (a date alone or with its
    venue), a venue line, a lead-in ending with a colon, the title (the first heading after the
    menus), a heading, or prose. Blank lines are ''."""
    kinds: list[str] = []
    titled = False
    for line in lines:
        kind = _line_kind(unbold(line).strip())
        if kind == "heading" and not titled:
            kind, titled = "title", True
        elif kind == "prose":
            titled = True  # a title comes before the text, never after it
        kinds.append(kind)
    return kinds


def _line_kind(line: str) -> str:

    if not line:
        return ""
    if MENU_LINE.search(line):
        return "menu"
    if PROGRAMME_LINE.match(line):
        return "programme"
    if PARAGRAPH_START.match(line) and len(line) > 60:
        return "numbered"
    if BULLET_LINE.match(line):
        return "bullet"
    dates = find_dates(line)
    rest = line
    for date in dates:
        rest = rest.replace(line[date.at :].split(",")[0], " ")
    if dates and len(re.findall(r"[A-Za-z]{3,}", rest)) <= 6 and not COMPLETE.search(line):
        return "date"
    words = re.findall(r"[A-Z][\w'’\-]+", line)
    if re.match(r"^venue\s*:", line, re.I) or (
        words
        and len(line.split()) <= 6
        and not COMPLETE.search(line)
        and (places.is_city(words[0]) or places.country_code(words[0]))
    ):
        return "venue"
    if line.endswith(":") and len(line) > 15:
        return "lead_in"
    if not re.search(r"[.!?:;,]\s*$", line) and (TITLE_LINE.match(line) or _title_case(line)):
        return "heading"
    return "prose"


def title_lines(lines: list[str]) -> str:
    """The page's title and headings before its text begins: what the document is about, without
    a site's menu ('Clean Air | Nature | Oceans') or its bullets of sections."""
    kept: list[str] = []
    for kind, line in zip(line_kinds(lines[:60]), lines[:60], strict=True):
        if kind in {"prose", "numbered"}:
            break
        if kind in {"title", "heading", "date", "venue"}:
            kept.append(line)
    return "\n".join(kept)
