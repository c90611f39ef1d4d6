"""Calling the WSGI app directly (as schemathesis does) signed in, inside the test's
transaction: the session and CSRF cookies of a user, with the request signals that would close
the database connection (and end the test transaction) disconnected meanwhile, as Django's own
test client does."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client

CSRF = "fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz"  # 32 characters: an unmasked CSRF secret


@contextmanager
def signed_in_cookies(user: Any) -> Iterator[dict[str, str]]:
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield {settings.SESSION_COOKIE_NAME: session, settings.CSRF_COOKIE_NAME: CSRF}
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)
