"""Panels that the apps add to the home page: the public view of the programme, and each
signed-in role's workspace first (what is asked of my State, what waits for my review).

The home page knows no app; each app registers its panels here when it loads (in its
AppConfig.ready), as the State profile does in directory/profile.py. A contributor returns
None when it has nothing for this visitor, so a focal point never sees the Secretariat's queue.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string


@dataclass(frozen=True)
class Panel:
    template: str
    context: dict[str, Any] = field(default_factory=dict)
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
    heading: Any,
    rows: list[Row],
    *,
    lead: Any = "",
    empty: Any = "",
    more_url: str = "",
    more_label: Any = "",
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
