"""What every signed-in request passes through: two-factor sign-in where the account has it or
must have it, and the note that its session is in use; and, for htmx, the sign-in pages reached
whole rather than swapped into a part of a page."""

from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails

from neaspec.accounts.rules import is_secretariat
from neaspec.accounts.sign_ins import sign_in_seen
from neaspec.accounts.tokens import token_used
from neaspec.accounts.two_factor import session_owes_code
from neaspec.api.errors import error_response

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Reachable by a session that still owes its code, or a Secretariat account without two-factor
# sign-in: static files, signing out, the health checks and the language switch; and the page
# that settles the debt (the code step, or the setup page).
_ALWAYS_OPEN = ("logout", "healthz", "readyz", "set_language")


class TwoFactorRequired:
    """Before any other page: a session signed in with a password alone, of an account that has
    two-factor sign-in (through another door than the Hub's sign-in page, such as the admin's),
    is asked for its code; a Secretariat account without it is sent to set it up. The JSON API
    answers such a session 403, saying why.

    After django-otp's OTPMiddleware, which tells whether the session gave a code."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path.startswith(settings.STATIC_URL) or path in {reverse(n) for n in _ALWAYS_OPEN}:
            return self.get_response(request)
        user = request.user
        if not user.is_authenticated or user.is_verified():  # type: ignore[attr-defined]
            return self.get_response(request)
        if session_owes_code(request):
            page = "login_code"
            message = _(
                "This session has not given its two-factor code: sign in again on the Hub's "
                "sign-in page."
            )
        elif is_secretariat(user):
            page = "two_factor"
            message = _(
                "Secretariat accounts must use two-factor authentication: set it up on the "
                "Hub's page Your account, Two-factor authentication, then try again."
            )
        else:
            return self.get_response(request)
        if path == reverse(page):
            return self.get_response(request)
        if path.startswith("/api/"):
            return error_response(403, "two_factor_required", message)
        return _sign_in_step(request, reverse(page), back=_back_to(request))


def _htmx(request: HttpRequest) -> bool:
    htmx: HtmxDetails | None = getattr(request, "htmx", None)
    return bool(htmx)


def _back_to(request: HttpRequest) -> str:
    """Where to come back to once signed in: for htmx, the page the request came from (its own
    address may be a form's post or a part of that page), else the request's own."""
    htmx: HtmxDetails | None = getattr(request, "htmx", None)
    return (htmx.current_url_abs_path if htmx else None) or request.get_full_path()


def _sign_in_step(request: HttpRequest, url: str, *, back: str) -> HttpResponse:
    """A redirect to a sign-in step (`url`, with `next=back`). htmx would follow it and swap
    the sign-in page into the part it asked for: it is told to load the page whole instead
    (HX-Redirect)."""
    target = f"{url}?{urlencode({'next': back})}" if back else url
    if _htmx(request):
        return HttpResponseClientRedirect(target)
    return HttpResponseRedirect(target)


class SignInWholePage:
    """A signed-out htmx request (its session expired, or ended elsewhere) that a view sends to
    the sign-in page (`login_required`) goes there whole, and comes back to the page it was on
    rather than to the form's post or the part it asked for.

    After django-htmx's middleware (`request.htmx`)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code not in (301, 302) or not _htmx(request):
            return response
        location = urlsplit(response["Location"])
        if location.path != resolve_url(settings.LOGIN_URL):
            return response
        asked = dict(parse_qsl(location.query)).get("next")
        whole = _sign_in_step(request, location.path, back=_back_to(request) if asked else "")
        # What the middleware within set on the redirect still holds (a sign-in step is
        # private: no page cache may keep this 200 for the URL), and it depends on htmx.
        whole.cookies = response.cookies
        for header in ("Cache-Control", "Vary"):
            if response.has_header(header):
                whole[header] = response[header]
        patch_vary_headers(whole, ("HX-Request",))
        return whole


class SignInSeen:
    """Notes that a signed-in session is in use (for "Your sessions"), and signs out a session
    its owner has ended from elsewhere, whatever the session store."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and not sign_in_seen(request=request, user=request.user):
            logout(request)
        return self.get_response(request)


class BearerToken:
    """An API request with `Authorization: Bearer <token>` acts as the token's owner: no session
    and no CSRF token (a script sends no cookie for a site to forge). A token that is not one
    in use is refused (401) rather than read as a visitor, so a script learns its token is bad;
    a read-only token may only read (403). The token's owner gave their two-factor code when
    they made it, so the token stands for a verified session.

    After the session's own middleware (a session says nothing here: the token decides), and
    before the caches, which then see a signed-in reader and keep nothing public."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        header = request.headers.get("Authorization", "")
        scheme, _space, secret = header.partition(" ")
        if not request.path_info.startswith("/api/") or scheme.lower() != "bearer":
            return self.get_response(request)
        token = token_used(secret.strip())
        if token is None:
            response = error_response(
                401, "invalid_token", _("The token is not one in use: it may have been revoked.")
            )
            response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
            return response
        if request.method not in SAFE_METHODS and not token.may_write:
            return error_response(
                403, "read_only_token", _("This token may only read: make a read and write one.")
            )
        user = token.user
        user.is_verified = lambda: True  # type: ignore[attr-defined]
        request.user = user
        request.api_token = token  # type: ignore[attr-defined]
        request._dont_enforce_csrf_checks = True  # type: ignore[attr-defined]
        response = self.get_response(request)
        patch_vary_headers(response, ("Authorization",))
        return response
