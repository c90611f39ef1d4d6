"""Two-factor sign-in: the code step after the password, recovery codes, setting it up and
turning it off, and the Secretariat, who must have it before any other page."""

import re
import time

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from neaspec.accounts.models import Role
from neaspec.accounts.two_factor import (
    recovery_codes_regenerate,
    two_factor_disable,
    two_factor_enable,
)
from neaspec.accounts.views import APP_KEY
from tests.factories import (
    PASSWORD,
    app_code,
    focal_point_user,
    secretariat,
    user_with_role,
    with_app,
)

ADDRESS = "198.51.100.7"


def _password(client: Client, username: str, next_url: str = ""):
    data = {"username": username, "password": PASSWORD, **({"next": next_url} if next_url else {})}
    return client.post(reverse("login"), data, REMOTE_ADDR=ADDRESS)


def _code(client: Client, code: str):
    return client.post(reverse("login_code"), {"code": code}, REMOTE_ADDR=ADDRESS)


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def _code_for(key: str, later: int = 0) -> str:
    totp = TOTP(bytes.fromhex(key))
    totp.time = time.time() + later
    return f"{totp.token():06d}"


KEY = "00112233445566778899aabbccddeeff00112233"


def _audited(user, reason: str) -> bool:
    """Whether the account's history records `reason`, done by the account itself."""
    return user.history.filter(history_change_reason=reason, history_user=user).exists()


def _enabled(user) -> list[str]:
    """Two-factor sign-in turned on for `user` through the service, with an app holding KEY;
    its recovery codes."""
    _, codes = two_factor_enable(actor=user, key=KEY, code=_code_for(KEY))
    return codes


def test_the_password_alone_does_not_sign_in_an_account_with_two_factors(db):
    officer = secretariat("officer")
    client = Client()
    answer = _password(client, officer.username, next_url="/meetings/")
    assert answer.status_code == 302
    assert answer["Location"] == reverse("login_code")
    assert not _signed_in(client)
    # Nothing else is open to a password alone.
    assert client.get(reverse("admin:index")).status_code == 302
    page = client.get(reverse("login_code"))
    assert "authenticator app" in page.content.decode()

    wrong = _code(client, "000000" if app_code() != "000000" else "111111")
    assert wrong.status_code == 200
    assert "That code is not right." in wrong.content.decode()
    assert not _signed_in(client)

    time.sleep(1.1)  # the app's device waits a second after a wrong code (django-otp)
    right = _code(client, app_code())
    assert right.status_code == 302
    assert right["Location"] == "/meetings/"
    assert _signed_in(client)
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_code_is_taken_only_once(db):
    officer = secretariat("officer")
    first = Client()
    _password(first, officer.username)
    code = app_code()
    assert _code(first, code).status_code == 302
    second = Client()
    _password(second, officer.username)
    refused = _code(second, code)
    assert refused.status_code == 200
    assert not _signed_in(second)


def test_a_recovery_code_signs_in_once(db):
    fp = focal_point_user("MN")
    codes = _enabled(fp)
    assert len(codes) == 10
    assert len(set(codes)) == 10
    client = Client()
    _password(client, fp.username)
    assert _code(client, codes[3].upper()).status_code == 302  # as typed, in capitals
    assert _signed_in(client)
    again = Client()
    _password(again, fp.username)
    assert _code(again, codes[3]).status_code == 200
    assert not _signed_in(again)
    assert StaticToken.objects.filter(device__user=fp).count() == 9


