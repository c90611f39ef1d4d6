import email
import os
import socket
from collections.abc import Callable, Iterator
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.test import Client, TransactionTestCase
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from neaspec.accounts.models import Role, User
from neaspec.data.loader import load
from neaspec.directory.models import Body, FocalPoint, MemberState, Organization
from tests import database, write_paths
from tests.factories import FocalPointFactory, focal_point_user, secretariat, user_with_role

# The time a test may take (tests/time_limit.py).
pytest_plugins = ["tests.time_limit"]


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
    settings.NEASPEC_SIGNED_IN_CACHE_SECONDS = 0
    # A request leaves its language active in the thread: each test starts in the default one,
    # whatever ran before it on this worker.
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _one_write_path() -> Iterator[None]:
    """Every request of every test writes domain records through their app's services only
    (tests/write_paths.py): a test whose requests wrote past one fails, naming where."""
    with write_paths.requests_watched() as watch:
        yield
    if watch.outside:
        pytest.fail("Written past a service during a request:\n" + "\n".join(watch.outside))


@pytest.fixture(scope="session")
def django_db_createdb(request: pytest.FixtureRequest, django_db_modify_db_settings: None) -> bool:
    """Build the test database afresh unless it was left whole by a session of the same schema
    and reference data (--reuse-db, as `make test` runs locally; see tests/database.py)."""
    if request.config.getvalue("create_db") or not database.reusable():
        database.discard()
        return True
    return False


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: None, django_db_blocker: Any, django_db_createdb: bool
) -> Iterator[database.Snapshot]:
    """The real reference dataset, loaded once a session (or kept from the last one); each
    test's transaction rolls back its own writes, and a test that commits (a live server, a
    race) gets the dataset back from the snapshot taken here."""
    with django_db_blocker.unblock():
        database.in_use()
        if django_db_createdb or not MemberState.objects.exists():
            load()
        snapshot = database.Snapshot.take()
    database.Snapshot.current = snapshot
    yield snapshot
    database.Snapshot.current = None
    snapshot.close()
    database.left_whole()  # as loaded: for the next session to reuse


@pytest.fixture
def reference(db: None) -> None:
    """The real NEASPEC reference dataset, as `neaspec seed` loads it: loaded once a session,
    and put back after every test that commits (pytest_runtest_teardown below)."""


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


_flush = TransactionTestCase._fixture_teardown


def _fixture_teardown(self: TransactionTestCase) -> None:
    """Django empties every table after a test that commits (and makes the permissions again),
    which takes seconds on PostgreSQL; the snapshot's restore below empties them as well and
    puts the reference dataset back, so the flush is left out while a snapshot is held."""
    if database.Snapshot.current is None:
        _flush(self)


TransactionTestCase._fixture_teardown = _fixture_teardown


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """A test that commits (a live server, concurrent writers) empties the tables after itself,
    as Django's transactional tests do: once its fixtures are torn down, the reference dataset
    is put back from the session's snapshot (which replaces every table's rows, as Django's
    flush would), so whatever runs next on this worker finds it."""
    try:
        return (yield)
    finally:
        snapshot = database.Snapshot.current
        if snapshot is not None and "transactional_db" in getattr(item, "fixturenames", ()):
            with item.config.stash[blocking_manager_key].unblock():
                snapshot.restore()


@pytest.fixture
def live_reference(transactional_db: None) -> None:
    """The reference dataset in a database that other threads and processes can see (a live
    server, concurrent writers): there already, every test that commits puts it back."""


# A real SMTP server for the mail tests: aiosmtpd on a free local port.


class Inbox:
    """An SMTP handler that keeps what it is sent."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"

    def text(self, index: int) -> str:
        """The plain text of the message received `index`-th (beside any attachment)."""
        message = self.messages[index][1]
        part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        return payload.decode()

    def attachment(self, index: int, content_type: str) -> str:
        message = self.messages[index][1]
        part = next(p for p in message.walk() if p.get_content_type() == content_type)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        return payload.decode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(settings: Any) -> Iterator[Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.MAILERS = {
        "default": {"BACKEND": "neaspec.mail.backends.OutboxBackend"},
        "delivery": {
            "BACKEND": settings.EMAIL_SMTP,
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "timeout": 5},
        },
    }
    settings.NEASPEC_SITE_URL = "https://hub.neaspec.example"
    yield inbox
    controller.stop()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests marked slow run first: each holds a worker for minutes, and started last it
    would leave the other worker idle at the end of the run (xdist hands each worker a run of
    the list, and an idle one takes queued tests, never a running one).

    NEASPEC_DATABASE_TESTS_ONLY=1 leaves out the tests that use no database: CI runs the
    suite once on SQLite and again on PostgreSQL, where only what touches the database can
    turn out differently. The reliability tests stay: they start servers on a database of
    their own, of the kind DATABASE_URL names."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable: else as listed
    if os.environ.get("NEASPEC_DATABASE_TESTS_ONLY") != "1":
        return
    kept, left = database.split_by_database_use(items)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
