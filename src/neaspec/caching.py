"""What a shared cache (a proxy, a CDN, the browser) may keep, and for how long; and the Hub's
own page cache, which keeps those same public answers in the configured cache.

A page a signed-out visitor sees is the same for every signed-out visitor who asks in the same
language, so it is marked public for NEASPEC_PUBLIC_MAX_AGE seconds; `Vary: Cookie,
Accept-Language` (set by the session and locale middleware) keeps it apart from a signed-in
answer and from another language. Anything else — a signed-in answer, one that sets a cookie,
an error, a write — is private and revalidated every time (the ETag makes that cheap).
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import patch_cache_control

CACHEABLE_STATUS = {200, 203, 204, 300, 301, 404, 410}


class PublicCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # the view decided (never_cache on /healthz, downloads, …)
        if is_public(request, response):
            patch_cache_control(response, public=True, max_age=settings.NEASPEC_PUBLIC_MAX_AGE)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


def is_public(request: HttpRequest, response: HttpResponse) -> bool:
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in CACHEABLE_STATUS
        and not response.cookies
        and user is not None
        and not user.is_authenticated
    )


class PageCacheUpdate(UpdateCacheMiddleware):
    """Django's page cache, for the answers `PublicCacheMiddleware` marks public: a signed-out
    visitor's page is rendered once per NEASPEC_PAGE_CACHE_SECONDS, per URL, language and the
    headers it varies on (cookie, encoding), in the cache every server shares. Anything
    private (signed in, a cookie set) is never stored, so what a signed-in person changes, they
    and every other signed-in person see at once; the public sees it within the page cache's
    time, as through a proxy. 0 turns it off (the tests do, but the one that tests it).

    First in the middleware: it stores what the others produced. Its partner `PageCacheFetch`
    comes last, after the language is known, because Django keys a cached page by the active
    language rather than by the Accept-Language header."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase | str
    ) -> HttpResponseBase | str:
        self.page_timeout = settings.NEASPEC_PAGE_CACHE_SECONDS
        if not self.page_timeout or getattr(response, "status_code", None) != 200:
            return response  # a 304 is the answer to one client's question, not the page
        return super().process_response(request, response)


class PageCacheFetch(FetchFromCacheMiddleware):
    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        if not settings.NEASPEC_PAGE_CACHE_SECONDS:
            request._cache_update_cache = False  # type: ignore[attr-defined]
            return None
        return super().process_request(request)
