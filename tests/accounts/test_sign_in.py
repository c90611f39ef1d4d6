"""Accounts that hold: sign-in throttled per account and per address, password reset by
e-mail, and an author of changes who is deactivated, never deleted."""

import re

import pytest
from django.core import mail
from django.db.models import ProtectedError
from django.urls import reverse

from neaspec.audit import save_audited
from neaspec.directory.models import Organization
from tests.factories import PASSWORD, secretariat


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


def test_thirty_wrong_passwords_from_one_address_are_throttled(client, db, settings):
    statuses = [
        _sign_in(client, f"user{i}", "wrong", address="192.0.2.44").status_code for i in range(30)
    ]
    assert statuses.count(429) >= 30 - settings.AXES_FAILURE_LIMIT
    print(f"sign-in throttling: 30 wrong passwords, {statuses.count(429)} refused")


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
