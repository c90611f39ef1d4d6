"""What a shared cache (a proxy, a CDN, the browser) may keep, and for how long; and the Hub's
own page cache, which keeps those same public answers in the configured cache.

A page a signed-out visitor sees is the same for every signed-out visitor who asks in the same
language, so it is marked public for NEASPEC_PUBLIC_MAX_AGE seconds; `Vary: Cookie,
Accept-Language` (set by the session and locale middleware) keeps it apart from a signed-in
answer and from another language. Anything else — a signed-in answer, one that sets a cookie,
an error, a write — is private and revalidated every time (the ETag makes that cheap).
"""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from neaspec import record_version

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


# What a page kept for a person has where a form's CSRF token goes: each answer, from the cache
# or not, gets a token of its own session there (`csrf_hole`, `SignedInPageCache`).
CSRF_HOLE = "csrf-token-of-this-answer-0f9c2e"


def csrf_hole(request: HttpRequest) -> dict[str, str]:
    """A context processor after Django's own: while a page is being kept, forms get the
    placeholder instead of this session's token."""
    return {"csrf_token": CSRF_HOLE} if getattr(request, "_kept_for_person", False) else {}


class SignedInPageCache:
    """A signed-in person's pages, kept for them under the record's version (record_version.py):
    the next time they ask for a page — from any session, in any process — and nothing in the
    record has changed since, they get it without its being rendered again. A change anywhere
    moves the version, and every page kept before it is passed over.

    Kept per person (never shared with another, whatever their role: a page may show what is
    theirs) and whether their session gave its two-factor code, per language, address, htmx
    target and day, for at most NEASPEC_SIGNED_IN_CACHE_SECONDS (0: off). A form's CSRF token
    is this answer's own: the page is kept with a placeholder (`csrf_hole`) that each answer
    fills with a token of its session. Not kept or served: a page with a message to show, an
    answer that sets a cookie or says how to be cached itself (downloads, the sign-in steps,
    the pages of one's own sessions: `never_cache`), anything but a 200. After the message
    middleware (it reads whether messages wait)."""

    HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_TARGET", "HTTP_HX_TRIGGER", "HTTP_ACCEPT")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        kept = cache.get(key)
        if kept is not None:
            content, headers = kept
            response = HttpResponse(self._filled(request, content))
            for name, value in headers:
                response[name] = value
            return response
        request._kept_for_person = True  # type: ignore[attr-defined]
        response = self.get_response(request)
        request._kept_for_person = False  # type: ignore[attr-defined]
        if response.streaming:
            return response
        if self._keepable(request, response):
            self._keep(key, response)
        response.content = self._filled(request, response.content)
        if response.has_header("Content-Length"):
            del response["Content-Length"]
        return response

    @staticmethod
    def _filled(request: HttpRequest, content: bytes) -> bytes:
        if CSRF_HOLE.encode() not in content:
            return content
        return content.replace(CSRF_HOLE.encode(), get_token(request).encode())

    @staticmethod
    def _keep(key: str, response: HttpResponse) -> None:
        headers = [(n, v) for n, v in response.items() if n.lower() != "content-length"]
        cache.set(key, (response.content, headers), settings.NEASPEC_SIGNED_IN_CACHE_SECONDS)

    def _key(self, request: HttpRequest) -> str | None:
        user = request.user
        if (
            not settings.NEASPEC_SIGNED_IN_CACHE_SECONDS
            or request.method != "GET"
            or not user.is_authenticated
            or len(getattr(request, "_messages", ())) > 0
        ):
            return None
        parts = [
            str(user.pk),
            str(getattr(user, "is_verified", bool)()),
            get_language() or "",
            request.get_full_path(),
            timezone.localdate().isoformat(),
            *(request.META.get(h, "") for h in self.HEADERS),
        ]
        digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
        return f"signed-in:{record_version.current()}:{digest}"

    @staticmethod
    def _keepable(request: HttpRequest, response: HttpResponse) -> bool:
        return (
            response.status_code == 200
            and not response.cookies
            and not response.has_header("Cache-Control")
            and len(getattr(request, "_messages", ())) == 0
        )
