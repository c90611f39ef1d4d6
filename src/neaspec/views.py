"""The home page (the visitor's workspace first, then the programme at a glance) and the
language switch."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from neaspec.workspace import panels


def home(request: HttpRequest) -> HttpResponse:
    mine, public = panels(request, timezone.localdate())
    return render(request, "home.html", {"mine": mine, "public": public})


@csrf_exempt
@require_POST
def language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, without a CSRF token: the only thing it changes is the
    visitor's own language cookie, and a token on every page's switcher would put a CSRF cookie
    on every signed-out page, so that no shared cache could hold one. `next` is still checked
    to be on this site (Django's view does it)."""
    return set_language(request)


# What crawlers may read: the public record; not the accounts, the admin, the API (its pages
# are the same records) or the files built on request.
ROBOTS = """User-agent: *
Disallow: /account/
Disallow: /accounts/
Disallow: /admin/
Disallow: /api/
Disallow: /reports/
Disallow: /imports/
"""


def robots(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    return HttpResponse(f"{ROBOTS}\nSitemap: {sitemap}\n", content_type="text/plain")
