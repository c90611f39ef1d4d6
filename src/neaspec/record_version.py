"""The record's version: one number, kept in the database, that grows after every transaction
that wrote to the record, whichever app, service, bulk update or process wrote it.

What is cached for signed-in people is keyed by this number (caching.SignedInPageCache), so a
cache entry made before a change is never served after it, by any process, with any cache
backend — a process's own memory included. The number is read from the database, never kept.

Every statement that writes goes through `track` (a database execute wrapper, installed on
each connection). A write to a table of the record moves the number once per transaction (and
savepoint: a savepoint rolled back takes its move with it):

- **PostgreSQL**: a sequence, taken once the transaction has committed (never before, so a
  page kept under the old number holds older or newer data than it says, and is never served
  once the number has moved). `nextval` takes no lock and flushes nothing of its own, so
  writers never wait on each other for it; after a crash a sequence only jumps forward.
- **SQLite**: a one-row table, moved inside the writing transaction at its first write — the
  transaction already holds the database's only write lock, so this costs no lock and no
  flush of its own, and the move commits or rolls back with the write.

A write outside a transaction moves it at once. Writes that are not the record are left out:
sessions, sign-in notes and throttling, two-factor devices and the task queue. While migrations
run (the number may not exist yet) nothing is tracked; it moves once when they are done.
"""

import re
from collections.abc import Callable
from typing import Any

from django.db import DatabaseError, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate
from django.dispatch import receiver

NOT_THE_RECORD = ("django_session", "axes_", "otp_", "django_tasks", "accounts_signin", "neaspec_")
WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)', re.I)


def writes_record(sql: str) -> bool:
    found = WRITE.match(sql)
    return found is not None and not found.group(1).lower().startswith(NOT_THE_RECORD)


def _move(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval('neaspec_record_version')")
        else:
            cursor.execute("UPDATE neaspec_record_version SET number = number + 1")


class _Moved:
    """The note, among a transaction's on-commit callbacks, that it has moved the number (in
    its savepoint): on PostgreSQL the move itself, on SQLite a mark of one already made."""

    def __init__(self, alias: str, *, move: bool) -> None:
        self.alias, self.move = alias, move

    def __call__(self) -> None:
        if self.move:
            _move(connections[self.alias])


_migrating = False


def track(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    result = execute(sql, params, many, context)
    if _migrating or not isinstance(sql, str) or not writes_record(sql):
        return result
    connection: BaseDatabaseWrapper = context["connection"]
    if not connection.in_atomic_block:
        _move(connection)
        return result
    scope = set(connection.savepoint_ids)
    # Each entry is (savepoint ids, callback, robust).
    if any(isinstance(e[1], _Moved) and e[0] == scope for e in connection.run_on_commit):
        return result
    after_commit = connection.vendor == "postgresql"
    if not after_commit:
        _move(connection)
    moved = _Moved(connection.alias, move=after_commit)
    transaction.on_commit(moved, using=connection.alias, robust=True)
    return result


@receiver(connection_created, dispatch_uid="neaspec.record_version.track")
def _install(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    if track not in connection.execute_wrappers:
        connection.execute_wrappers.append(track)


def install_on_open_connections() -> None:
    """For connections opened before this module was imported (the test runner's)."""
    for connection in connections.all(initialized_only=True):
        _install(None, connection)


@receiver(pre_migrate, dispatch_uid="neaspec.record_version.pause")
def _pause(sender: Any, using: str = "default", **kwargs: Any) -> None:
    global _migrating
    _migrating = True


@receiver(post_migrate, dispatch_uid="neaspec.record_version.resume")
def _resume(sender: Any, using: str = "default", **kwargs: Any) -> None:
    global _migrating
    if not _migrating:
        return
    _migrating = False
    try:
        with transaction.atomic(using=using):
            _move(connections[using])
    except DatabaseError:
        pass  # the number's own migration has not run (a partial migrate): nothing to move


def current(using: str = "default") -> int:
    """The record's version now."""
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT last_value + is_called::int FROM neaspec_record_version"
            if connection.vendor == "postgresql"
            else "SELECT number FROM neaspec_record_version"
        )
        return int(cursor.fetchone()[0])
