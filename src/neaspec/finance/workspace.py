"""The home page's contributions panel: what a State has not yet confirmed, for its focal
point and for the Secretariat."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.finance.selectors import contributions_visible
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def contributions_to_confirm(request: HttpRequest, today: datetime.date) -> Panel | None:
    secretariat = is_secretariat(request.user)
    state_ids = focal_point_state_ids(request.user)
    if not secretariat and not state_ids:
        return None
    waiting = contributions_visible(actor=request.user).filter(
        confirmed_by=None, state__isnull=False
    )
    if not secretariat:
        waiting = waiting.filter(state_id__in=state_ids)
    waiting = waiting.select_related("state", "fund").order_by("-year")
    rows = [
        Row(
            f"{c.contributor}, {c.year}: {c.get_status_display()}",
            reverse("finance:contribution", args=[c.pk]),
        )
        for c in waiting[:5]
    ]
    return listing(
        "contributions",
        _("Contributions not yet confirmed by their State: %(count)d") % {"count": waiting.count()},
        rows,
        empty=_("Every contribution is confirmed."),
        more_url=reverse("finance:contributions"),
        more_label=_("Status of contributions"),
        mine=True,
        order=45,
    )
