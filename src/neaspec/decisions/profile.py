from django.http import HttpRequest
from django.utils import timezone

from neaspec.decisions.selectors import asked_of_state
from neaspec.directory.models import MemberState
from neaspec.directory.profile import Section, contributes


@contributes
def asked_of(request: HttpRequest, state: MemberState) -> Section:
    """What the meetings asked of the State, open and closed, so what it delivered stays."""
    tracked = asked_of_state(
        actor=request.user, state=state, today=timezone.localdate(), status="all"
    )
    context = {
        "open": [t for t in tracked if not t.follow_up.is_closed],
        "closed": [t for t in tracked if t.follow_up.is_closed],
        "asked_state": state,
    }
    return Section("decisions/_asked_of_state.html", context)
