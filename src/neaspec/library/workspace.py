"""The home page's library panel: the documents added last that the visitor may read."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.library.selectors import documents_visible
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def recent_documents(request: HttpRequest, today: datetime.date) -> Panel | None:
    documents = documents_visible(actor=request.user).order_by("-pk")[:5]
    rows = [
        Row(d.title, reverse("library:document", args=[d.pk]), d.get_type_display())
        for d in documents
    ]
    return listing(
        "documents",
        _("Recent documents"),
        rows,
        empty=_("No document is in the library yet."),
        more_url=reverse("library:library"),
        more_label=_("The library"),
        order=50,
    )
