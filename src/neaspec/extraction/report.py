"""A meeting report's text → the `neaspec-extract/1` record (see docs/extraction.md).

The reader works in layers, each deciding from structure and grammar, not from phrases of the
reports at hand: the layout (layout.py: lines, blocks, titles, sentences), the structure walked
here (sections, lead-ins and the items under them, list labels), the clauses (clauses.py: the
subject noun phrase, its head, the meeting's verbs) and the classification (classify.py: kind,
area, addressees, due date). The meeting's own fields, its agenda and the statements have their
modules (meeting.py with venue.py and places.py, agenda.py, speakers.py).
"""

import re

from neaspec.extraction import lexicon as lx
from neaspec.extraction.agenda import agenda_of
from neaspec.extraction.classify import (
    Context,
    area_for,
    decision_record,
    is_procedural,
    lettered_outcomes,
    outcome_record,
)
from neaspec.extraction.clauses import Page, meeting_aliases, meeting_verbs
from neaspec.extraction.layout import (
    AGENDA_REF,
    BACKGROUND,
    COMPLETE,
    LABEL,
    TITLE_LINE,
    Block,
    clean_lines,
    outside_background,
    sentences,
    title_lines,
    to_blocks,
)
from neaspec.extraction.meeting import attendance, meeting_fields, officers
from neaspec.extraction.record import SCHEMA, AgendaRow, DecisionRow, Record, Why
from neaspec.extraction.speakers import paragraph_speakers


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
    # A title that names the meeting ('Outcome of the 31st Senior Officials Meeting') gives the
    # document's subject, not a topic.
    for _code, pattern in lx.SERIES_PATTERNS:
        title = pattern.sub(" ", title)
    area = lx.area_of(title)
    if area:
        return area
    if re.search(r"statements|policy issues|presentations", title, re.I):
        return "general"
    return None


def _agenda_number_for(heading: str, agenda: list[AgendaRow]) -> str | None:
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


def extract(text: str, source: str, *, explain: bool = False) -> Record:
    """The `neaspec-extract/1` record of one report. With `explain`, as the review page shows
    it: each decision says why it was taken, and proceedings have the kind 'procedural'."""
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
    lead = "\n".join(b.text for b in outside_background(blocks))[:3000]
    meeting = meeting_fields(header, opening, lead)

    agenda = agenda_of(blocks, lines)
    record: Record = {
        "schema": SCHEMA,
        "source": source,
        "meeting": meeting,
        "officers": officers(" ".join(b.text for b in blocks if b.kind != "heading")),
        "attendance": attendance(
            "\n".join([header, *(b.text for b in blocks if b.kind == "paragraph")])
        ),
        "agenda": agenda,
        "decisions": [],
        "statements": [],
    }
    # The document's topic from its title lines; a site's menu ('• Dust and sand storms') is
    # not the meeting's subject.
    topic = lx.area_of(title_lines(lines) or header)
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
    ctx = Context(default_area=default_area or "general", explain=explain)
    _walk(blocks, agenda, page, meeting.get("host_state"), record, ctx)
    return record


# A committee's or network's own meetings are about its programme area unless a sentence says
# otherwise.
SERIES_AREA = {"SPC": "air", "NEAMPAN-SC": "marine"}


def _walk(
    blocks: list[Block],
    agenda: list[AgendaRow],
    page: Page,
    host: str | None,
    record: Record,
    ctx: Context,
) -> None:
    last_prose = next((b for b in reversed(blocks) if b.kind == "paragraph"), None)
    if blocks and blocks[-1] is not last_prose and blocks[-1].kind != "line":
        last_prose = None  # a list or heading follows: the paragraph was not cut off
    previous_speaker: str | None = None
    lead_in: str | None = None
    absorbed: set[int] = set()
    for index, block in enumerate(blocks):
        if index in absorbed:
            continue
        if block.kind == "heading":
            _enter(block.text, agenda, ctx)
            lead_in = LEAD_IN_KIND(block.text)
            ctx.lead_in_text = block.text if lead_in else ""
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
        ctx.lead_in_text = block.text if lead_in else ""
        text = block.text
        label = LABEL.match(text)
        if label and lx.area_of(label.group(1)) is not None and ctx.section != "proceedings":
            ctx.label_area = lx.area_of(label.group(1))
            text = text[label.end() :]
        lettered = lettered_outcomes(text)
        for outcome in lettered:
            listed = outcome_record(outcome, "decisional", ctx)
            listed["paragraph"] = block.number
            _add(record, listed, ctx, {"structure": "lettered_item"})
        cut = block is last_prose
        said = [] if lettered else sentences(text)
        decision: DecisionRow | None = None
        for position, sentence in enumerate(said):
            decision = None
            if cut and position == len(said) - 1 and not COMPLETE.search(sentence):
                continue  # the text stops mid-sentence: what the meeting did there is unknown
            verbs = meeting_verbs(sentence, page)
            if verbs and NO_OBJECT.search(sentence):
                continue  # 'The Committee decided:': the items under it are the decisions
            if verbs:
                decision = decision_record(block.number, sentence, verbs, ctx)
                _add(record, decision, ctx, _clause_reasons("sentence", page))
            elif OUTCOME_SUBJECT.match(sentence) and not sentence.rstrip().endswith(":"):
                decision = outcome_record(sentence, "outcome", ctx)
                decision["paragraph"], decision["kind"] = block.number, "operative"
                _add(record, decision, ctx, {"structure": "outcome_subject"})
        if decision is not None and text.rstrip().endswith(":"):
            # A lead-in with its own object: the list under it is that object ('approved the
            # following documents:'), unless its items open with a verb of their own.
            items = _list_after(blocks, index)
            if items and VERB_FIRST.match(blocks[items[0]].text):
                lead_in, ctx.lead_in_text = "outcome", text
            elif items:
                joined = " ".join(blocks[i].text for i in items)
                decision["text"] = f"{decision['text']} {joined}"
                decision["area"] = area_for(decision["text"], ctx)
                absorbed.update(items)
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


