"""The review form: the reviewer's corrections, read back into a neaspec-extract/1 record."""

import copy
import datetime
import re
from typing import Any

from django.http import QueryDict
from django.utils.translation import gettext as _

from neaspec.extraction.services import AREAS

KINDS = {"operative", "informational"}
ADDRESSEE = re.compile(r"^(secretariat|member_states|partners|nfps|[A-Z]{2}|committee:[\w-]+)$")
STATES = {"CN", "KP", "JP", "MN", "KR", "RU"}
MODALITIES = {"", "in_person", "virtual", "hybrid"}


def corrected(record: dict[str, Any], data: QueryDict) -> tuple[dict[str, Any], list[str]]:
    """The record with the reviewer's corrections, and the errors that stop it being kept."""
    result = copy.deepcopy(record)
    errors: list[str] = []
    meeting = result["meeting"]
    for name in ("start_date", "end_date"):
        value = data.get(f"m-{name}", meeting.get(name) or "").strip()
        if value and not _is_date(value):
            errors.append(_("%(field)s: write the date as YYYY-MM-DD.") % {"field": name})
        meeting[name] = value or None
    meeting["city"] = data.get("m-city", meeting.get("city") or "").strip() or None
    host = data.get("m-host_state", meeting.get("host_state") or "").strip().upper()
    if host and host not in STATES:
        errors.append(_("Host: %(code)s is not a member State's code.") % {"code": host})
    meeting["host_state"] = host or None
    modality = data.get("m-modality", meeting.get("modality") or "")
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
        due = data.get(f"d-{i}-due", row.get("due_date") or "").strip()
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
    for i, row in enumerate(result["statements"]):
        row["include"] = data.get(f"s-{i}-include") == "on"
    return result, errors


def _is_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
