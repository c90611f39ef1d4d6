"""Signing in (the password, then the code where the account has two-factor sign-in), the
account's own page, its two-factor sign-in and its signed-in sessions."""

import time
from typing import Any
from urllib.parse import urlencode

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import login as two_factor_login

from neaspec.accounts import sign_ins, tokens, two_factor
from neaspec.accounts.forms import AppCodeForm, CodeForm, TokenForm
from neaspec.accounts.models import ApiToken, AuthenticatedRequest, User

# In the session: a password accepted, waiting for its code (for this many seconds); the
# secret offered to an authenticator app until a code from it confirms it; new recovery codes,
# shown once.
PENDING = "neaspec_sign_in_pending"
PENDING_SECONDS = 600
APP_KEY = "neaspec_two_factor_key"
NEW_CODES = "neaspec_recovery_codes"


class SignInView(auth_views.LoginView):
    """Django's sign-in page (django-axes counts its failures); an account with two-factor
    sign-in is not signed in yet, but asked for its code on the next page."""

    template_name = "accounts/login.html"

    def form_valid(self, form: Any) -> HttpResponse:
        user = form.get_user()
        if not two_factor.two_factor_on(user):
            return super().form_valid(form)
        self.request.session[PENDING] = {
            "user": user.pk,
            "backend": user.backend,
            "at": time.time(),
            "next": self.get_success_url(),
        }
        return redirect("login_code")


def _next(request: HttpRequest, default: str | None = None) -> str:
    """Where to go afterwards: `next` if it is on this site, else `default` or home."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return default or resolve_url(settings.LOGIN_REDIRECT_URL)


@never_cache
@sensitive_post_parameters("code")
def sign_in_code(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code from the app or a recovery code. A wrong code
    counts as a failed sign-in of the account (django-axes), and each device waits longer
    after each wrong code (django-otp). Also where a signed-in session of an account with
    two-factor sign-in that has not given a code is sent (`accounts.middleware`)."""
    if request.user.is_authenticated:
        if request.user.is_verified():  # type: ignore[attr-defined]
            return redirect(_next(request))
        if not two_factor.session_owes_code_note(request=request, user=request.user):
            return redirect(_next(request))  # turned off since this session signed in
        user: User | None = request.user
        backend, next_url = None, _next(request)
    else:
        pending = request.session.get(PENDING)
        if not pending or time.time() - pending["at"] > PENDING_SECONDS:
            request.session.pop(PENDING, None)
            return redirect("login")
        user = User.objects.filter(pk=pending["user"], is_active=True).first()
        backend, next_url = pending["backend"], pending["next"]
    if user is None:
        return redirect("login")
    credentials = {"username": user.get_username()}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, None, credentials)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = two_factor.code_check(user=user, code=form.cleaned_data["code"])
        except ValidationError as refusal:
            form.add_error(None, refusal)
            # Counted as a failed sign-in; the one that reaches the limit is answered with the
            # lockout page (axes' middleware).
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        else:
            if backend is not None:
                del request.session[PENDING]
                login(request, user, backend=backend)
            two_factor_login(request, device)
            return redirect(next_url)
    context = {"form": form, "next": request.GET.get("next", "")}
    return render(request, "accounts/login_code.html", context)


@login_required
@never_cache  # it names this session: never kept for the person (caching.SignedInPageCache)
def account(request: AuthenticatedRequest) -> HttpResponse:
    """Your account: its two-factor sign-in, its sessions and its API tokens."""
    context = {
        "two_factor": two_factor.two_factor_of(request.user),
        "sessions": sign_ins.sign_in_list(actor=request.user, request=request),
        "tokens_in_use": tokens.tokens_active(user=request.user).count(),
    }
    return render(request, "accounts/account.html", context)


