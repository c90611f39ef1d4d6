"""The cache comes from the environment; GET answers carry an ETag and a client that holds the
answer gets 304 Not Modified."""

import gzip
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from neaspec.settings import cache_from_url
from tests.access.probes import world  # noqa: F401  (the matrix's fixture)
from tests.reliability.test_leaks import _every_get


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("", "django.core.cache.backends.locmem.LocMemCache", "neaspec"),  # and MAX_ENTRIES
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
    chosen = cache_from_url(url)
    assert (chosen["BACKEND"], chosen["LOCATION"]) == (backend, location)


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


# Pages with a form a signed-out visitor submits: they need the CSRF cookie.
SIGN_IN_FORMS = {"/accounts/login/", "/accounts/password-reset/"}


def test_a_signed_out_page_sets_no_cookie_and_a_shared_cache_may_keep_it(client_for: Any) -> None:
    client = client_for("public")
    page = client.get("/meetings/som-25/", headers={"accept-language": "en"})
    assert page.status_code == 200
    assert page.cookies == {}
    assert page["Cache-Control"] == "public, max-age=60"
    vary = {v.strip() for v in page["Vary"].split(",")}
    assert vary == {"Cookie", "Accept-Language", "Accept-Encoding"}
    again = client.get("/meetings/som-25/", headers={"if-none-match": page["ETag"]})
    assert (again.status_code, again.content) == (304, b"")


def test_a_signed_in_answer_is_private_and_revalidated(client_for: Any) -> None:
    page = client_for("secretariat").get("/meetings/som-25/")
    assert page["Cache-Control"] == "private, no-cache"
    health = client_for("public").get("/healthz")
    assert "max-age=0" in health["Cache-Control"]
    assert "public" not in health["Cache-Control"]


def test_pages_and_api_answers_are_compressed_for_a_client_that_accepts_it(
    client_for: Any,
) -> None:
    client = client_for("public")
    for url in ("/meetings/som-25/", "/api/decisions?limit=200"):
        plain = client.get(url)
        packed = client.get(url, headers={"accept-encoding": "gzip"})
        assert packed["Content-Encoding"] == "gzip"
        assert gzip.decompress(packed.content) == plain.content
        assert len(packed.content) < len(plain.content) / 3


@pytest.mark.django_db
@pytest.mark.usefixtures("reference")
def test_the_language_switch_needs_no_csrf_cookie() -> None:
    client = Client(enforce_csrf_checks=True)
    home = client.get("/")
    assert home.cookies == {}
    assert 'action="/i18n/setlang/"' in home.content.decode()
    switched = client.post("/i18n/setlang/", {"language": "ja", "next": "/meetings/"})
    assert (switched.status_code, switched["Location"]) == (302, "/meetings/")
    assert switched.cookies["django_language"].value == "ja"
    assert '<html lang="ja">' in client.get("/meetings/").content.decode()
    elsewhere = client.post("/i18n/setlang/", {"language": "ja", "next": "https://evil.test/"})
    assert elsewhere["Location"] == "/"


@pytest.mark.usefixtures("world")
def test_no_signed_out_page_of_the_matrix_sets_a_cookie(client_for: Any) -> None:
    client = client_for("public")
    cookies = {}
    for url in _every_get():
        response = client.get(url)
        if response.cookies and url not in SIGN_IN_FORMS:
            cookies[url] = sorted(response.cookies)
    assert cookies == {}


def test_the_page_cache_renders_a_signed_out_page_once_per_language(
    settings: Any, client_for: Any, django_assert_num_queries: Any
) -> None:
    settings.NEASPEC_PAGE_CACHE_SECONDS = 60
    public = client_for("public")
    first = public.get("/meetings/som-25/", headers={"accept-language": "en"})
    with django_assert_num_queries(0):
        again = public.get("/meetings/som-25/", headers={"accept-language": "en"})
    assert again.content == first.content
    japanese = public.get("/meetings/som-25/", headers={"accept-language": "ja"})
    assert '<html lang="ja">' in japanese.content.decode()
    officer = client_for("secretariat")
    signed_in = officer.get("/meetings/som-25/", headers={"accept-language": "en"})
    assert "Sign out" in signed_in.content.decode()
    assert "Sign out" not in again.content.decode()
    with CaptureQueriesContext(connection) as queries:
        officer.get("/meetings/som-25/", headers={"accept-language": "en"})
    assert len(queries) > 0  # rendered again: a signed-in answer is never kept
