"""The review form: the reviewer's corrections, read back into a neaspec-extract/1 record."""

import copy
import datetime
import re

from django.http import QueryDict
from django.utils.translation import gettext as _

from neaspec.extraction.record import DecisionRow, Record, Why
from neaspec.extraction.services import AREAS

KINDS = {"operative", "informational", "procedural"}
ADDRESSEE = re.compile(r"^(secretariat|member_states|partners|nfps|[A-Z]{2}|committee:[\w-]+)$")
STATES = {"CN", "KP", "JP", "MN", "KR", "RU"}
MODALITIES = {"", "in_person", "virtual", "hybrid"}


def corrected(record: Record, data: QueryDict) -> tuple[Record, list[str]]:
    """The record with the reviewer's corrections, and the errors that stop it being kept."""
    result = copy.deepcopy(record)
    errors: list[str] = []
    meeting = result["meeting"]
    meeting["start_date"] = _date_field(data, "start_date", meeting["start_date"], errors)
    meeting["end_date"] = _date_field(data, "end_date", meeting["end_date"], errors)
    meeting["city"] = data.get("m-city", meeting["city"] or "").strip() or None
    host = data.get("m-host_state", meeting["host_state"] or "").strip().upper()
    if host and host not in STATES:
        errors.append(_("Host: %(code)s is not a member State's code.") % {"code": host})
    meeting["host_state"] = host or None
    modality = data.get("m-modality", meeting["modality"] or "")
    if modality not in MODALITIES:
        errors.append(_("Modality: choose in person, virtual or hybrid."))
    meeting["modality"] = modality or None
    for i, row in enumerate(result["decisions"]):
        row["include"] = data.get(f"d-{i}-include") == "on"
        area, kind = data.get(f"d-{i}-area", row["area"]), data.get(f"d-{i}-kind", row["kind"])
        if area not in AREAS or kind not in KINDS:
            errors.append(
                _("Decision %(n)d: choose an area and a kind from the lists.") % {"n": i + 1}
            )
        row["area"], row["kind"] = area, kind
        due = data.get(f"d-{i}-due", row["due_date"] or "").strip()
        if due and not _is_date(due):
            errors.append(_("Decision %(n)d: write the due date as YYYY-MM-DD.") % {"n": i + 1})
        row["due_date"] = due or None
        addressees = data.get(f"d-{i}-addressees", " ".join(row["addressees"])).split()
        bad = [a for a in addressees if not ADDRESSEE.match(a)]
        if bad:
            errors.append(
                _("Decision %(n)d: unknown addressee %(who)s.") % {"n": i + 1, "who": bad[0]}
            )
        row["addressees"] = addressees
    for i, statement in enumerate(result["statements"]):
        statement["include"] = data.get(f"s-{i}-include") == "on"
    return result, errors


def _date_field(data: QueryDict, name: str, value: str | None, errors: list[str]) -> str | None:
    """The meeting's date `name` as the reviewer wrote it (the form's field "m-<name>")."""
    value = data.get(f"m-{name}", value or "").strip()
    if value and not _is_date(value):
        errors.append(_("%(field)s: write the date as YYYY-MM-DD.") % {"field": name})
    return value or None


def _is_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def reasons(row: DecisionRow) -> str:
    """Why the reader took a sentence for a decision, in words the reviewer can judge: where it
    stands in the report, what its subject is, and the meeting's verbs."""
    why: Why = row.get("why") or {}
    subject = why.get("subject", "")
    structure = {
        "sentence": _("a sentence of paragraph %(paragraph)s") % {"paragraph": row["paragraph"]}
        if row.get("paragraph")
        else _("a sentence"),
        "list_sentence": _("a sentence in a list item"),
        "lead_in_item": _("an item under the lead-in “%(lead_in)s”")
        % {"lead_in": why.get("lead_in", "")[-80:]},
        "lettered_item": _("a lettered item of the meeting's list"),
        "outcome_subject": _("a sentence whose subject is the meeting's outcomes"),
    }.get(why.get("structure", ""), "")
    subject_is = {
        "meeting": _("its subject “%(subject)s” is the meeting"),
        "collective": _("its subject “%(subject)s” acts as the meeting"),
        "alias": _("its subject “%(subject)s” is the meeting's short name"),
        "pronoun": _("its subject “%(subject)s” stands for the meeting"),
        "relative": _("the meeting is the subject of its clause (“%(subject)s which …”)"),
    }.get(why.get("subject_is", ""), _("the meeting is its implied subject"))
    verbs = (
        _("the meeting's verbs: %(verbs)s") % {"verbs": ", ".join(row["verbs"])}
        if row.get("verbs")
        else _("an outcome without a verb of its own")
    )
    parts = [p for p in (structure, subject_is % {"subject": subject}, verbs) if p]
    if row.get("kind") == "procedural":
        parts.append(_("it conducts the meeting (procedural)"))
    return "; ".join(parts)
