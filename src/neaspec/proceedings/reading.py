"""A draft decision's text read as the report's decisions are read (the extraction's reading of
one sentence): its operative verbs and kind, the programme area, the date it sets and whom it
asks — so that a decision drafted in the room is tracked like one recorded from a report."""

import datetime

from neaspec.decisions.addressees import AddresseeCode, from_extracted
from neaspec.decisions.drafting_services import Reading
from neaspec.decisions.models import Decision
from neaspec.directory.models import Body, MemberState
from neaspec.extraction.classify import Context, addressees, area_for, is_procedural, kind_of
from neaspec.extraction.clauses import meeting_verbs
from neaspec.extraction.dates import deadline
from neaspec.extraction.services import AREAS
from neaspec.programme.models import ProgrammeArea


def draft_reading(text: str) -> Reading:
    """What `text` asks, of whom and by when; an addressee the directory does not hold is left
    out (the draft still shows it in its words)."""
    verbs = meeting_verbs(text)
    kind = Decision.Kind.PROCEDURAL if is_procedural(text, verbs) else kind_of(verbs)
    concern, code = AREAS.get(area_for(text, Context()), ("general", None))
    area = ProgrammeArea.objects.filter(code=code).first() if code else None
    if concern == Decision.Concern.PROGRAMME and area is None:
        concern = Decision.Concern.GENERAL
    due = deadline(text)
    return Reading(
        verbs=verbs,
        kind=kind,
        concern=concern,
        area=area,
        due_date=datetime.date.fromisoformat(due) if due else None,
        addressees=_known(addressees(text)),
    )


def _known(names: list[str]) -> list[AddresseeCode]:
    states = set(MemberState.objects.values_list("code", flat=True))
    bodies = set(Body.objects.values_list("key", flat=True))
    codes: list[AddresseeCode] = []
    for name in names:
        code = from_extracted(name)
        if code is None or code in codes:
            continue
        if (code.state and code.state not in states) or (code.body and code.body not in bodies):
            continue
        codes.append(code)
    return codes
