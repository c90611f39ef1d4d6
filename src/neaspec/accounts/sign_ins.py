"""Where an account is signed in: a SignIn row for each signed-in session, written when someone
signs in, gone when that session signs out or its owner ends it from another one.

The row keeps the session's key, so ending it deletes the session from whatever store
SESSION_ENGINE names; the session keeps its row's id, so a session whose row is gone is signed
out at its next check (`accounts.middleware.SignInSeen`), which is how a store that cannot delete
a session from the server (signed cookies) is covered too. Only an account's owner sees or ends
its sessions.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import import_module

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import SignIn, User
from neaspec.audit import save_audited

# In the session: its SignIn row, when that row's "last seen" was written, and the session key
# it was written with.
SIGN_IN = "neaspec_sign_in"
SEEN_AT = "neaspec_sign_in_seen"
SEEN_KEY = "neaspec_sign_in_key"
# "Last seen" is written at most this often, so an ordinary page costs no write.
SEEN_EVERY = timedelta(minutes=5)


def _store_has_keys() -> bool:
    # A signed cookie is its own "key", new each time it changes: nothing to find it by.
    return settings.SESSION_ENGINE != "django.contrib.sessions.backends.signed_cookies"


def session_key_of(request: HttpRequest) -> str:
    return (request.session.session_key or "") if _store_has_keys() else ""


def _session_store(key: str) -> SessionBase:
    store: type[SessionBase] = import_module(settings.SESSION_ENGINE).SessionStore
    return store(session_key=key)


@transaction.atomic
def sign_in_record(*, request: HttpRequest, user: User) -> SignIn:
    """Note the session `request` has just signed in `user` with (on `user_logged_in`).

    In order: the row this session had before (a sign-in again in the same session) goes, and
    so do the account's rows of sessions expired long since; the new row is written; the
    session is told its row."""
    now = timezone.now()
    previous = request.session.get(SIGN_IN)
    if previous is not None:
        SignIn.objects.filter(pk=previous).delete()
    SignIn.objects.filter(user=user, last_seen__lt=now - _session_age()).delete()
    sign_in = SignIn.objects.create(
        user=user,
        session_key=session_key_of(request),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
        address=get_client_ip_address(request),
        signed_in_at=now,
        last_seen=now,
    )
    _seen_noted(request, sign_in.pk, now)
    return sign_in


def _seen_noted(request: HttpRequest, pk: int, when: datetime) -> None:
    request.session[SIGN_IN] = pk
    request.session[SEEN_AT] = when.timestamp()
    request.session[SEEN_KEY] = session_key_of(request)


def sign_in_seen(*, request: HttpRequest, user: User) -> bool:
    """Note that the signed-in session of `request` is in use (at most every SEEN_EVERY, or at
    once when its key has changed); False when the session was ended from elsewhere."""
    pk = request.session.get(SIGN_IN)
    if pk is None:  # signed in before sessions were recorded
        sign_in_record(request=request, user=user)
        return True
    now = timezone.now()
    fresh = now.timestamp() - request.session.get(SEEN_AT, 0) < SEEN_EVERY.total_seconds()
    if fresh and request.session.get(SEEN_KEY) == session_key_of(request):
        # A store that deletes ended sessions needs no look; signed cookies, one query.
        return _store_has_keys() or SignIn.objects.filter(pk=pk, user=user).exists()
    found = SignIn.objects.filter(pk=pk, user=user).update(
        last_seen=now, session_key=session_key_of(request)
    )
    if not found:
        return False
    _seen_noted(request, pk, now)
    return True


def sign_in_forget(*, request: HttpRequest) -> None:
    """The session of `request` is signing out: its row goes (on `user_logged_out`)."""
    pk = request.session.get(SIGN_IN)
    if pk is not None:
        SignIn.objects.filter(pk=pk).delete()


@dataclass(frozen=True)
class Session:
    """A signed-in session as its owner sees it."""

    pk: int
    browser: str
    address: str | None
    signed_in_at: datetime
    last_seen: datetime
    current: bool


def sign_in_list(*, actor: User, request: HttpRequest) -> list[Session]:
    """`actor`'s own signed-in sessions, the one in use first, then the most recently seen;
    sessions expired by now are left out."""
    current = request.session.get(SIGN_IN)
    rows = SignIn.objects.filter(
        user_id=actor.pk, last_seen__gte=timezone.now() - _session_age()
    ).order_by("-last_seen")
    sessions = [
        Session(
            pk=row.pk,
            browser=browser_words(row.user_agent),
            address=row.address,
            signed_in_at=row.signed_in_at,
            last_seen=row.last_seen,
            current=row.pk == current,
        )
        for row in rows
    ]
    return sorted(sessions, key=lambda s: not s.current)


def sign_in_revoke(*, actor: User, request: HttpRequest, pk: int) -> None:
    """Sign out one of `actor`'s other sessions: it is deleted from the session store, and
    its row goes. Someone else's session is not found (404); the one in use is signed out
    with "Sign out" instead."""
    with transaction.atomic():
        sign_in = SignIn.objects.select_for_update().filter(pk=pk, user_id=actor.pk).first()
        if sign_in is None:
            raise Http404
        if sign_in.pk == request.session.get(SIGN_IN):
            raise ValidationError(_("This is the session you are using: sign out instead."))
        _end([sign_in])
        _audit(actor, "signed out a session elsewhere")


def sign_ins_revoke_others(*, actor: User, request: HttpRequest) -> int:
    """Sign out every session of `actor` but the one in use; returns how many ended."""
    with transaction.atomic():
        others = list(
            SignIn.objects.select_for_update()
            .filter(user_id=actor.pk)
            .exclude(pk=request.session.get(SIGN_IN) or 0)
        )
        _end(others)
        if others:
            _audit(actor, f"signed out {len(others)} sessions elsewhere")
    return len(others)


def _end(sign_ins: list[SignIn]) -> None:
    for sign_in in sign_ins:
        if sign_in.session_key:
            _session_store(sign_in.session_key).delete()
        sign_in.delete()


def _audit(actor: User, reason: str) -> None:
    user = User.objects.select_for_update().get(pk=actor.pk)
    save_audited(user, actor=actor, reason=reason)


def _session_age() -> timedelta:
    return timedelta(seconds=settings.SESSION_COOKIE_AGE)


# Browser and system, as a person would name them, from the first name found in the user
# agent (Edge and Opera also say Chrome, Chrome also says Safari).
_BROWSERS = [
    ("Edg", "Edge"),
    ("OPR/", "Opera"),
    ("SamsungBrowser/", "Samsung Internet"),
    ("Firefox/", "Firefox"),
    ("FxiOS/", "Firefox"),
    ("CriOS/", "Chrome"),
    ("Chrome/", "Chrome"),
    ("Safari/", "Safari"),
]
_SYSTEMS = [
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),
    ("Windows", "Windows"),
    ("CrOS", "ChromeOS"),
    ("Macintosh", "macOS"),
    ("Linux", "Linux"),
]


def browser_words(user_agent: str) -> str:
    """A user agent in a few words: "Firefox on Windows"."""
    browser = next((name for mark, name in _BROWSERS if mark in user_agent), None)
    system = next((name for mark, name in _SYSTEMS if mark in user_agent), None)
    if browser and system:
        return _("%(browser)s on %(system)s") % {"browser": browser, "system": system}
    if browser:
        return browser
    if system:
        return _("A browser on %(system)s") % {"system": system}
    return _("An unknown browser")
