"""A person's page grants a role in place: to htmx the roles come back alone, refused with the
reason (422) and nothing granted, or granted with the new role listed. Without htmx, the whole
page with the reason (its form open), or a redirect (neaspec/htmx.py)."""

from typing import Any

import pytest
from django.db import transaction
from django.urls import reverse

from neaspec.accounts.models import Role, RoleGrant

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _part(response: Any) -> str:
    html = response.content.decode()
    assert '<section id="roles"' in html
    assert "<html" not in html
    return html


def test_a_grant_refused_or_made_answers_htmx_with_the_roles(
    client_for: Any, users: dict[str, Any]
) -> None:
    client = client_for("secretariat")
    partner = users["partner"]
    url = reverse("people:grant_add", args=[partner.pk])
    no_role = {"grant-role": "", "grant-language": "mn"}
    refused = client.post(url, no_role, headers=HTMX)
    assert refused.status_code == 422
    assert "This field is required." in _part(refused)
    assert not RoleGrant.objects.filter(user=partner, role=Role.TRANSLATOR).exists()
    whole = client.post(url, no_role)
    assert whole.status_code == 422
    html = whole.content.decode()
    assert "<html" in html
    assert "This field is required." in html
    assert "<details open>" in html  # the refused form is not folded away

    translator = {"grant-role": "translator", "grant-language": "mn"}
    with transaction.atomic():  # granted once with htmx, then again without, from the same start
        granted = client.post(url, translator, headers=HTMX)
        transaction.set_rollback(True)
    assert granted.status_code == 200
    assert "HX-Request" in granted["Vary"]
    part = _part(granted)
    assert "The role is granted." in part
    assert "<li>Translator" in part  # listed among the roles, not only offered
    redirected = client.post(url, translator)
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("people:detail", args=[partner.pk])
    assert RoleGrant.objects.get(user=partner, role=Role.TRANSLATOR).language == "mn"
