"""A focal point keeps their own State's contacts (alternates, delegation members) and focal
point entries, through pages and the API; never another State's. Names are one line."""

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from neaspec.conflicts import ConflictError
from neaspec.directory import selectors, services
from neaspec.directory.models import FocalPoint, MemberState, Organization, Person
from tests.factories import FocalPointFactory, PersonFactory

D = datetime.date
CONTACT = {
    "honorific": "Ms.",
    "name": "Oyunchimeg Batbold",
    "position": "Officer, Department of International Cooperation",
    "organization": "",
    "new_organization": "",
    "email": "oyunchimeg@mne.gov.mn",
    "phone": "+976 51 266197",
}


def _form(response: Any) -> dict[str, Any]:
    """The fields of the page's form as the browser would send them back."""
    form = response.context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def test_a_focal_point_enters_a_contact_of_their_state(
    client_for: Callable[[str], Client], users: dict[str, Any], mongolia: MemberState
) -> None:
    url = reverse("directory:contact_add", args=["MN"])
    response = client_for("focal_point_mn").post(url, CONTACT)
    assert response.status_code == 302
    person = Person.objects.get(name="Oyunchimeg Batbold")
    assert (person.state, person.email, person.phone) == (
        mongolia,
        "oyunchimeg@mne.gov.mn",
        "+976 51 266197",
    )
    entry = person.history.get()
    assert (entry.history_user, entry.history_change_reason) == (
        users["focal_point_mn"],
        "contact entered",
    )
    page = client_for("focal_point_mn").get(reverse("directory:state", args=["MN"]))
    html = page.content.decode()
    assert "Oyunchimeg Batbold" in html
    assert reverse("directory:contact_edit", args=[person.key]) in html


def test_a_new_institution_is_entered_once_as_the_states(
    users: dict[str, Any], mongolia: MemberState
) -> None:
    fields = {**CONTACT, "organization": None, "new_organization": "Ministry of Environment"}
    first = services.contact_create(actor=users["focal_point_mn"], state=mongolia, **fields)
    fields["name"] = "Bold Dorj"
    second = services.contact_create(actor=users["focal_point_mn"], state=mongolia, **fields)
    assert first.organization is not None
    assert first.organization == second.organization
    assert (first.organization.state, first.organization.kind) == (mongolia, "national")


@pytest.mark.parametrize("role", ["focal_point_cn", "partner", "translator_ja", "committee_member"])
def test_only_mongolia_and_the_secretariat_keep_mongolias_contacts(
    users: dict[str, Any], mongolia: MemberState, role: str, change_contact: Any
) -> None:
    person = PersonFactory(state=mongolia, email="kept@mne.gov.mn")
    people = Person.objects.count()
    with pytest.raises(PermissionDenied):
        services.contact_create(actor=users[role], state=mongolia, name="Intruder")
    with pytest.raises(PermissionDenied):
        change_contact(users[role], person, email="hijack@example.org")
    person.refresh_from_db()
    assert person.email == "kept@mne.gov.mn"
    assert Person.objects.count() == people
    assert person.history.count() == 1  # as the factory made it, written by nobody since


def test_china_cannot_change_mongolias_contacts_through_pages_or_the_api(
    client_for: Callable[[str], Client], mongolia: MemberState, mongolia_focal_point: FocalPoint
) -> None:
    person = PersonFactory(state=mongolia, email="kept@mne.gov.mn")
    china = client_for("focal_point_cn")
    edit = reverse("directory:contact_edit", args=[person.key])
    assert china.get(edit).status_code == 403
    assert china.post(edit, {**CONTACT, "name": "Hijacked"}).status_code == 403
    add = reverse("directory:contact_add", args=["MN"])
    assert china.post(add, CONTACT).status_code == 403
    fp_edit = reverse("directory:focal_point_edit", args=[mongolia_focal_point.pk])
    assert china.post(fp_edit, {"email": "x@cn.example", "rank": "primary"}).status_code == 403
    patch = china.patch(
        f"/api/people/{person.key}", {"name": "Hijacked"}, content_type="application/json"
    )
    assert patch.status_code == 403
    post = china.post("/api/states/MN/people", CONTACT, content_type="application/json")
    assert post.status_code == 403
    person.refresh_from_db()
    assert (person.name, person.email) != ("Hijacked", "x@cn.example")
    assert person.email == "kept@mne.gov.mn"
    assert not Person.objects.filter(name__in=["Hijacked", "Oyunchimeg Batbold"]).exists()
    assert mongolia_focal_point.person.email != "x@cn.example"


