from django.http import HttpRequest

from neaspec.directory.models import MemberState
from neaspec.directory.profile import Section, contributes
from neaspec.meetings.selectors import meetings_hosted_by


@contributes
def hosted_meetings(request: HttpRequest, state: MemberState) -> Section:
    return Section("meetings/_hosted.html", {"hosted": list(meetings_hosted_by(state=state))})
