"""What the apps built on meetings add to a meeting's pages.

Meetings know nothing of decisions, the library or the extraction: those apps build on meetings
and register here, when they load (in their AppConfig.ready), the parts of the meeting page, its
preparation page and the draft report's page that are theirs, as they add a section to a
State's profile (`directory/profile.py`). A part gives the context its section of the page
reads: the decisions under each agenda item (decisions), the meeting's documents and the form
that adds one (library), the review of the adopted report (extraction). A section whose part is
not registered shows as empty.
"""

from collections.abc import Callable
from typing import Any, Literal

from django.http import HttpRequest

from neaspec.meetings.models import Meeting

Page = Literal["meeting", "prepare", "report"]
Part = Callable[[HttpRequest, Meeting], dict[str, Any]]
PARTS: dict[Page, list[Part]] = {"meeting": [], "prepare": [], "report": []}


def adds_to(page: Page) -> Callable[[Part], Part]:
    """Register `part(request, meeting)` on `page` (a decorator); it returns context entries."""

    def register(part: Part) -> Part:
        PARTS[page].append(part)
        return part

    return register


def parts(page: Page, request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The context the registered parts of `page` give, in the order they registered."""
    context: dict[str, Any] = {}
    for part in PARTS[page]:
        context.update(part(request, meeting))
    return context