def _list_after(blocks: list[Block], index: int) -> list[int]:
    """The list under a lead-in: its bullets, or its short lines up to the one that ends it."""
    items: list[int] = []
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.kind not in {"bullet", "paragraph"} or block.number:
            break
        items.append(position)
        if block.kind == "paragraph" and not block.text.rstrip().endswith((";", ",")):
            break  # the last item
    return items


# A lead-in whose verb has no object of its own: 'The Committee decided:', 'agreed as follows:'.
NO_OBJECT = re.compile(
    r"\b"
    + lx.VERB_PATTERN.pattern
    + r"\s*(?:(?:on|upon)\s+)?(?:the following|as follows)?\s*:\s*$",
    re.I,
)
# An item that opens with the meeting's verb is a decision of its own ('Welcomed the survey').
VERB_FIRST = re.compile(r"^(?:[A-Za-z]+ly\s+)?" + lx.VERB_PATTERN.pattern, re.I)
# The meeting's outcomes as the subject: 'Main results include (a) ...', 'The chief result was
# the decision to set up a network'.
OUTCOME_SUBJECT = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:(?:main|key|chief|major|clear|principal|important|"
    r"concrete|notable)\s+)*(?:outcomes?|results?)\b(?:\s+of\s+the\s+\w+)?\s+"
    r"(?:include[sd]?|was|were|is|are)\b(?!\s+(?:not|expected|to be|likely))",
    re.I,
)


def _bullet(block: Block, page: Page, lead_in: str | None, ctx: Context, record: Record) -> None:
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
            decision = decision_record(block.number, sentence, verbs, ctx)
            _add(record, decision, ctx, _clause_reasons("list_sentence", page))
            found = True
    if not found and lead_in:
        reasons: Why = {"structure": "lead_in_item", "lead_in": ctx.lead_in_text}
        _add(record, outcome_record(text, lead_in, ctx), ctx, reasons)
    ctx.label_area = label_area


def _clause_reasons(structure: str, page: Page) -> Why:
    clause = page.clause
    return {
        "structure": structure,
        "subject": clause.subject if clause else "",
        "subject_is": clause.reason if clause else "",
    }


def _add(record: Record, decision: DecisionRow, ctx: Context, why: Why) -> None:
    """A decision into the record; for the reviewer, with why it was taken, and proceedings
    (officers elected, the agenda adopted) told apart from what the meeting decided."""
    if ctx.explain:
        decision["why"] = why
        if is_procedural(decision["text"], decision["verbs"]):
            decision["kind"] = "procedural"
    record["decisions"].append(decision)


def _enter(heading: str, agenda: list[AgendaRow], ctx: Context) -> None:
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


def _area_of_item(number: str, agenda: list[AgendaRow]) -> str | None:
    for item in agenda:
        for candidate in [item, *item["items"]]:
            if candidate["number"] == number:
                return lx.area_of(candidate["title"])
    return None


def _sub_item_for(
    number: str | None, agenda: list[AgendaRow], speaker: str, host: str | None
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


def _item_for_topic(text: str, agenda: list[AgendaRow], speaker: str) -> str | None:
    """A statement inside the conclusions takes the agenda item of its topic."""
    area = lx.area_of(text)
    for item in agenda:
        for candidate in [*item["items"], item]:
            if area and lx.area_of(candidate["title"]) == area:
                return candidate["number"]
    return None
