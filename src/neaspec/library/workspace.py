"""The home page's library panel: the documents added last that the visitor may read."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.library.selectors import document_list
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def recent_documents(request: HttpRequest, today: datetime.date) -> Panel | None:
    documents = document_list(actor=request.user)[:5]  # as the library lists them
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
