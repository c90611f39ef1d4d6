"""The home page's extraction panel for the Secretariat: meeting reports read and waiting
for review before their decisions are recorded."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat
from neaspec.extraction.models import Extraction
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def extractions_to_review(request: HttpRequest, today: datetime.date) -> Panel | None:
    if not is_secretariat(request.user):
        return None
    # The document's title only: its text (a whole report) is not read for a link.
    waiting = (
        Extraction.objects.filter(status=Extraction.Status.PROPOSED)
        .select_related("document")
        .only("document_id", "document__title")
    )
    rows = [
        Row(e.document.title, reverse("extraction:review", args=[e.document_id]))
        for e in waiting[:5]
    ]
    return listing(
        "extractions",
        _("Meeting reports to review: %(count)d") % {"count": waiting.count()},
        rows,
        empty=_("No extracted report waits for review."),
        mine=True,
        order=40,
    )
