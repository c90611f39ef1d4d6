"""The home page's network panel for the Secretariat: site sheets waiting for validation."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat
from neaspec.networks.models import SiteSheet
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def sheets_to_validate(request: HttpRequest, today: datetime.date) -> Panel | None:
    if not is_secretariat(request.user):
        return None
    waiting = SiteSheet.objects.filter(status=SiteSheet.Status.SUBMITTED).select_related("site")
    rows = [
        Row(f"{s.site.name}, version {s.version}", reverse("networks:site", args=[s.site.key]))
        for s in waiting[:5]
    ]
    return listing(
        "sheets",
        _("Site sheets to validate: %(count)d") % {"count": waiting.count()},
        rows,
        empty=_("No site sheet waits for validation."),
        mine=True,
        order=30,
    )
