"""The meeting page's decision lines, cached one per decision, language and version.

A line shows only the decision itself and whom it addresses, so it is the same for everyone
who may see the decision (which decisions a reader sees is decided before the cache). Its key
carries a digest of everything the line shows, read with the decision (`line_version`): a
decision changed anywhere — a service, the admin, an import, `neaspec seed`, a translation, in
this process or in any other — has a new key, so no process ever serves an old line, whatever
cache each one has (its own memory by default). Nothing has to be told to forget a line; an old
one is simply no longer asked for and expires.

The meeting page reads the decisions a reader may see, and how long a line is kept, through the
part registered here (`meetings.pages`): meetings do not import decisions, which build on them.
"""

import hashlib
from typing import Any

from django.http import HttpRequest

from neaspec.decisions.models import Decision
from neaspec.decisions.selectors import meeting_decisions
from neaspec.meetings.models import Meeting
from neaspec.meetings.pages import adds_to
from neaspec.multilingual import all_languages

# Long: a changed decision has a new key, so an old line is never shown, only left to expire.
TIMEOUT = 24 * 3600


def line_version(decision: Decision) -> str:
    """A digest of what the decision's line shows (its number, its summary in every language,
    verbs, kind, whether adopted, due date, whom it asks), from the row and its prefetched
    addressees: no query."""
    shown = (
        decision.paragraph,
        decision.sentence,
        sorted(all_languages(decision, "summary").items()),
        list(decision.verbs),
        decision.kind,
        decision.adopted,
        decision.due_date,
        [str(a) for a in decision.addressees.all()],
    )
    return hashlib.blake2b(repr(shown).encode(), digest_size=8).hexdigest()


@adds_to("meeting")
def meeting_page_decisions(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The meeting's decisions the reader may see (the page places them under their agenda
    items, the others after the agenda), each with the version its cached line is kept under,
    and how long a line is kept."""
    decisions = meeting_decisions(actor=request.user, meeting=meeting)
    for decision in decisions:
        decision.line_version = line_version(decision)
    return {"decisions": decisions, "line_timeout": TIMEOUT}
