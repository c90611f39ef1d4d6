"""What every module of the access matrix shares: the roles, the probe, the outcomes written
once, the world the probes run in and the two checks each module parametrizes."""

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from neaspec.directory.models import FocalPoint, MemberState
from tests.factories import draft_decision, library_document

ROLES = (
    "public",
    "secretariat",
    "focal_point_mn",
    "focal_point_cn",
    "committee_member",
    "partner",
    "translator_ja",
)
SIGNED_IN = ROLES[1:]
LOGIN = "login"  # anonymous users are sent to the sign-in page


def everyone(status: int = 200) -> dict[str, Any]:
    return dict.fromkeys(ROLES, status)


def only(*roles: str) -> dict[str, Any]:
    """Allowed for `roles`; other signed-in users get 403; the public is asked to sign in."""
    return {role: 200 if role in roles else (LOGIN if role == "public" else 403) for role in ROLES}


@dataclass
class Probe:
    expect: dict[str, Any]
    kwargs: Callable[[], dict[str, Any]] = dict
    method: str = "get"
    label: str = ""
    data: dict[str, Any] | Callable[[], dict[str, Any]] = field(default_factory=dict)
    json: bool = True

    def payload(self) -> dict[str, Any]:
        return self.data() if callable(self.data) else self.data


def by_name(fn: Callable[[], dict[str, Any]], name: str) -> Callable[[], dict[str, Any]]:
    """A page's `pk` under the name the API path gives it."""
    return lambda: {name: fn()["pk"]}


# Writes: allowed roles are redirected back (302) or get 201 from the API.
POSITION_PAGE = {
    "public": LOGIN,
    "secretariat": 302,
    "focal_point_mn": 302,
    "focal_point_cn": 403,
    "committee_member": 403,
    "partner": 404,
    "translator_ja": 404,
}
INSIDERS = ("secretariat", "focal_point_mn", "focal_point_cn", "committee_member")
SECRETARIAT_WRITES = {**only("secretariat"), "secretariat": 302}
SECRETARIAT_READS = {**only("secretariat"), "public": 401}
ORGANIZER_WRITES = {**only("secretariat"), "secretariat": 302}
ORGANIZER_API = {**only("secretariat"), "public": 401}


def som29() -> dict[str, Any]:
    """SOM-29 in preparation: registration open, an agenda item, a session, Mongolia invited
    and one Mongolian delegate registered."""
    from django.utils import timezone

    from neaspec.accounts.models import User
    from neaspec.meetings import delegations, services
    from neaspec.meetings.models import Meeting, MeetingSeries

    found = Meeting.objects.filter(key="som-29").first()
    if found is None:
        actor = User.objects.get(username="secretariat-officer")
        start = timezone.localdate() + datetime.timedelta(days=30)
        mongolia = MemberState.objects.get(code="MN")
        found = services.meeting_create(
            actor=actor,
            series=MeetingSeries.objects.get(code="SOM"),
            number=29,
            start=start,
            end=start,
            host=mongolia,
            city="Ulaanbaatar",
        )
        services.agenda_item_add(actor=actor, meeting=found, number="1", title="Opening")
        services.session_add(
            actor=actor,
            meeting=found,
            day=start,
            starts=datetime.time(9),
            ends=datetime.time(10),
            title="Opening session",
        )
        delegations.invitation_send(actor=actor, meeting=found, state=mongolia)
        services.meeting_status_set(actor=actor, meeting=found, status="registration_open")
        delegations.registration_submit(
            actor=actor,
            meeting=found,
            state=mongolia,
            name="Batbayar Enkhtuya",
            role="head_of_delegation",
            email="enkhtuya@example.mn",
        )
    return {"key": found.key}


def som29_and(name: str, *, api: bool = False) -> Callable[[], dict[str, Any]]:
    """SOM-29 and one of its objects: its session, its invitation, its registration."""

    def kwargs() -> dict[str, Any]:
        from neaspec.meetings.models import Meeting

        key = som29()["key"]
        meeting = Meeting.objects.get(key=key)
        related = {"session": meeting.sessions, "invitation": meeting.invitations}
        rows = related.get(name, meeting.registrations)
        pk = rows.order_by("pk").first().pk
        return {"key": key, "registration_id": pk} if api else {"key": key, "pk": pk}

    return kwargs


@pytest.fixture
def world(
    users: dict[str, Any], mongolia_focal_point: FocalPoint, china_focal_point: FocalPoint
) -> None:
    """Users of every role, a focal point in Mongolia and in China, a draft decision, a public
    and a Secretariat-only document."""
    draft_decision()
    library_document("Tumen River study", "Tumen River estuary wetlands.", visibility="public")
    library_document("Budget note", "Internal.", visibility="secretariat")
    report = library_document(
        "SPC-4 report",
        "1. The Committee noted the report.",
        visibility="member_states",
        type="meeting_report",
    )
    from neaspec.extraction.services import extraction_propose

    extraction_propose(document=report)


def url_names(resolver: URLResolver | None = None, namespace: str = "") -> Iterator[str]:
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            yield from url_names(entry, inner)
        elif isinstance(entry, URLPattern):
            yield f"{namespace}:{entry.name}" if namespace else str(entry.name)


def api_operations() -> Iterator[tuple[str, str]]:
    from neaspec.api.root import api

    for path, methods in api.get_openapi_schema()["paths"].items():
        for method in methods:
            yield path, method


def api_operation_url_names() -> set[str]:
    """Django URL names of the API operations (ninja names them after their functions)."""
    from neaspec.api.root import api

    return {
        f"api:{operation.view_func.__name__}"
        for _, router in api._routers
        for path_view in router.path_operations.values()
        for operation in path_view.operations
    }


def _call(client: Client, method: str, url: str, probe: Probe) -> Any:
    if method == "get" or not probe.json:
        return getattr(client, method)(url, probe.payload())
    return getattr(client, method)(url, probe.payload(), content_type="application/json")


def _outcome(response: Any) -> Any:
    if response.status_code == 302 and "/accounts/login/" in response.get("Location", ""):
        return LOGIN
    return response.status_code


def check_page(name: str, probes: list[Probe], client_for: Callable[[str], Client]) -> None:
    """Each role's outcome of each probe of the page named `name`."""
    for probe in probes:
        url = reverse(name, kwargs=probe.kwargs())
        seen = {
            role: _outcome(getattr(client_for(role), probe.method)(url, probe.payload()))
            for role in ROLES
        }
        assert seen == probe.expect, f"{name} {probe.label} ({url}) {seen}"


def check_api(
    path: str, method: str, probes: list[Probe], client_for: Callable[[str], Client]
) -> None:
    """Each role's status of each probe of the API operation `method` `path`."""
    for probe in probes:
        url = path.format(**probe.kwargs())
        seen = {role: _call(client_for(role), method, url, probe).status_code for role in ROLES}
        assert seen == probe.expect, f"{method.upper()} {url} {seen}"
