"""Your sessions: where an account is signed in, each session signed out by its owner from
another, whatever the session store; nobody sees or ends someone else's."""

import pytest
from django.test import Client
from django.urls import reverse

from neaspec.accounts.models import SignIn
from neaspec.accounts.sign_ins import SEEN_AT, browser_words
from tests.factories import PASSWORD, focal_point_user

FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
)
STORES = {
    "database": "django.contrib.sessions.backends.db",
    "cache": "django.contrib.sessions.backends.cache",
    "signed cookies": "django.contrib.sessions.backends.signed_cookies",
}


def _signed_in(username: str, agent: str, address: str) -> Client:
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    answer = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert answer.status_code == 302
    return client


def _is_signed_in(client: Client) -> bool:
    return client.get(reverse("sessions")).status_code == 200


@pytest.fixture(params=sorted(STORES))
def store(request: pytest.FixtureRequest, settings) -> str:
    settings.SESSION_ENGINE = STORES[request.param]
    return str(request.param)


def test_an_account_sees_where_it_is_signed_in(db):
    fp = focal_point_user("MN")
    office = _signed_in(fp.username, FIREFOX_WINDOWS, "198.51.100.7")
    _signed_in(fp.username, SAFARI_IPHONE, "203.0.113.20")
    page = office.get(reverse("sessions"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Firefox on Windows" in html
    assert "Safari on iPhone" in html
    assert "198.51.100.7" in html
    assert "203.0.113.20" in html
    sessions = page.context["sessions"]
    assert [s.current for s in sessions] == [True, False]
    assert sessions[0].browser == "Firefox on Windows"
    assert html.count("This session") == 1
    assert "Sign out everywhere else" in html


def test_a_session_is_signed_out_from_another(db, store):
    fp = focal_point_user("MN")
    office = _signed_in(fp.username, FIREFOX_WINDOWS, "198.51.100.7")
    phone = _signed_in(fp.username, SAFARI_IPHONE, "203.0.113.20")
    assert _is_signed_in(phone)
    other = next(s for s in office.get(reverse("sessions")).context["sessions"] if not s.current)
    answer = office.post(reverse("session_revoke", args=[other.pk]))
    assert answer.status_code == 302
    assert not _is_signed_in(phone)
    assert phone.get(reverse("sessions"))["Location"].startswith(reverse("login"))
    listed = office.get(reverse("sessions")).context["sessions"]
    assert [s.browser for s in listed] == ["Firefox on Windows"]
    assert _is_signed_in(office)
    assert fp.history.filter(history_change_reason="signed out a session elsewhere").exists()


def test_signing_out_everywhere_else_keeps_this_session(db, store):
    fp = focal_point_user("MN")
    here = _signed_in(fp.username, FIREFOX_WINDOWS, "198.51.100.7")
    elsewhere = [_signed_in(fp.username, SAFARI_IPHONE, f"203.0.113.{n}") for n in range(3)]
    answer = here.post(reverse("sessions_revoke_others"))
    assert answer.status_code == 302
    assert "3 other sessions are signed out." in here.get(answer["Location"]).content.decode()
    assert [_is_signed_in(client) for client in elsewhere] == [False, False, False]
    assert _is_signed_in(here)
    assert SignIn.objects.filter(user=fp).count() == 1


def test_the_session_in_use_is_signed_out_with_sign_out(db):
    fp = focal_point_user("MN")
    here = _signed_in(fp.username, FIREFOX_WINDOWS, "198.51.100.7")
    current = here.get(reverse("sessions")).context["sessions"][0]
    refused = here.post(reverse("session_revoke", args=[current.pk]), follow=True)
    assert "sign out instead" in refused.content.decode()
    assert _is_signed_in(here)
    here.post(reverse("logout"))
    assert not SignIn.objects.filter(user=fp).exists()  # a signed-out session leaves the list


def test_nobody_sees_or_ends_someone_elses_sessions(db):
    mongolia, china = focal_point_user("MN"), focal_point_user("CN")
    theirs = _signed_in(mongolia.username, FIREFOX_WINDOWS, "198.51.100.7")
    mine = _signed_in(china.username, SAFARI_IPHONE, "203.0.113.20")
    listed = mine.get(reverse("sessions"))
    assert [s.browser for s in listed.context["sessions"]] == ["Safari on iPhone"]
    assert "198.51.100.7" not in listed.content.decode()
    their_session = SignIn.objects.get(user=mongolia)
    refused = mine.post(reverse("session_revoke", args=[their_session.pk]))
    assert refused.status_code == 404
    mine.post(reverse("sessions_revoke_others"))
    assert _is_signed_in(theirs)
    assert SignIn.objects.filter(pk=their_session.pk).exists()


def test_last_seen_is_noted_now_and_then(db):
    fp = focal_point_user("MN")
    client = _signed_in(fp.username, FIREFOX_WINDOWS, "198.51.100.7")
    sign_in = SignIn.objects.get(user=fp)
    client.get(reverse("home"))
    sign_in.refresh_from_db()
    assert sign_in.last_seen == sign_in.signed_in_at  # a page a minute is not worth a write
    session = client.session
    session[SEEN_AT] = 0  # as if the last note were long ago
    session.save()
    client.get(reverse("home"))
    sign_in.refresh_from_db()
    assert sign_in.last_seen > sign_in.signed_in_at


@pytest.mark.parametrize(
    ("agent", "words"),
    [
        (FIREFOX_WINDOWS, "Firefox on Windows"),
        (SAFARI_IPHONE, "Safari on iPhone"),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
            "Edge on macOS",
        ),
        (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Mobile Safari/537.36",
            "Chrome on Android",
        ),
        ("curl/8.5.0", "An unknown browser"),
        ("", "An unknown browser"),
    ],
)
def test_a_browser_is_named_in_a_few_words(agent, words):
    assert browser_words(agent) == words
