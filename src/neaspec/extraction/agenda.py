"""Agendas: a numbered list under an agenda heading, a programme's sessions, or numbered titles in
capitals as an annotated agenda prints them."""

import re

from neaspec.extraction.layout import BULLET_LINE, Block, unbold
from neaspec.extraction.record import AgendaRow

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


def parse_agenda(lines: list[str]) -> list[AgendaRow]:
    """A numbered agenda list with lettered (or bulleted) sub-items."""
    items: list[AgendaRow] = []
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


TIME_ONLY = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*(?:[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?)?$", re.I
)


def parse_programme(lines: list[str]) -> list[AgendaRow]:
    """A programme's sessions: a time slot with its title on the same line or alone on the line
    above it; 'Session 2. X' numbered, 'Opening Session' or 'Closing' without a number; breaks
    are not items."""
    items: list[AgendaRow] = []
    after_time = False
    for line in lines:
        plain = line.strip()
        if TIME_ONLY.match(plain):
            after_time = True
            continue
        slot = TIME_SLOT.match(plain)
        if slot:
            text = slot.group(1)
        elif after_time and plain:
            text = plain
        else:
            if plain:
                after_time = False
            continue
        after_time = False
        first = re.split(r"</p>|•|<ul|<br", text)[0]
        title = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", first)).strip()
        if not title or re.match(r"^(?:coffee |tea |lunch )?break$", title, re.I):
            continue
        if m := SESSION.match(title):
            items.append({"number": m.group(1), "title": _title(m.group(2)), "items": []})
        elif re.search(r"session|conclusion|closing|opening", title, re.I):
            items.append({"number": None, "title": _title(title), "items": []})
    return items


def agenda_of(blocks: list[Block], lines: list[str]) -> list[AgendaRow]:
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


def _agenda_under_title(lines: list[str]) -> list[AgendaRow]:
    """A programme's agenda: 'Agenda of Plenary Sessions' and under it 'Session 1' lines, each
    with its title on the same line or the next; what is listed under a session (speakers,
    presentations) is not an item of the agenda."""
    start = next((i for i, line in enumerate(lines) if AGENDA_TITLE.match(unbold(line))), None)
    if start is None:
        return []
    items: list[AgendaRow] = []
    waiting: AgendaRow | None = None
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


def _capital_items(lines: list[str]) -> list[AgendaRow]:
    """An agenda whose items are numbered titles in capitals ('2. BUDGET 2.1 AUDIT OF
    ACCOUNTS'), as an annotated agenda prints them, even when its lines run together."""
    text = " ".join(lines)
    if not re.search(r"\bAGENDA\b", text):
        return []
    items: list[AgendaRow] = []
    for m in CAPITAL_ITEM.finditer(text):
        number, title = m.group(1), m.group(2).strip()
        if len(title) < 4 or any(i["number"] == number for i in items):
            continue
        if "." in number and items and number.split(".")[0] == items[-1]["number"]:
            if all(sub["number"] != number for sub in items[-1]["items"]):
                items[-1]["items"].append({"number": number, "title": title})
        elif "." not in number and (not items or int(number) == int(items[-1]["number"] or 0) + 1):
            items.append({"number": number, "title": title, "items": []})
    return items
