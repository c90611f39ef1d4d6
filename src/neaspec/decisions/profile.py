from django.http import HttpRequest
from django.utils import timezone

from neaspec.decisions.selectors import asked_of_state
from neaspec.directory.models import MemberState
from neaspec.directory.profile import Section, contributes


@contributes
def asked_of(request: HttpRequest, state: MemberState) -> Section:
    tracked = asked_of_state(actor=request.user, state=state, today=timezone.localdate())
    return Section("decisions/_asked_of_state.html", {"tracked": tracked, "asked_state": state})
