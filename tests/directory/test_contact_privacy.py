"""A person's e-mail and telephone are seen by the person themself, the Secretariat, the focal
points of the person's State and fellow members of a committee; partners, translators, other
States' focal points and the public see names and roles only. That nobody else sees them on any
page or API read of the access matrix is checked by the leak crawl
(tests/reliability/test_leaks.py, which plants what `plant` plants here); here, that those who
may see them do, and the lists that show many people at once."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from neaspec.directory import selectors, services
from neaspec.directory.models import Body, FocalPoint, MemberState, Person
from neaspec.meetings import delegations
from neaspec.meetings import services as meetings
from neaspec.meetings.models import MeetingSeries
from tests.access.matrix import API, PAGES
from tests.access.probes import world  # noqa: F401  (the matrix's fixture)
from tests.factories import MembershipFactory, PersonFactory, UserFactory
from tests.reports.conftest import body, workbook

EMAIL = "zxq.contact@mne.gov.mn"
PHONE = "+976-7011-4729"
# The Mongolian delegate the matrix registers for SOM-29 (tests/access/probes.py).
DELEGATE_EMAIL = "enkhtuya@example.mn"
NEVER = ["public", "partner", "translator_ja", "focal_point_cn", "committee_member"]


def _every_get() -> list[str]:
    """Every page and API read of the access matrix."""
    pages = [
        reverse(name, kwargs=probe.kwargs())
        for name, probes in PAGES.items()
        for probe in probes
        if probe.method == "get"
    ]
    reads = [
        path.format(**probe.kwargs())
        for (path, method), probes in API.items()
        if method == "get"
        for probe in probes
    ]
    return pages + reads


def plant(users: dict[str, Any]) -> FocalPoint:
    """Mongolia's focal point, with an address and a number found nowhere else."""
    focal_point = FocalPoint.objects.select_related("person").get(state__code="MN")
    person = focal_point.person
    services.contact_update(
        actor=users["secretariat"],
        person=person,
        name=person.name,
        honorific=person.honorific,
        organization=person.organization,
        position="Director, Department of Climate Change",
        email=EMAIL,
        phone=PHONE,
    )
    return focal_point


def _planted_urls(focal_point: FocalPoint) -> list[str]:
    """The pages and answers that name the focal point, and the list of SOM-29's participants."""
    key = focal_point.person.key
    return [
        reverse("directory:state", args=["MN"]),
        reverse("directory:person", args=[key]),
        reverse("directory:people") + "?state=MN",
        reverse("directory:people") + "?q=Bat-Erdene",
        reverse("directory:focal_point_edit", args=[focal_point.pk]),
        reverse("directory:contact_edit", args=[key]),
        "/api/states/MN",
        "/api/people?state=MN",
        f"/api/people/{key}",
        "/reports/participants.html?meeting=som-29",
    ]


def _shown(response: Any) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def _participants_sheet(client: Client) -> str:
    response = client.get("/reports/participants.xlsx?meeting=som-29")
    sheet = workbook(body(response))["Participants"]
    return " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)


@pytest.mark.usefixtures("world")
@pytest.mark.parametrize("role", ["secretariat", "focal_point_mn"])
def test_the_secretariat_and_the_state_see_them(
    client_for: Callable[[str], Client], users: dict[str, Any], role: str
) -> None:
    _every_get()  # SOM-29 and its Mongolian delegate, as the crawl makes them
    focal_point = plant(users)
    client = client_for(role)
    for url in _planted_urls(focal_point)[:-1]:
        shown = _shown(client.get(url))
        assert EMAIL in shown, url
        assert PHONE in shown, url
    registrations = client.get("/api/meetings/som-29/registrations").json()
    assert DELEGATE_EMAIL in [r["email"] for r in registrations]


def test_the_person_themself_sees_their_own(users: dict[str, Any], mongolia: MemberState) -> None:
    person = PersonFactory(state=mongolia, email=EMAIL)
    someone = UserFactory(person=person)
    assert someone.has_perm("directory.view_contacts", person)
    assert not someone.has_perm("directory.view_contacts", PersonFactory(state=mongolia))
    client = Client()
    client.force_login(someone)
    assert EMAIL in client.get(reverse("directory:person", args=[person.key])).content.decode()


