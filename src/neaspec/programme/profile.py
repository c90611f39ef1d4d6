from django.http import HttpRequest

from neaspec.directory.models import MemberState
from neaspec.directory.profile import Section, contributes
from neaspec.programme.selectors import state_results


@contributes
def results(request: HttpRequest, state: MemberState) -> Section:
    """What the State leads in the activity plans and the headline values it reports."""
    return Section(
        "programme/_state_results.html",
        {"results_state": state, **state_results(state=state, actor=request.user)},
    )
