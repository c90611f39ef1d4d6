"""Two-factor sign-in: a code from an authenticator app (TOTP, django-otp's totp plugin) and ten
one-time recovery codes (its static plugin) for the day the phone is lost.

Every account may turn it on; the Secretariat must have it (`accounts.middleware` sends a
Secretariat account without it to the setup page) and may not turn it off. An account with two
factors is signed in only once a code is given (`accounts.views.sign_in_code`), and a session
of it that has not given one is sent there.

Each change is a service here, in one transaction, recorded in the account's history.
"""

import datetime
import secrets
import time
import xml.etree.ElementTree as ET
from base64 import b32encode
from binascii import unhexlify
from dataclasses import dataclass

import qrcode
import qrcode.image.svg
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import verify_token
from django_otp.models import Device, VerifyNotAllowed
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex

from neaspec.accounts.models import Actor, User
from neaspec.accounts.rules import is_secretariat
from neaspec.audit import save_audited

RECOVERY_CODES = 10
# A recovery code: ten characters of base32's alphabet (letters, and digits 2-7, none of them
# easily taken for another), 50 bits, shown as two groups of five.
_RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
# An app's clock may be a step (30 s) behind or ahead.
_TOLERANCE = 1


@dataclass(frozen=True)
class TwoFactor:
    """An account's two-factor sign-in as its owner sees it."""

    on: bool
    required: bool
    recovery_codes_left: int
    since: datetime.datetime | None = None  # when it was turned on


def two_factor_of(user: Actor) -> TwoFactor:
    """Whether `user` signs in with two factors, must, and how many recovery codes are left."""
    device = _app_of(user)
    codes = StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
    return TwoFactor(
        on=device is not None,
        required=bool(is_secretariat(user)),
        recovery_codes_left=codes if device is not None else 0,
        since=device.created_at if device is not None else None,
    )


def two_factor_on(user: Actor) -> bool:
    """Whether signing in as `user` asks for a code (an authenticator app is confirmed)."""
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).exists()


# In the session: whether its account had two-factor sign-in when it signed in, so that an
# ordinary page need not ask the database (a session of an account that turns it on later is
# signed out: `accounts.views.two_factor_page`).
OWES_CODE = "neaspec_two_factor_owed"


def session_owes_code(request: HttpRequest) -> bool:
    """Whether the signed-in session of `request` must give a code (if it has not yet)."""
    owed = request.session.get(OWES_CODE)
    if owed is None:  # signed in before this was noted
        owed = session_owes_code_note(request=request, user=request.user)
    return bool(owed)


def session_owes_code_note(*, request: HttpRequest, user: Actor) -> bool:
    """Note, as `user` signs in (or when the code step finds it has changed), whether the
    session must give a code."""
    owed = two_factor_on(user)
    request.session[OWES_CODE] = owed
    return owed


def _app_of(user: Actor) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).first()


# --- setting up ------------------------------------------------------------------------------


def app_key_new() -> str:
    """A new secret for an authenticator app (hex, as django-otp keeps it), kept in the
    session while its owner scans it, and saved only once a code from it is given."""
    return str(random_hex(20))


def app_key_text(key: str) -> str:
    """The secret as an app asks for it when typed in: base32, in groups of four."""
    text = b32encode(unhexlify(key)).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def app_key_qr_svg(*, user: Actor, key: str) -> str:
    """The QR code an authenticator app scans, as inline SVG (no script, no style)."""
    url = TOTPDevice(user=user, key=key).config_url
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10, border=2)
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    svg = ET.fromstring(image.to_string(encoding="unicode"))
    # Sized in CSS pixels rather than millimetres; the path scales with the viewBox.
    svg.set("width", "220")
    svg.set("height", "220")
    svg.set("role", "img")
    svg.set("aria-label", _("QR code to scan with your authenticator app"))
    for element in svg.iter():
        element.attrib.pop("id", None)
    return ET.tostring(svg, encoding="unicode")


def _app_code_step(key: str, code: str) -> int | None:
    """The time step at which the app holding `key` shows `code`, if it does now."""
    if not (len(code) == 6 and code.isdigit()):
        return None
    totp = TOTP(unhexlify(key), step=30, t0=0, digits=6)
    totp.time = time.time()
    return totp.t() if totp.verify(int(code), tolerance=_TOLERANCE) else None


