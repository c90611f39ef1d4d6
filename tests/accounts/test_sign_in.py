"""Accounts that hold: sign-in throttled per account and per address (a good sign-in forgives
its own account's failures only), password reset by e-mail, and an author of changes who is
deactivated, never deleted."""

import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from neaspec.audit import save_audited
from neaspec.directory.models import Organization
from tests.factories import PASSWORD, focal_point_user, secretariat


def _sign_in(client, username: str, password: str, address: str = "198.51.100.7"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_wrong_passwords_are_throttled_per_account_with_a_clear_message(client, db, settings):
    secretariat("officer")
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _sign_in(client, "officer", f"wrong-{attempt}").status_code == 200
    assert _sign_in(client, "officer", "wrong-again").status_code == 429  # the limit is reached
    locked = _sign_in(client, "officer", PASSWORD)  # even the right password, for now
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    # Another address cannot go on guessing this account either.
    assert _sign_in(client, "officer", "wrong", address="203.0.113.9").status_code == 429


def test_wrong_passwords_at_many_accounts_from_one_address_are_throttled(client, db, settings):
    limit = settings.NEASPEC_LOGIN_ADDRESS_FAILURES
    assert limit > settings.AXES_FAILURE_LIMIT  # an office shares its address
    statuses = [
        _sign_in(client, f"user{i}", "wrong", address="192.0.2.44").status_code
        for i in range(limit + 10)
    ]
    assert statuses == [200] * (limit - 1) + [429] * 11
    # Another address is not held up.
    assert _sign_in(client, "user0", "wrong", address="192.0.2.45").status_code == 200
    print(f"sign-in throttling: {limit + 10} wrong passwords from one address, 11 refused")


def test_a_sign_in_to_ones_own_account_does_not_clear_guesses_at_another(db, settings):
    """The bypass of issue 28: eight wrong guesses at someone's account, one good sign-in to
    one's own from the same address (which used to forgive the address's failures, the
    victim's too), again and again."""
    victim, own = focal_point_user("MN", "victim"), focal_point_user("CN", "guesser")
    guesses, own_sign_ins = [], []
    for round_ in range(6):
        for attempt in range(8):
            guesses.append(_sign_in(Client(), victim.username, f"guess-{round_}-{attempt}"))
        own_sign_ins.append(_sign_in(Client(), own.username, PASSWORD))
    statuses = [answer.status_code for answer in guesses]
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses[: limit - 1] == [200] * (limit - 1)
    assert set(statuses[limit - 1 :]) == {429}
    assert own_sign_ins[0].status_code == 302
    # The victim's account is locked, from any address, even with the right password.
    assert _sign_in(Client(), victim.username, PASSWORD, address="203.0.113.50").status_code == 429


def test_thirty_wrong_passwords_at_one_account_lock_it_whatever_succeeds_between(db, settings):
    victim, own = focal_point_user("MN", "victim"), focal_point_user("CN", "colleague")
    wrong, good = [], []
    for attempt in range(30):
        wrong.append(_sign_in(Client(), victim.username, f"wrong-{attempt}").status_code)
        good.append(_sign_in(Client(), own.username, PASSWORD).status_code)
    account_limit = settings.AXES_FAILURE_LIMIT
    address_limit = settings.NEASPEC_LOGIN_ADDRESS_FAILURES
    assert wrong == [200] * (account_limit - 1) + [429] * (30 - account_limit + 1)
    # The colleague signs in each time, until the address has had its fill of failures.
    assert good == [302] * (address_limit - 1) + [429] * (30 - address_limit + 1)
    assert _sign_in(Client(), victim.username, PASSWORD, address="203.0.113.50").status_code == 429


def test_a_good_sign_in_forgives_only_its_own_accounts_failures(db, settings):
    own, other = focal_point_user("MN", "typist"), focal_point_user("CN", "neighbour")
    limit = settings.AXES_FAILURE_LIMIT
    for attempt in range(5):
        assert _sign_in(Client(), own.username, f"typo-{attempt}").status_code == 200
        assert _sign_in(Client(), other.username, f"guess-{attempt}").status_code == 200
    assert _sign_in(Client(), own.username, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username=own.username).exists()
    assert (
        AccessAttempt.objects.get(username=other.username, ip_address="198.51.100.7")
    ).failures_since_start == 5
    # The other account still counts its five: it locks after five more ...
    more = [_sign_in(Client(), other.username, f"more-{n}").status_code for n in range(5)]
    assert more == [200, 200, 200, 200, 429]
    # ... while the account that got in starts again from nought.
    again = [_sign_in(Client(), own.username, f"typo-{n}").status_code for n in range(limit - 1)]
    assert again == [200] * (limit - 1)


def test_a_locked_account_is_shown_why_and_what_to_do(client, db, settings):
    fp = focal_point_user("MN", "locked-out")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, fp.username, f"wrong-{attempt}")
    page = client.get(reverse("login"))  # the form, for the next try
    assert page.status_code == 200
    answer = _sign_in(client, fp.username, PASSWORD)
    html = answer.content.decode()
    assert answer.status_code == 429
    assert "<h1>Sign-in paused</h1>" in html
    assert "Too many wrong passwords were tried for this account" in html
    assert reverse("password_reset") in html
    assert 'name="password"' not in html
    assert '<html lang="en">' in html  # the site's own page, with its header
    assert "_auth_user_id" not in client.session


def test_the_account_and_the_address_have_limits_of_their_own(db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.NEASPEC_LOGIN_ADDRESS_FAILURES = 5
    fp = focal_point_user("MN", "strict")
    statuses = [_sign_in(Client(), fp.username, f"w{n}").status_code for n in range(4)]
    assert statuses == [200, 200, 429, 429]
    others = [
        _sign_in(Client(), f"nobody{n}", "w", address="192.0.2.99").status_code for n in range(6)
    ]
    assert others == [200, 200, 200, 200, 429, 429]


def test_a_password_is_reset_by_e_mail(client, db, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    officer = secretariat("officer")
    officer.email = "officer@example.org"
    officer.save()
    sent = client.post(reverse("password_reset"), {"email": "officer@example.org"})
    assert sent.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[0].body)
    assert link is not None
    form = client.get(link[1], follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a-new-long-password-1", "new_password2": "a-new-long-password-1"},
    )
    assert done.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password("a-new-long-password-1")


def test_a_user_who_changed_records_is_deactivated_not_deleted(db):
    officer = secretariat("officer")
    organization = Organization(key="test-org", name="Test organization", kind="international")
    save_audited(organization, actor=officer, reason="entered")
    with pytest.raises(ProtectedError):
        officer.delete()
    assert organization.history.first().history_user == officer
    newcomer = secretariat("newcomer")
    newcomer.delete()  # nothing to attribute: may go