def test_an_edit_from_an_old_version_is_refused_with_409(
    client_for: Callable[[str], Client],
    users: dict[str, Any],
    mongolia: MemberState,
    change_contact: Any,
) -> None:
    person = PersonFactory(state=mongolia, email="first@mne.gov.mn")
    url = reverse("directory:contact_edit", args=[person.key])
    mine = _form(client_for("focal_point_mn").get(url))
    # The Secretariat saves first.
    change_contact(users["secretariat"], person, email="second@mne.gov.mn")
    response = client_for("focal_point_mn").post(url, {**mine, "email": "third@mne.gov.mn"})
    assert response.status_code == 409
    assert "Someone changed this entry meanwhile" in response.content.decode()
    with pytest.raises(ConflictError):
        change_contact(users["focal_point_mn"], person, seen=mine["seen"])
    person.refresh_from_db()
    assert person.email == "second@mne.gov.mn"
    fresh = _form(client_for("focal_point_mn").get(url))
    assert client_for("focal_point_mn").post(url, fresh).status_code == 302


def test_the_api_refuses_an_old_version_too(
    client_for: Callable[[str], Client],
    users: dict[str, Any],
    mongolia: MemberState,
    change_contact: Any,
) -> None:
    person = PersonFactory(state=mongolia, email="first@mne.gov.mn")
    client = client_for("focal_point_mn")
    seen = client.get(f"/api/people/{person.key}").json()["version"]
    change_contact(users["secretariat"], person, phone="+976 1")
    stale = client.patch(
        f"/api/people/{person.key}",
        {"email": "third@mne.gov.mn", "seen": seen},
        content_type="application/json",
    )
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "conflict"
    person.refresh_from_db()
    assert person.email == "first@mne.gov.mn"
    changed = client.patch(
        f"/api/people/{person.key}", {"position": "Adviser"}, content_type="application/json"
    )
    assert changed.status_code == 200
    assert changed.json()["position"] == "Adviser"
    assert changed.json()["phone"] == "+976 1"  # what was not sent stays


def test_the_focal_point_edit_page_refuses_an_old_version(
    client_for: Callable[[str], Client], users: dict[str, Any], mongolia_focal_point: FocalPoint
) -> None:
    url = reverse("directory:focal_point_edit", args=[mongolia_focal_point.pk])
    mine = _form(client_for("focal_point_mn").get(url))
    services.focal_point_update(
        actor=users["secretariat"],
        focal_point=mongolia_focal_point,
        position="Director",
        email="director@mne.gov.mn",
        phone="",
        institution=None,
        rank="primary",
        start=D(2024, 1, 1),
        end=None,
    )
    response = client_for("focal_point_mn").post(url, {**mine, "position": "Mine"})
    assert response.status_code == 409
    assert Person.objects.get(pk=mongolia_focal_point.person_id).position == "Director"


@pytest.mark.parametrize(
    "name", ["Bold\nBcc: everyone@example.org", "Bold\r\nDorj", "Bold\u2028Dorj"]
)
def test_a_name_on_two_lines_is_refused_everywhere(
    client_for: Callable[[str], Client], users: dict[str, Any], mongolia: MemberState, name: str
) -> None:
    people = Person.objects.count()
    page = client_for("focal_point_mn").post(
        reverse("directory:contact_add", args=["MN"]), {**CONTACT, "name": name}
    )
    assert page.status_code == 422
    assert "Write this on one line: it is used in the headers of e-mails." in (
        page.content.decode()
    )
    api = client_for("focal_point_mn").post(
        "/api/states/MN/people", {**CONTACT, "name": name}, content_type="application/json"
    )
    assert api.status_code == 422
    assert api.json()["error"]["fields"][0]["location"].endswith("name")
    organization = client_for("focal_point_mn").post(
        "/api/states/MN/people",
        {**CONTACT, "new_organization": f"Ministry {name}"},
        content_type="application/json",
    )
    assert organization.status_code == 422
    with pytest.raises(ValidationError) as refused:
        services.contact_create(actor=users["focal_point_mn"], state=mongolia, name=name)
    assert "name" in refused.value.message_dict
    with pytest.raises(ValidationError):
        services.focal_point_create(
            actor=users["focal_point_mn"], state=mongolia, name=name, start=D(2025, 1, 1)
        )
    nominate = client_for("focal_point_mn").post(
        reverse("directory:focal_point_add", args=["MN"]),
        {"name": name, "rank": "primary", "start": "2025-01-01"},
    )
    assert nominate.status_code == 422
    assert Person.objects.count() == people


