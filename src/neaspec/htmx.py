"""Answers to htmx: a part of the page instead of the whole of it.

A page's inline form posts to its own view with `hx-post` and swaps the section it sits in
(`hx-target="closest section"`); the section is a template partial (`{% partialdef %}`,
Django's own). The view answers
- a refused save with the section holding the form and its errors, status 422 (or 409 when the
  record changed meanwhile), which `base.html`'s htmx configuration swaps in like a success;
- a save with the section as it now stands;
and without JavaScript the same view answers the whole page (422 with the errors) or a redirect,
so nothing depends on htmx. `request.htmx` comes from django-htmx's middleware; every answer
that differs by it says so in `Vary`, so no cache hands a part to a page load.

A part is a partial of the page's template, or (named `"other.html#name"`) of a template the
page includes, where one piece is shown on several pages (a plan area's framework on the area
and the plan page).
"""

from collections.abc import Callable, Mapping
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django_htmx.middleware import HtmxDetails


def wants_part(request: HttpRequest) -> bool:
    """htmx asked for a part (a boosted link or form wants the whole page)."""
    htmx: HtmxDetails | None = getattr(request, "htmx", None)
    return htmx is not None and bool(htmx) and not htmx.boosted


def page_or_part(
    request: HttpRequest,
    template: str,
    context: Mapping[str, Any],
    *,
    part: str = "",
    status: int = 200,
) -> HttpResponse:
    """`template` whole, or to htmx only its partial `part` when one is named (`"name"` of
    `template`, or `"other.html#name"` of a template it includes)."""
    name = template
    if part and wants_part(request):
        name = part if "#" in part else f"{template}#{part}"
    response = render(request, name, context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response


def after_save(
    request: HttpRequest, url: str, part: Callable[[], HttpResponse], *, message: str = ""
) -> HttpResponse:
    """Once a form is saved: to htmx, the part as it now stands (`part()`, which shows
    `message` itself if it has one); otherwise a redirect to `url` (post, redirect, get: a
    reload does not post again), with `message` shown on the page it lands on."""
    if wants_part(request):
        return part()
    if message:
        messages.success(request, message)
    response = HttpResponseRedirect(url)
    patch_vary_headers(response, ("HX-Request",))
    return response