@login_required
@never_cache
@sensitive_post_parameters("code")
def two_factor_page(request: AuthenticatedRequest) -> HttpResponse:
    """Two-factor authentication: set it up (a QR code and the secret as text, confirmed by a
    code from the app), then see the recovery codes once; or, once on, make new recovery codes
    or turn it off."""
    state = two_factor.two_factor_of(request.user)
    if state.on:
        return _two_factor_on(request, state, CodeForm())
    key = request.session.get(APP_KEY) or two_factor.app_key_new()
    request.session[APP_KEY] = key
    form = AppCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = two_factor.two_factor_enable(
                actor=request.user, key=key, code=form.cleaned_data["code"]
            )
        except ValidationError as refusal:
            form.add_error(None, refusal)
        else:
            del request.session[APP_KEY]
            request.session[NEW_CODES] = codes
            two_factor_login(request, device)  # this session has just given a code
            request.session[two_factor.OWES_CODE] = True
            # A session elsewhere signed in with the password alone (perhaps someone else's,
            # which is why one turns this on): it signs in again, with a code.
            sign_ins.sign_ins_revoke_others(actor=request.user, request=request)
            messages.success(request, _("Two-factor authentication is on."))
            return _back_to_two_factor(request)
    context = {
        "state": state,
        "form": form,
        "qr_svg": two_factor.app_key_qr_svg(user=request.user, key=key),
        "secret": two_factor.app_key_text(key),
        "next": _next(request, default=""),
    }
    return render(request, "accounts/two_factor.html", context)


def _two_factor_on(
    request: HttpRequest, state: two_factor.TwoFactor, form: CodeForm
) -> HttpResponse:
    context = {
        "state": state,
        "codes": request.session.pop(NEW_CODES, None),
        "disable_form": form,
        "next": _next(request, default=""),
    }
    return render(request, "accounts/two_factor.html", context)


def _back_to_two_factor(request: HttpRequest) -> HttpResponse:
    target = reverse("two_factor")
    next_url = _next(request, default="")
    return redirect(f"{target}?{urlencode({'next': next_url})}" if next_url else target)


@login_required
@require_POST
def two_factor_recovery_codes(request: AuthenticatedRequest) -> HttpResponse:
    try:
        request.session[NEW_CODES] = two_factor.recovery_codes_regenerate(actor=request.user)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("New recovery codes are made; the old ones no longer work."))
    return _back_to_two_factor(request)


@login_required
@require_POST
@sensitive_post_parameters("code")
def two_factor_disable(request: AuthenticatedRequest) -> HttpResponse:
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            two_factor.two_factor_disable(actor=request.user, code=form.cleaned_data["code"])
        except ValidationError as refusal:
            form.add_error(None, refusal)
        else:
            messages.success(request, _("Two-factor authentication is off."))
            return redirect("two_factor")
    return _two_factor_on(request, two_factor.two_factor_of(request.user), form)


@login_required
@never_cache  # it marks "this session"
def sessions(request: AuthenticatedRequest) -> HttpResponse:
    """Your sessions: where this account is signed in, each of the others to sign out."""
    listed = sign_ins.sign_in_list(actor=request.user, request=request)
    return render(request, "accounts/sessions.html", {"sessions": listed})


@login_required
@require_POST
def session_revoke(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    try:
        sign_ins.sign_in_revoke(actor=request.user, request=request, pk=pk)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("That session is signed out."))
    return redirect("sessions")


@login_required
@require_POST
def sessions_revoke_others(request: AuthenticatedRequest) -> HttpResponse:
    count = sign_ins.sign_ins_revoke_others(actor=request.user, request=request)
    messages.success(
        request,
        ngettext(
            "%(count)s other session is signed out.",
            "%(count)s other sessions are signed out.",
            count,
        )
        % {"count": count},
    )
    return redirect("sessions")


@login_required
@never_cache
def api_tokens(request: AuthenticatedRequest) -> HttpResponse:
    """Your API tokens: those made, when each was last used, and a form to make one. A token
    made is shown on the answer to the form, once: it is kept nowhere, not even in the session."""
    form = TokenForm(request.POST or None)
    made = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                _token, made = tokens.token_make(actor=request.user, **form.cleaned_data)
            except ValidationError as refusal:
                form.add_error(None, refusal)
                status = 422
            else:
                form = TokenForm()
                status = 201
        else:
            status = 422
    return render(
        request,
        "accounts/tokens.html",
        {"tokens": tokens.tokens_of(user=request.user), "form": form, "made": made},
        status=status,
    )


@login_required
@require_POST
def api_token_revoke(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    try:
        tokens.token_revoke(actor=request.user, token=token)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("api_tokens")
