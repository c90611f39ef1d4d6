from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from neaspec.decisions.selectors import asked_of_state
from neaspec.directory.models import MemberState
from neaspec.directory.profile import Section, contributes

SHOWN = 50  # of each, open and closed; the tracker has the rest, page by page


@contributes
def asked_of(request: HttpRequest, state: MemberState) -> Section:
    """What the meetings asked of the State, open and closed, so what it delivered stays."""
    today = timezone.localdate()
    context: dict[str, Any] = {"asked_state": state}
    for status in ("open", "closed"):
        rows = asked_of_state(actor=request.user, state=state, today=today, status=status)
        context[status] = rows[:SHOWN]

    return Section("decisions/_asked_of_state.html", context)
