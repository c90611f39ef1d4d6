"""The guard of one write path per entity (tests/test_write_paths.py says what it is for).

While `writes_watched()` is open, a receiver on Django's `pre_save` and `pre_delete` signals
(every sender) sees each row about to be written. It looks only at domain models: those of the
`neaspec` apps that keep an audit trail (django-simple-history's registry; their historical
rows and the infrastructure's tables, such as the outbox or task results, are not domain
records). For each such write it walks the Python stack from the signal up (`sys._getframe`,
cheap: no source lines are read) and accepts the write when one of the callers is a service
module of the app that owns the model (`<app>/services.py`, `<subject>_services.py` and the few
named otherwise in SERVICE_MODULES), or on the short allow-list of writers that are not
services by design: the reference-data loader, data migrations, and the tests' factories.
`audit.save_audited` alone does not pass: a view could call it directly, which is the shortcut
the guard exists to catch. Another app's services do not vouch either.

`requests_watched` holds every request the suite makes (pages, API, browser journeys) to the
same rule: tests/conftest.py fails a test whose requests wrote past a service. Django's own
account bookkeeping (the time of a sign-in) is the one writer it accepts besides.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import django.contrib.auth
from django.core.handlers.base import BaseHandler
from django.db import models
from django.db.models.signals import pre_delete, pre_save
from django.http import HttpRequest, HttpResponseBase
from simple_history.models import registered_models

SRC = Path(__file__).resolve().parents[1] / "src" / "neaspec"
TESTS = Path(__file__).resolve().parent
DJANGO_AUTH = Path(django.contrib.auth.__file__).resolve().parent
# Service modules whose name is not services.py: the same keyword-only, permission-checked,
# audited writes, kept apart by subject.
SERVICE_MODULES = {
    "meetings/delegations.py",
    "library/meeting_documents.py",
    "consultations/surveys.py",
    "accounts/sign_ins.py",
    "accounts/two_factor.py",
    "accounts/tokens.py",
}
# Writers that are not services by design (see the module's docstring).
ALLOWED = ("data/loader.py",)
# Where the models' own save() and the audited save live: not where a write was made.
MODEL_PLUMBING = {"models.py", "multilingual.py", "sourcing.py", "audit.py"}


@cache
def _domain_models() -> set[type[models.Model]]:
    return {m for m in registered_models.values() if m.__module__.startswith("neaspec.")}


def _through_a_service(filename: str, app: str) -> bool:
    """Whether a frame of `filename` vouches for a write to a model of the app at `app`
    (its folder under src/neaspec): a service module of that app, or an allowed writer."""
    path = Path(filename)
    if path.is_relative_to(TESTS / "factories"):
        return True
    if app == "accounts" and path.is_relative_to(DJANGO_AUTH):
        return True  # Django's own bookkeeping: the time of a sign-in, a password it sets
    if not path.is_relative_to(SRC):
        return False
    inside = path.relative_to(SRC).as_posix()
    if inside in ALLOWED or "/migrations/" in inside:
        return True
    own = inside.startswith(f"{app}/")
    named = path.name == "services.py" or path.name.endswith("_services.py")
    return own and (named or inside in SERVICE_MODULES)


@dataclass
class Watch:
    """What the guard saw: every domain write (model label, 'save' or 'delete'), and those
    that did not pass through a service, each with where it was made."""

    seen: set[tuple[str, str]] = field(default_factory=set)
    outside: list[str] = field(default_factory=list)

    def check(self, sender: type[models.Model], operation: str) -> None:
        if sender not in _domain_models():
            return
        self.seen.add((sender._meta.label, operation))
        app = Path(sender._meta.app_config.path).relative_to(SRC).as_posix()
        frame = sys._getframe(1)
        made_at = ""
        while frame is not None:
            filename = frame.f_code.co_filename
            if _through_a_service(filename, app):
                return
            path = Path(filename)
            ours = path.is_relative_to(SRC) or path.is_relative_to(TESTS)
            if not made_at and ours and path.name not in MODEL_PLUMBING and filename != __file__:
                made_at = f"{path.name}:{frame.f_lineno} ({frame.f_code.co_name})"
            frame = frame.f_back
        self.outside.append(f"{sender._meta.label} {operation} at {made_at or '?'}")


# The watch of the request being handled in this thread (or task), if any.
_current: ContextVar[Watch | None] = ContextVar("write_watch", default=None)


def _saving(sender: Any, **kwargs: Any) -> None:
    watch = _current.get()
    if watch is not None:
        watch.check(sender, "save")


def _deleting(sender: Any, **kwargs: Any) -> None:
    watch = _current.get()
    if watch is not None:
        watch.check(sender, "delete")


pre_save.connect(_saving, dispatch_uid="tests.write_paths.save", weak=False)
pre_delete.connect(_deleting, dispatch_uid="tests.write_paths.delete", weak=False)


@contextmanager
def writes_watched() -> Iterator[Watch]:
    """Judge every domain write made inside the block."""
    watch = Watch()
    token = _current.set(watch)
    try:
        yield watch
    finally:
        _current.reset(token)


@contextmanager
def requests_watched() -> Iterator[Watch]:
    """Judge every domain write made while a request is answered (by the test client, a live
    server's thread or the WSGI application itself): Django's handler is wrapped so that the
    watch holds from the request's arrival to its answer."""
    watch = Watch()
    answer = BaseHandler.get_response

    def get_response(handler: BaseHandler, request: HttpRequest) -> HttpResponseBase:
        token = _current.set(_current.get() or watch)
        try:
            return answer(handler, request)
        finally:
            _current.reset(token)

    BaseHandler.get_response = get_response
    try:
        yield watch
    finally:
        BaseHandler.get_response = answer
