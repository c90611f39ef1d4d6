"""The home page's network panels: site sheets waiting for validation, for the Secretariat;
the nominations a committee waits for (national experts it asked the States for, sites
nominated for its review), for the committee's members, whose due rows are the same."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_secretariat
from neaspec.directory.models import Body
from neaspec.networks.models import SiteSheet
from neaspec.networks.selectors import nominations_awaited, sites_awaiting_review
from neaspec.workspace import Panel, Row, committee_body_ids, contributes, due, listing

# The committee whose page lists the nominations it asked for (networks/views.py); another
# body's are on its page in the directory.
NOMINATIONS_PAGE = {"neacap-spc": "networks:neacap"}
SHOWN = 8


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


def _nominations_page(body: Body) -> str:
    name = NOMINATIONS_PAGE.get(body.key)
    return reverse(name) if name else reverse("directory:body", args=[body.key])


def awaited_by_committee(user: Actor) -> list[Row]:
    """What a committee member's committees wait for: each State's nomination of experts not
    yet submitted, then each site nominated for the committee's review."""
    body_ids = committee_body_ids(user)
    if not body_ids:
        return []
    rows = []
    for n in nominations_awaited(body_ids=body_ids):
        when = _("as of %(date)s") % {"date": date_format(n.as_of)} if n.as_of else ""
        detail = " · ".join(x for x in (n.purpose, when) if x)
        label = f"{n.state.name}: {n.get_status_display()}"
        rows.append(Row(label, _nominations_page(n.body), detail))
    for site in sites_awaiting_review(body_ids=body_ids):
        label = f"{site.name} ({site.state.name})" if site.state else site.name
        detail = _("Nominated; waits for the Steering Committee's review")
        rows.append(Row(label, reverse("networks:site", args=[site.key]), detail))
    return rows


@contributes
def committee_nominations(request: HttpRequest, today: datetime.date) -> Panel | None:
    body_ids = committee_body_ids(request.user)
    if not body_ids:
        return None
    bodies = list(Body.objects.filter(pk__in=body_ids).order_by("name"))
    rows = awaited_by_committee(request.user)
    return listing(
        "nominations",
        _("Nominations awaited by the %(body)s") % {"body": ", ".join(b.name for b in bodies)},
        rows[:SHOWN],  # the committee's page lists them all
        empty=_("No nomination of experts or of a site waits for the committee."),
        more_url=_nominations_page(bodies[0]),
        more_label=_("The committee's page"),
        mine=True,
        order=25,
    )


@due(gettext_lazy("Nominations your committee waits for"))
def committee_nominations_due(user: Actor, today: datetime.date) -> list[Row]:
    return awaited_by_committee(user)