def test_focal_points_see_their_states_people_by_state_entry_or_seat(
    users: dict[str, Any], mongolia: MemberState, china: MemberState
) -> None:
    """A person is Mongolia's by their State, a focal point entry or a seat held for it."""
    by_state = PersonFactory(state=mongolia)
    by_entry = FocalPoint.objects.create(
        state=mongolia, person=PersonFactory(), start=datetime.date(2024, 1, 1)
    ).person
    by_seat = MembershipFactory(state=mongolia).person
    chinese = PersonFactory(state=china)
    stateless = PersonFactory()
    people = [by_state, by_entry, by_seat, chinese, stateless]
    mn = users["focal_point_mn"]
    assert selectors.contact_ids(actor=mn, people=people) == {
        by_state.pk,
        by_entry.pk,
        by_seat.pk,
    }
    assert [mn.has_perm("directory.view_contacts", p) for p in people] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert selectors.contact_ids(actor=users["focal_point_cn"], people=people) == {chinese.pk}
    assert selectors.contact_ids(actor=users["secretariat"], people=people) == {
        p.pk for p in people
    }
    for role in ("partner", "translator_ja"):
        assert selectors.contact_ids(actor=users[role], people=people) == set()
    assert selectors.contact_ids(actor=AnonymousUser(), people=people) == set()
    assert not AnonymousUser().has_perm("directory.view_contacts", by_state)


def test_committee_members_see_each_others(users: dict[str, Any], reference: None) -> None:
    spc = Body.objects.get(key="neacap-spc")
    sc = Body.objects.get(key="neampan-sc")
    fellow = MembershipFactory(body=spc, person__email="fellow@spc.example").person
    elsewhere = MembershipFactory(body=sc, person__email="other@sc.example").person
    member = users["committee_member"]
    assert member.has_perm("directory.view_contacts", fellow)
    assert not member.has_perm("directory.view_contacts", elsewhere)
    assert not users["partner"].has_perm("directory.view_contacts", fellow)
    client = Client()
    client.force_login(member)
    page = client.get(reverse("directory:people"), {"q": fellow.name}).content.decode()
    assert "fellow@spc.example" in page
    page = client.get(reverse("directory:people"), {"q": elsewhere.name}).content.decode()
    assert "other@sc.example" not in page


def test_a_committee_organizing_its_meeting_does_not_see_delegates_addresses(
    users: dict[str, Any], client_for: Callable[[str], Client], reference: None
) -> None:
    """A committee member organizes the committee's meetings and sees who registered, but a
    State's delegate's address is for the Secretariat and that State's focal point."""
    officer = users["secretariat"]
    start = timezone.localdate() + datetime.timedelta(days=40)
    meeting = meetings.meeting_create(
        actor=officer,
        series=MeetingSeries.objects.get(code="SPC"),
        number=9,
        start=start,
        end=start,
        city="Seoul",
    )
    meetings.meeting_status_set(actor=officer, meeting=meeting, status="registration_open")
    delegations.registration_submit(
        actor=officer,
        meeting=meeting,
        state=MemberState.objects.get(code="MN"),
        name="Tsetseg Dorj",
        role="delegate",
        email="tsetseg@example.mn",
    )
    url = f"/api/meetings/{meeting.key}/registrations"
    seen = {
        role: [r["email"] for r in client_for(role).get(url).json()]
        for role in ("secretariat", "focal_point_mn", "committee_member")
    }
    assert seen == {
        "secretariat": ["tsetseg@example.mn"],
        "focal_point_mn": ["tsetseg@example.mn"],
        "committee_member": [None],  # the organizer sees the registration, not the address
    }
    organizer = _participants_sheet_of(client_for("committee_member"), meeting.key)
    assert "Tsetseg Dorj" in organizer
    assert "tsetseg@example.mn" not in organizer
    assert "tsetseg@example.mn" in _participants_sheet_of(client_for("secretariat"), meeting.key)


def _participants_sheet_of(client: Client, key: str) -> str:
    sheet = workbook(body(client.get(f"/reports/participants.xlsx?meeting={key}")))
    cells = sheet["Participants"].iter_rows()
    return " ".join(str(c.value) for row in cells for c in row if c.value is not None)


@pytest.mark.parametrize("extra", [1, 30])
def test_the_people_list_asks_once_for_the_page(
    client_for: Callable[[str], Client],
    mongolia: MemberState,
    django_assert_max_num_queries: Any,
    extra: int,
) -> None:
    for _ in range(extra):
        PersonFactory(state=mongolia)
    client = client_for("focal_point_mn")
    client.get(reverse("directory:people"))  # the session and grants, read once
    # The session, the account, its two-factor device and grants, the filter's States, the
    # count, the page's ids and rows, the contacts asked once, the States again for the form.
    with django_assert_max_num_queries(10):
        response = client.get(reverse("directory:people"), {"state": "MN"})
    shown = Person.objects.filter(state=mongolia).exclude(email="").first()
    assert shown is not None
    assert shown.email in response.content.decode()
