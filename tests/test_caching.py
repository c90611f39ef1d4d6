"""The cache comes from the environment; GET answers carry an ETag and a client that holds the
answer gets 304 Not Modified."""

from typing import Any

import pytest

from neaspec.settings import cache_from_url


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("", "django.core.cache.backends.locmem.LocMemCache", "neaspec"),
        (
            "redis://cache.internal:6379/1",
            "django.core.cache.backends.redis.RedisCache",
            "redis://cache.internal:6379/1",
        ),
        (
            "memcached://cache.internal:11211",
            "django.core.cache.backends.memcached.PyMemcacheCache",
            "cache.internal:11211",
        ),
    ],
)
def test_the_cache_is_chosen_by_url(url: str, backend: str, location: str) -> None:
    assert cache_from_url(url) == {"BACKEND": backend, "LOCATION": location}


def test_an_unknown_cache_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="unknown cache 'ftp'"):
        cache_from_url("ftp://somewhere")


def test_an_api_answer_already_held_is_not_sent_again(client_for: Any) -> None:
    client = client_for("public")
    first = client.get("/api/meetings/som-25")
    assert first.status_code == 200
    tag = first["ETag"]
    again = client.get("/api/meetings/som-25", headers={"if-none-match": tag})
    assert (again.status_code, again.content) == (304, b"")
    other = client.get("/api/meetings/som-26", headers={"if-none-match": tag})
    assert other.status_code == 200
