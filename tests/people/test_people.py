"""The Secretariat brings people in on pages: an invitation by e-mail (through a real SMTP
server), a one-time link to set a password, the account, role and focal-point entry made
together; roles granted and revoked with a reason; accounts deactivated, never deleted."""

import datetime
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from neaspec.accounts.models import Role, RoleGrant, User
from neaspec.directory.models import FocalPoint, MemberState
from neaspec.mail.models import Message, Purpose
from neaspec.people import services
from neaspec.people.tokens import join_tokens
from tests.conftest import Inbox

pytestmark = pytest.mark.django_db
INVITE = {"name": "Oyunchimeg Batbayar", "email": "oyunchimeg@mne.gov.mn", "role": "focal_point"}


def _invite(client: Client, **changes: Any) -> Any:
    mongolia = MemberState.objects.get(code="MN")
    return client.post(reverse("people:invite"), {**INVITE, "state": mongolia.pk, **changes})


def test_the_secretariat_invites_a_focal_point_who_joins_with_the_link(
    smtp: Inbox, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    secretariat = client_for("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        response = _invite(secretariat)
    user = User.objects.get(email="oyunchimeg@mne.gov.mn")
    assert response.status_code == 302
    assert response["Location"] == f"/team/{user.pk}/"
    assert not user.has_usable_password()
    assert user.is_active
    assert [(g.role, g.state.code) for g in user.grants.select_related("state")] == [
        ("focal_point", "MN")
    ]
    entry = FocalPoint.objects.get(person=user.person)
    assert entry.state.code == "MN"
    assert entry.person.email == "oyunchimeg@mne.gov.mn"
    assert entry.start == datetime.date.today()

    [(to, mail)] = smtp.messages
    assert to == ["oyunchimeg@mne.gov.mn"]
    assert mail["Subject"] == "Your invitation to the NEASPEC Hub"
    text = smtp.text(0)
    assert "Your role: Focal point for Mongolia." in text
    link = re.search(r"https://hub\.neaspec\.example(/join/\S+/)", text)
    assert link is not None
    sent = Message.objects.get(purpose=Purpose.ACCOUNT_INVITATION)
    assert sent.status == Message.Status.SENT
    assert sent.recipient == "Oyunchimeg Batbayar"

    page = secretariat.get(f"/team/{user.pk}/")
    assert "Invited, not joined yet" in page.content.decode()
    assert "Sent" in page.content.decode()

    newcomer = Client()
    assert "Welcome, Oyunchimeg Batbayar" in newcomer.get(link[1]).content.decode()
    weak = newcomer.post(link[1], {"new_password1": "abc", "new_password2": "abc"})
    assert weak.status_code == 422
    joined = newcomer.post(
        link[1], {"new_password1": "Tuul river 2027!", "new_password2": "Tuul river 2027!"}
    )
    assert joined.status_code == 302
    assert joined["Location"] == reverse("two_factor") + "?next=/"
    user.refresh_from_db()
    assert user.check_password("Tuul river 2027!")
    # The link is spent.
    again = Client().get(link[1])
    assert again.status_code == 404
    assert "This link cannot be used" in again.content.decode()


def test_a_link_lasts_the_days_it_says(
    users: dict[str, Any], settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.NEASPEC_INVITATION_DAYS = 14
    user = services.person_invite(actor=users["secretariat"], **INVITE, state=_mn())
    token = join_tokens.make_token(user)
    later = join_tokens._now() + datetime.timedelta(days=13)
    monkeypatch.setattr(join_tokens, "_now", lambda: later)
    assert join_tokens.check_token(user, token)
    too_late = later + datetime.timedelta(days=2)
    monkeypatch.setattr(join_tokens, "_now", lambda: too_late)
    assert not join_tokens.check_token(user, token)


def _mn() -> MemberState:
    return MemberState.objects.get(code="MN")


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "Oyunchimeg\r\nBcc: all@example.org"}, "name", "Write this on one line"),
        ({"email": "not an address"}, "email", "Enter a valid email address"),
        ({"state": ""}, "state", "A focal point speaks for a member State"),
        ({"role": "translator", "state": ""}, "language", "A translator translates"),
    ],
)
def test_a_bad_invitation_says_why_and_changes_nothing(
    client_for: Any, changes: dict[str, Any], field: str, words: str
) -> None:
    before = (User.objects.count(), FocalPoint.objects.count(), Message.objects.count())
    response = _invite(client_for("secretariat"), **changes)
    assert response.status_code == 422
    assert words in response.content.decode()
    assert field in response.context["form"].errors
    assert (User.objects.count(), FocalPoint.objects.count(), Message.objects.count()) == before


def test_an_address_with_an_account_is_not_invited_twice(client_for: Any) -> None:
    secretariat = client_for("secretariat")
    _invite(secretariat)
    response = _invite(secretariat, name="Someone Else", email="OYUNCHIMEG@mne.gov.mn")
    assert response.status_code == 422
    assert "oyunchimeg@mne.gov.mn already has an account." in response.content.decode()
    assert User.objects.filter(email__iexact="oyunchimeg@mne.gov.mn").count() == 1


