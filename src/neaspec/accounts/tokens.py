"""Personal access tokens: made and revoked by their owner (on "Your API tokens" or through
`/api/tokens`), used as `Authorization: Bearer <token>` by a script that calls the API as them.

A token is 32 random bytes; what is kept is its SHA-256 digest (a token has far more entropy
than a password, so a fast digest cannot be searched back; a slow one would cost every API
call). A token is never made with another token: one that leaks cannot make more."""

import datetime
import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import ApiToken, User
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError

PREFIX = "neaspec_"
# Shown beside a token's name to tell it apart: the prefix and four characters of the token.
SHOWN = len(PREFIX) + 4
MAX_ACTIVE = 20
# Last use is written at most this often per token: a busy script does not write on every call.
USE_NOTED_EVERY = datetime.timedelta(minutes=1)


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def token_make(*, actor: User, name: str, scope: str) -> tuple[ApiToken, str]:
    """A new token of `actor`'s, and the token itself: shown once, kept nowhere."""
    require(actor, "accounts.make_token")
    User.objects.select_for_update().get(pk=actor.pk)  # two makes at once count each other
    if tokens_active(user=actor).count() >= MAX_ACTIVE:
        raise ValidationError(
            _("You have %d tokens in use: revoke one you no longer need first.") % MAX_ACTIVE
        )
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=actor, name=name.strip(), scope=scope, prefix=secret[:SHOWN], digest=digest_of(secret)
    )
    save_audited(token, actor=actor, reason="API token made")
    return token, secret


@transaction.atomic
def token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    """The token stops working at once; it stays listed as revoked."""
    require(actor, "accounts.revoke_token", token)
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is not None:
        raise ConflictError(_("This token is revoked already."))
    token.revoked_at = timezone.now()
    save_audited(token, actor=actor, reason="API token revoked")
    return token


def tokens_of(*, user: User) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=user))


def tokens_active(*, user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user, revoked_at=None)


def token_used(secret: str) -> ApiToken | None:
    """The active token of an active account that `secret` is, its use noted; None if none."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest_of(secret), revoked_at=None, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= USE_NOTED_EVERY:
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at=None) | Q(last_used_at__lt=now - USE_NOTED_EVERY)
        ).update(last_used_at=now)
        token.last_used_at = now
    return token
