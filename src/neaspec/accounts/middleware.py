"""What every signed-in request passes through: two-factor sign-in where the account has it or
must have it, and the note that its session is in use."""

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat
from neaspec.accounts.sign_ins import sign_in_seen
from neaspec.accounts.two_factor import session_owes_code
from neaspec.api.errors import error_response

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
        target = f"{reverse(page)}?{urlencode({'next': request.get_full_path()})}"
        if request.headers.get("HX-Request"):
            # htmx would swap the page into a fragment: the browser goes there itself.
            return HttpResponse(status=204, headers={"HX-Redirect": target})
        return HttpResponseRedirect(target)


class SignInSeen:
    """Notes that a signed-in session is in use (for "Your sessions"), and signs out a session
    its owner has ended from elsewhere, whatever the session store."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and not sign_in_seen(request=request, user=request.user):
            logout(request)
        return self.get_response(request)