@pytest.mark.parametrize("role", ["focal_point_mn", "committee_member", "partner", "public"])
def test_only_the_secretariat_manages_people(client_for: Any, role: str) -> None:
    client = client_for(role)
    expected = 302 if role == "public" else 403
    assert client.get(reverse("people:list")).status_code == expected
    assert _invite(client).status_code == expected
    assert not User.objects.filter(email="oyunchimeg@mne.gov.mn").exists()


def test_the_people_page_filters_by_state_body_and_role(
    client_for: Any, users: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    client = client_for("secretariat")
    with django_assert_max_num_queries(15):
        page = client.get(reverse("people:list"), {"state": _mn().pk})
    names = [u.username for u in page.context["page"].object_list]
    assert users["focal_point_mn"].username in names
    assert users["focal_point_cn"].username not in names
    by_role = client.get(reverse("people:list"), {"role": Role.TRANSLATOR})
    assert [u.username for u in by_role.context["page"].object_list] == ["translator-ja"]
    by_body = client.get(reverse("people:list"), {"body": "neacap-spc"})
    assert [u.username for u in by_body.context["page"].object_list] == ["spc-member"]


def test_a_role_is_granted_and_revoked_with_its_reason(
    client_for: Any, users: dict[str, Any]
) -> None:
    client = client_for("secretariat")
    partner = users["partner"]
    added = client.post(
        reverse("people:grant_add", args=[partner.pk]),
        {"grant-role": "translator", "grant-language": "mn"},
    )
    assert added.status_code == 302
    grant = RoleGrant.objects.get(user=partner, role=Role.TRANSLATOR)
    assert grant.language == "mn"
    refused = client.post(reverse("people:grant_revoke", args=[partner.pk, grant.pk]), {})
    assert refused.status_code == 302
    assert RoleGrant.objects.filter(pk=grant.pk).exists()
    client.post(
        reverse("people:grant_revoke", args=[partner.pk, grant.pk]),
        {"reason": "Moved to another project"},
    )
    assert not RoleGrant.objects.filter(pk=grant.pk).exists()
    deleted = RoleGrant.history.filter(id=grant.pk, history_type="-").get()
    assert deleted.history_change_reason == "role revoked: Moved to another project"
    assert deleted.history_user == users["secretariat"]


def test_a_deactivated_account_cannot_sign_in_and_is_kept(
    client_for: Any, users: dict[str, Any]
) -> None:
    partner = users["partner"]
    partner.set_password("Partner pass 2027")
    partner.save()
    client_for("secretariat").post(
        reverse("people:active_set", args=[partner.pk]), {"active": "0", "reason": "Left NOWPAP"}
    )
    partner.refresh_from_db()
    assert not partner.is_active
    refused = Client().post(
        reverse("login"), {"username": "partner", "password": "Partner pass 2027"}
    )
    assert refused.status_code == 200
    assert "_auth_user_id" not in refused.wsgi_request.session
    page = client_for("secretariat").get(reverse("people:detail", args=[partner.pk]))
    assert "Deactivated" in page.content.decode()


def test_the_api_invites_and_lists_people_for_the_secretariat_only(
    client_for: Any, django_capture_on_commit_callbacks: Any, smtp: Inbox
) -> None:
    body = {
        "name": "Bat-Erdene Tsend",
        "email": "bat@mne.gov.mn",
        "role": "focal_point",
        "state": "MN",
    }
    refused = client_for("focal_point_mn").post(
        "/api/people/invitations", body, content_type="application/json"
    )
    assert refused.status_code == 403
    secretariat = client_for("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        made = secretariat.post("/api/people/invitations", body, content_type="application/json")
    assert made.status_code == 201, made.content
    answer = made.json()
    assert answer["email"] == "bat@mne.gov.mn"
    assert answer["standing"] == "invited"
    assert answer["roles"][0]["role"] == "focal_point"
    assert answer["roles"][0]["state"] == "MN"
    assert smtp.messages[0][0] == ["bat@mne.gov.mn"]
    twice = secretariat.post("/api/people/invitations", body, content_type="application/json")
    assert twice.status_code == 409
    broken = {**body, "email": "other@mne.gov.mn", "name": "Bat\nErdene"}
    bad = secretariat.post("/api/people/invitations", broken, content_type="application/json")
    assert bad.status_code == 422
    assert "one line" in bad.content.decode()
    listed = secretariat.get("/api/accounts", {"role": "focal_point"}).json()["items"]
    assert "bat@mne.gov.mn" in [a["email"] for a in listed]
    assert client_for("partner").get("/api/accounts").status_code == 403


def test_the_api_knows_the_hubs_languages(settings: Any) -> None:
    from typing import get_args

    from neaspec.people.api import Language

    assert set(get_args(Language)) == {code for code, _ in settings.LANGUAGES}