def test_wrong_codes_count_as_failed_sign_ins_and_lock_the_account(db, settings):
    officer = secretariat("officer")
    client = Client()
    _password(client, officer.username)
    statuses = []
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # Past django-otp's own wait after each wrong code, which axes does not replace.
        TOTPDevice.objects.filter(user=officer).update(throttling_failure_count=0)
        statuses.append(_code(client, f"{attempt:06d}" if attempt else "999999").status_code)
    assert statuses[:-1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert statuses[-1] == 429
    TOTPDevice.objects.filter(user=officer).update(throttling_failure_count=0)
    locked = _code(client, app_code())
    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()
    assert not _signed_in(client)
    # The password step is closed to the account too, from anywhere.
    elsewhere = Client().post(
        reverse("login"),
        {"username": officer.username, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.8",
    )
    assert elsewhere.status_code == 429


def test_wrong_codes_are_slowed_down(db):
    officer = secretariat("officer")
    client = Client()
    _password(client, officer.username)
    _code(client, "123456" if app_code() != "123456" else "654321")
    too_soon = _code(client, app_code())
    assert "Too many wrong codes: wait" in too_soon.content.decode()
    assert not _signed_in(client)


def test_the_code_step_needs_a_password_first(db):
    client = Client()
    assert client.get(reverse("login_code"))["Location"] == reverse("login")
    assert client.post(reverse("login_code"), {"code": "123456"})["Location"] == reverse("login")


def test_setting_up_two_factor_authentication(db):
    fp = focal_point_user("MN")
    client = Client()
    client.force_login(fp)
    page = client.get(reverse("two_factor"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html
    assert "<script" not in html.split("<main")[1]
    assert "style=" not in html
    key = client.session[APP_KEY]
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', html)
    assert secret is not None
    assert len(secret[1].replace(" ", "")) == 32  # the key, in base32

    wrong = client.post(reverse("two_factor"), {"code": "12345"})
    assert "That code is not the one your app shows" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=fp).exists()

    done = client.post(reverse("two_factor"), {"code": _code_for(key)})
    assert done.status_code == 302
    device = TOTPDevice.objects.get(user=fp)
    assert device.confirmed
    assert device.key == key
    shown = client.get(done["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]{5}-[a-z2-7]{5})</code></li>", shown)
    assert len(codes) == 10
    # Shown once.
    later = client.get(reverse("two_factor")).content.decode()
    assert codes[0] not in later
    assert "10 recovery codes left." in later
    # The session that set it up has given its code: nothing asks for one again.
    assert client.get(reverse("home")).status_code == 200
    assert fp.history.filter(
        history_change_reason="two-factor authentication turned on", history_user=fp
    ).exists()


def test_recovery_codes_are_made_anew(db):
    fp = focal_point_user("MN")
    old = _enabled(fp)
    client = Client()
    _password(client, fp.username)
    _code(client, old[0])
    answer = client.post(reverse("two_factor_recovery_codes"))
    assert answer.status_code == 302
    shown = client.get(answer["Location"]).content.decode()
    new = re.findall(r"<li><code>([a-z2-7]{5}-[a-z2-7]{5})</code></li>", shown)
    assert len(new) == 10
    assert not set(new) & set(old)
    other = Client()
    _password(other, fp.username)
    assert _code(other, new[0]).status_code == 302
    third = Client()
    _password(third, fp.username)
    assert _code(third, old[1]).status_code == 200  # the old ones no longer work
    assert not _signed_in(third)
    assert fp.history.filter(
        history_change_reason="two-factor recovery codes replaced", history_user=fp
    ).exists()


def test_two_factor_authentication_is_turned_off_with_a_code(db):
    fp = focal_point_user("MN")
    codes = _enabled(fp)
    client = Client()
    _password(client, fp.username)
    _code(client, codes[0])
    refused = client.post(reverse("two_factor_disable"), {"code": "nonsense"})
    assert refused.status_code == 200
    assert "That code is not right." in refused.content.decode()
    assert TOTPDevice.objects.filter(user=fp).exists()
    # The app's code (the recovery codes wait a second after the wrong one).
    turned_off = client.post(reverse("two_factor_disable"), {"code": _code_for(KEY, later=30)})
    assert turned_off.status_code == 302
    assert not TOTPDevice.objects.filter(user=fp).exists()
    assert not StaticToken.objects.filter(device__user=fp).exists()
    assert fp.history.filter(
        history_change_reason="two-factor authentication turned off", history_user=fp
    ).exists()
    # The password alone signs in again.
    again = Client()
    assert _password(again, fp.username)["Location"] == reverse("home")
    assert _signed_in(again)


def test_the_secretariat_cannot_turn_it_off(db):
    officer = secretariat("officer")
    client = Client()
    client.force_login(officer)
    page = client.get(reverse("two_factor")).content.decode()
    assert "Secretariat accounts must keep two-factor authentication." in page
    assert reverse("two_factor_disable") not in page
    refused = client.post(reverse("two_factor_disable"), {"code": app_code()})
    assert "must keep two-factor authentication" in refused.content.decode()
    assert TOTPDevice.objects.filter(user=officer, confirmed=True).exists()
    with pytest.raises(ValidationError):
        two_factor_disable(actor=officer, code=app_code())


def test_a_secretariat_account_without_it_is_sent_to_set_it_up_first(db):
    officer = user_with_role(Role.SECRETARIAT, username="new-officer")
    client = Client()
    assert _password(client, officer.username, next_url="/meetings/").status_code == 302
    assert _signed_in(client)
    home = client.get(reverse("home"))
    assert home.status_code == 302
    assert home["Location"] == reverse("two_factor") + "?next=%2F"
    meetings = client.get("/meetings/", headers={"HX-Request": "true"})
    assert meetings["HX-Redirect"] == reverse("two_factor") + "?next=%2Fmeetings%2F"
    api = client.get("/api/states")
    assert api.status_code == 403
    assert api.json()["error"]["code"] == "two_factor_required"
    assert "two-factor authentication" in api.json()["error"]["message"]
    # What stays open: the setup page, the health check, the language, signing out.
    setup = client.get(reverse("two_factor") + "?next=/meetings/")
    assert setup.status_code == 200
    assert "Secretariat accounts must use two-factor authentication" in setup.content.decode()
    assert client.get(reverse("healthz")).status_code == 200
    assert client.post(reverse("set_language"), {"language": "en", "next": "/"}).status_code == 302

    key = client.session[APP_KEY]
    done = client.post(reverse("two_factor"), {"code": _code_for(key), "next": "/meetings/"})
    assert done["Location"] == reverse("two_factor") + "?next=%2Fmeetings%2F"
    codes_page = client.get(done["Location"]).content.decode()
    assert 'href="/meetings/"' in codes_page  # "I have kept them: continue"
    assert client.get("/meetings/").status_code == 200
    assert client.get("/api/states").status_code == 200
    assert client.post(reverse("logout")).status_code == 302


def test_a_session_signed_in_through_another_door_is_asked_for_its_code(db):
    """The admin's sign-in page takes a password alone (for staff accounts)."""
    fp = focal_point_user("MN")
    fp.is_staff = True
    fp.save()
    _enabled(fp)
    client = Client()
    answer = client.post(reverse("admin:login"), {"username": fp.username, "password": PASSWORD})
    assert answer.status_code == 302
    assert _signed_in(client)
    refused = client.get("/meetings/")
    assert refused["Location"] == reverse("login_code") + "?next=%2Fmeetings%2F"
    assert client.get("/api/states").json()["error"]["code"] == "two_factor_required"
    code_page = reverse("login_code") + "?next=/meetings/"
    assert client.get(code_page).status_code == 200
    # The app's next code: the one that turned it on is spent.
    done = client.post(code_page, {"code": _code_for(KEY, later=30)})
    assert done["Location"] == "/meetings/"
    assert client.get("/meetings/").status_code == 200


def test_turning_it_on_signs_out_the_other_sessions(db):
    fp = focal_point_user("MN")
    elsewhere, here = Client(), Client()
    _password(elsewhere, fp.username)
    _password(here, fp.username)
    here.get(reverse("two_factor"))
    here.post(reverse("two_factor"), {"code": _code_for(here.session[APP_KEY])})
    assert elsewhere.get(reverse("account"))["Location"].startswith(reverse("login"))
    assert here.get(reverse("account")).status_code == 200
    # Signing in there again asks for a code.
    assert _password(elsewhere, fp.username)["Location"] == reverse("login_code")


def test_a_session_of_an_account_that_turned_it_off_goes_on(db):
    fp = focal_point_user("MN")
    codes = _enabled(fp)
    other = Client()
    _password(other, fp.username)
    _code(other, codes[0])
    here = Client()
    _password(here, fp.username)
    _code(here, codes[1])
    assert here.post(reverse("two_factor_disable"), {"code": codes[2]}).status_code == 302
    # The other session gave its code with a device now gone: the code step finds nothing to
    # ask and lets it on (no loop between the two).
    went_on = other.get("/meetings/", follow=True)
    assert went_on.redirect_chain[-1][0] == "/meetings/"
    assert went_on.status_code == 200
    assert other.get("/meetings/").status_code == 200


def test_a_secretariat_session_made_by_the_test_factories_has_given_its_code(client_for):
    assert client_for("secretariat").get(reverse("admin:index")).status_code == 200


def test_an_account_has_one_app(db):
    fp = with_app(focal_point_user("MN"))
    with pytest.raises(ValidationError):
        _enabled(fp)
    with pytest.raises(ValidationError):
        recovery_codes_regenerate(actor=focal_point_user("CN"))
