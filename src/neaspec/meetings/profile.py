from django.http import HttpRequest

from neaspec.directory.models import MemberState
from neaspec.directory.profile import Section, contributes
from neaspec.meetings.selectors import meetings_hosted_by

# The latest meetings a State hosted, on its page; the meeting list filtered by host has all
# of them, page by page (a State hosts a meeting or more a year: the page must not grow).
HOSTED_SHOWN = 10


@contributes
def hosted_meetings(request: HttpRequest, state: MemberState) -> Section:
    hosted = list(meetings_hosted_by(state=state)[: HOSTED_SHOWN + 1])
    context = {"hosted": hosted[:HOSTED_SHOWN], "more_hosted": len(hosted) > HOSTED_SHOWN}
    return Section("meetings/_hosted.html", {**context, "host": state})
