import email
import socket
from collections.abc import Callable, Iterator
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.test import Client

from neaspec.accounts.models import Role, User
from neaspec.data.loader import load
from neaspec.directory.models import Body, FocalPoint, MemberState, Organization
from tests.factories import FocalPointFactory, focal_point_user, secretariat, user_with_role


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Path) -> None:
    # Uploaded and generated files of a test stay in its own folder.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Hashing strength is not under test; the default hasher would make each user cost ~0.3 s.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Cached fragments name records by id, and ids come round again after a rollback.
    cache.clear()
    # A test writes and reads back at once; the public page cache has its own test.
    settings.NEASPEC_PAGE_CACHE_SECONDS = 0


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """Load the real reference dataset once; each test's transaction rolls back its own writes."""
    with django_db_blocker.unblock():
        load()


@pytest.fixture
def reference(db: None) -> None:
    """The real NEASPEC reference dataset, as `neaspec seed` loads it.

    Browser journeys flush the database after themselves; reload when that happened."""
    if not MemberState.objects.exists():
        load()


@pytest.fixture
def mongolia(reference: None) -> MemberState:
    return MemberState.objects.get(code="MN")


@pytest.fixture
def china(reference: None) -> MemberState:
    return MemberState.objects.get(code="CN")


@pytest.fixture
def mongolia_focal_point(mongolia: MemberState) -> FocalPoint:
    return FocalPointFactory(state=mongolia, person__name="Bat-Erdene Dorj")


@pytest.fixture
def china_focal_point(china: MemberState) -> FocalPoint:
    return FocalPointFactory(state=china, person__name="Li Wei")


@pytest.fixture
def users(reference: None) -> dict[str, User | None]:
    """One user per role of the access model; None is the public (not signed in)."""
    return {
        "public": None,
        "secretariat": secretariat(),
        "focal_point_mn": focal_point_user("MN"),
        "focal_point_cn": focal_point_user("CN"),
        "committee_member": user_with_role(
            Role.COMMITTEE_MEMBER, username="spc-member", body=Body.objects.get(key="neacap-spc")
        ),
        "partner": user_with_role(
            Role.PARTNER, username="partner", organization=Organization.objects.get(key="nowpap")
        ),
        "translator_ja": user_with_role(Role.TRANSLATOR, username="translator-ja", language="ja"),
    }


@pytest.fixture
def client_for(users: dict[str, User | None]) -> Callable[[str], Client]:
    def make(role: str) -> Client:
        client = Client()
        user = users[role]
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def live_reference(transactional_db: None) -> None:
    """The reference dataset in a database that other threads and processes can see (a live
    server, concurrent writers): loaded again, since transactional tests empty the tables."""
    load()


# A real SMTP server for the mail tests: aiosmtpd on a free local port.


class Inbox:
    """An SMTP handler that keeps what it is sent."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(settings: Any) -> Iterator[Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.NEASPEC_SITE_URL = "https://hub.neaspec.example"
    yield inbox
    controller.stop()