@transaction.atomic
def two_factor_enable(*, actor: User, key: str, code: str) -> tuple[TOTPDevice, list[str]]:
    """Turn on two-factor sign-in for `actor` with the app that shows `code` for `key`.

    Refused when it is on already or the code is not the app's. Otherwise, in order: any
    earlier unconfirmed device goes, the app is saved as confirmed (the code it gave cannot be
    used again), ten recovery codes are made, and the account's history records the change.
    Returns the app's device and the recovery codes, to be shown this once."""
    user = User.objects.select_for_update().get(pk=actor.pk)
    if _app_of(user) is not None:
        raise ValidationError(_("Two-factor authentication is already on."))
    step = _app_code_step(key, code_normal(code))
    if step is None:
        raise ValidationError(
            {"code": _("That code is not the one your app shows. Try the newest code.")}
        )
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(
        user=user,
        name="Authenticator app",
        key=key,
        tolerance=_TOLERANCE,
        last_t=step,
        confirmed=True,
    )
    codes = _recovery_codes_replace(user)
    save_audited(user, actor=actor, reason="two-factor authentication turned on")
    return device, codes


@transaction.atomic
def recovery_codes_regenerate(*, actor: User) -> list[str]:
    """New recovery codes for `actor`, the old ones no longer valid; shown this once."""
    user = User.objects.select_for_update().get(pk=actor.pk)
    if _app_of(user) is None:
        raise ValidationError(_("Turn on two-factor authentication first."))
    codes = _recovery_codes_replace(user)
    save_audited(user, actor=actor, reason="two-factor recovery codes replaced")
    return codes


def two_factor_disable(*, actor: User, code: str) -> None:
    """Turn off two-factor sign-in for `actor`, who proves it is them with a code from the app
    or a recovery code. The Secretariat may not: its accounts must keep it.

    The code is checked before the change's transaction, so that a wrong one still counts
    against the device (its throttling) when the change is refused."""
    if is_secretariat(actor):
        raise ValidationError(_("Secretariat accounts must keep two-factor authentication."))
    if _app_of(actor) is None:
        raise ValidationError(_("Two-factor authentication is not on."))
    code_check(user=actor, code=code)
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=actor.pk)
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        save_audited(user, actor=actor, reason="two-factor authentication turned off")


def _recovery_codes_replace(user: User) -> list[str]:
    # The device stays (a session signed in with one of its codes stays signed in); its codes
    # are replaced.
    device = StaticDevice.objects.filter(user=user).first() or StaticDevice(
        user=user, name="Recovery codes"
    )
    device.confirmed = True
    device.save()
    device.token_set.all().delete()
    codes = [
        "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
        for _ in range(RECOVERY_CODES)
    ]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:5]}-{code[5:]}" for code in codes]


# --- signing in ------------------------------------------------------------------------------


def code_normal(code: str) -> str:
    """A code as typed (spaces, a dash, capitals) as it is kept."""
    return "".join(code.split()).replace("-", "").lower()


def code_check(*, user: Actor, code: str) -> Device:
    """The device that accepts `code` for `user`: six digits are asked of the app, anything
    else of the recovery codes (a recovery code works once). Each device refuses for a
    while after a wrong code, twice as long after each (django-otp's throttling).

    Raises ValidationError when the code is wrong, or when it came too soon after a wrong one."""
    code = code_normal(code)
    model: type[Device] = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    device = model.objects.filter(user_id=user.pk, confirmed=True).first()
    if device is None:
        raise ValidationError({"code": _("That code is not right.")})
    allowed, why = device.verify_is_allowed()
    if not allowed and why and why.get("reason") == VerifyNotAllowed.N_FAILED_ATTEMPTS:
        seconds = max(1, round((why["locked_until"] - timezone.now()).total_seconds()))
        raise ValidationError(
            {
                "code": _("Too many wrong codes: wait %(seconds)s seconds and try again.")
                % {"seconds": seconds}
            }
        )
    accepted = verify_token(user, device.persistent_id, code)
    if accepted is None:
        raise ValidationError({"code": _("That code is not right.")})
    return accepted
