"""Panels that the apps add to the home page: the public view of the programme, and each
signed-in role's workspace first (what is asked of my State, what waits for my review).

The home page knows no app; each app registers its panels here when it loads (in its
AppConfig.ready), as the State profile does in directory/profile.py. A contributor returns
None when it has nothing for this visitor, so a focal point never sees the Secretariat's queue.

Beside the panels, each app registers what is due for a user (`due`): the rows the weekly
digest sends, read by `due_for`. An app's panel and its due rows read the same selector, so
the page and the mail cannot disagree; each row's address is a path (reverse), which the mail
prefixes with the site's address.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.functional import Promise

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import grants_of


@dataclass(frozen=True)
class Panel:
    template: str
    # What the template reads (rows, counts, headings): only the template reads it.
    context: Mapping[str, object] = field(default_factory=dict)
    # Panels of the signed-in user's own work come before the public overview.
    mine: bool = False
    order: int = 50


Contributor = Callable[[HttpRequest, datetime.date], Panel | None]
CONTRIBUTORS: list[Contributor] = []


@dataclass(frozen=True)
class Row:
    label: str
    url: str = ""
    detail: str = ""
    source: str = ""


def listing(
    key: str,
    heading: str | Promise,
    rows: list[Row],
    *,
    lead: str | Promise = "",
    empty: str | Promise = "",
    more_url: str = "",
    more_label: str | Promise = "",
    mine: bool = False,
    order: int = 50,
) -> Panel:
    """The common panel: a heading, a few rows that link somewhere, and a link to the rest."""
    context = {
        "key": key,
        "heading": heading,
        "rows": rows,
        "lead": lead,
        "empty": empty,
        "more_url": more_url,
        "more_label": more_label,
        "mine": mine,
    }
    return Panel("_panel.html", context, mine=mine, order=order)


def committee_body_ids(user: Actor) -> set[int]:
    """The bodies whose committee `user` sits on (their meetings, reviews and requests are the
    committee member's workspace)."""
    return {g.body_id for g in grants_of(user) if g.role == Role.COMMITTEE_MEMBER and g.body_id}


def organization_ids(user: Actor) -> set[int]:
    """The organizations `user` is a partner for."""
    return {
        g.organization_id for g in grants_of(user) if g.role == Role.PARTNER and g.organization_id
    }


def contributes(contributor: Contributor) -> Contributor:
    CONTRIBUTORS.append(contributor)
    return contributor


def panels(request: HttpRequest, today: datetime.date) -> tuple[list[str], list[str]]:
    """The visitor's own panels and the public ones, each rendered with its template."""
    found = [p for c in CONTRIBUTORS if (p := c(request, today)) is not None]
    found.sort(key=lambda p: p.order)

    def render(panel: Panel) -> str:
        return render_to_string(panel.template, panel.context, request=request)

    return [render(p) for p in found if p.mine], [render(p) for p in found if not p.mine]


# What is due is what is late, or falls due within this many days (a digest's horizon).
SOON = datetime.timedelta(days=30)

# A user's due rows (their work with a date: late or soon) on `today`; [] when none or when
# the app has nothing for this user's roles. Each path is absolute (from reverse()).
DueContributor = Callable[[Actor, datetime.date], list[Row]]
DUE: list[tuple[str | Promise, DueContributor]] = []


def due(heading: str | Promise) -> Callable[[DueContributor], DueContributor]:
    """Register what is due for a user under `heading` (a lazy translation: it is read in the
    language of whoever the digest is for)."""

    def register(contributor: DueContributor) -> DueContributor:
        DUE.append((heading, contributor))
        return contributor

    return register


def due_for(user: Actor, today: datetime.date) -> list[tuple[str, list[Row]]]:
    """What is due for `user` on `today`, as (heading, rows), each app's in the order the apps
    load; the headings of apps with nothing due are left out."""
    return [
        (str(heading), rows) for heading, contributor in DUE if (rows := contributor(user, today))
    ]