def test_the_model_refuses_a_name_on_two_lines(reference: None) -> None:
    """Whoever writes (the admin, an import), the record itself holds the rule."""
    with pytest.raises(ValidationError) as refused:
        PersonFactory.build(key="x", name="A\nB").full_clean()
    assert list(refused.value.message_dict) == ["name"]
    with pytest.raises(ValidationError):
        Organization(key="x", name="Ministry\r\nX", kind="national").full_clean()


def test_a_focal_point_names_one_of_the_states_contacts_as_alternate(
    client_for: Callable[[str], Client], mongolia: MemberState, china: MemberState
) -> None:
    alternate = PersonFactory(state=mongolia)
    chinese = PersonFactory(state=china)
    url = reverse("directory:focal_point_add", args=["MN"])
    client = client_for("focal_point_mn")
    refused = client.post(url, {"person": chinese.pk, "rank": "alternate", "start": "2025-01-01"})
    assert refused.status_code == 422  # not a choice on Mongolia's form
    assert not FocalPoint.objects.filter(person=chinese).exists()
    response = client.post(
        url, {"person": alternate.pk, "rank": "alternate", "start": "2025-01-01"}
    )
    assert response.status_code == 302
    entry = FocalPoint.objects.get(person=alternate)
    assert (entry.state, entry.rank) == (mongolia, "alternate")
    neither = client.post(url, {"rank": "alternate", "start": "2025-01-01"})
    assert neither.status_code == 422
    assert "Choose one of the State&#x27;s contacts or name a new person." in (
        neither.content.decode()
    )


def test_an_entry_without_an_address_is_a_gap_said_once(
    client_for: Callable[[str], Client], mongolia: MemberState
) -> None:
    silent = FocalPointFactory(state=mongolia, person__email="", person__name="Silent Focal")
    FocalPointFactory(state=mongolia, rank="alternate", person__email="alt@mne.gov.mn")
    FocalPointFactory(  # a past nomination is no gap
        state=mongolia, person__email="", start=D(2019, 1, 1), end=D(2020, 1, 1)
    )
    assert selectors.state_contact_gaps(state=mongolia) == [silent]
    assert selectors.state_focal_point_addresses(state=mongolia) == ["alt@mne.gov.mn"]
    html = client_for("focal_point_mn").get(reverse("directory:state", args=["MN"]))
    assert html.content.decode().count("No e-mail address recorded") == 1
    public = client_for("public").get(reverse("directory:state", args=["MN"]))
    assert "No e-mail address recorded" not in public.content.decode()


def test_the_api_gives_the_new_contact_back(
    client_for: Callable[[str], Client], mongolia: MemberState
) -> None:
    response = client_for("focal_point_mn").post(
        "/api/states/mn/people",
        json.dumps({**CONTACT, "organization": "escap"}),
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["state"], body["organization"], body["email"]) == (
        "MN",
        "escap",
        "oyunchimeg@mne.gov.mn",
    )
    listed = client_for("focal_point_mn").get("/api/people", {"state": "MN"}).json()["items"]
    assert body["key"] in {p["key"] for p in listed}
    outsider = client_for("partner").get(f"/api/people/{body['key']}").json()
    assert (outsider["name"], outsider["email"], outsider["version"]) == (
        "Oyunchimeg Batbold",
        None,
        None,
    )
