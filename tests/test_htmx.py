"""Answers to htmx (neaspec/htmx.py): a part of the page to htmx, the whole page otherwise,
each saying in `Vary` that it depends on who asked; after a save, the part as it now stands
or a redirect. Pages that load htmx also load the script that says when a part could not be
answered, in the page's language. A signed-out htmx request is sent to sign in with the whole
page, not a part (accounts/middleware.py)."""

from pathlib import Path
from typing import Any

import pytest
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django_htmx.middleware import HtmxMiddleware

from neaspec.htmx import after_save, page_or_part, wants_part

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {
            "loaders": [
                (
                    "django.template.loaders.locmem.Loader",
                    {
                        "page.html": (
                            "<html><body><h1>Page</h1>"
                            '{% partialdef part inline %}<section id="part">{{ word }}</section>'
                            '{% endpartialdef %}{% include "piece.html" %}</body></html>'
                        ),
                        "piece.html": (
                            '{% partialdef bit inline %}<p id="bit">{{ word }}</p>'
                            "{% endpartialdef %}"
                        ),
                    },
                )
            ]
        },
    }
]


def _request(*headers: str, method: str = "get") -> HttpRequest:
    """A request as the middleware leaves it (`request.htmx`), with `headers` set to true."""
    request = getattr(RequestFactory(), method)("/", headers=dict.fromkeys(headers, "true"))
    HtmxMiddleware(lambda r: HttpResponse())(request)
    request._messages = CookieStorage(request)
    return request


def test_htmx_wants_a_part_unless_it_boosts_a_whole_page() -> None:
    assert not wants_part(_request())
    assert wants_part(_request("HX-Request"))
    assert not wants_part(_request("HX-Request", "HX-Boosted"))
    assert not wants_part(RequestFactory().get("/"))  # no middleware ran: a page


@override_settings(TEMPLATES=TEMPLATES)
def test_the_page_whole_or_its_part_and_vary_says_which_it_depends_on() -> None:
    whole = page_or_part(_request(), "page.html", {"word": "Hello"}, part="part", status=422)
    assert whole.status_code == 422
    assert whole.content.decode().startswith("<html")
    assert "HX-Request" in whole["Vary"]
    part = page_or_part(_request("HX-Request"), "page.html", {"word": "Hello"}, part="part")
    assert part.content.decode() == '<section id="part">Hello</section>'
    assert "HX-Request" in part["Vary"]
    # A part of a template the page includes, named in full.
    bit = page_or_part(_request("HX-Request"), "page.html", {"word": "Hi"}, part="piece.html#bit")
    assert bit.content.decode() == '<p id="bit">Hi</p>'
    # No part named: the page, even to htmx.
    assert "<h1>" in page_or_part(_request("HX-Request"), "page.html", {}).content.decode()


def test_after_a_save_htmx_gets_the_part_and_a_page_load_a_redirect_with_the_message() -> None:
    def part() -> HttpResponse:
        return HttpResponse("<section>fresh</section>")

    request = _request("HX-Request", method="post")
    fresh = after_save(request, "/done/", part, message="Saved.")
    assert fresh.content == b"<section>fresh</section>"
    assert list(request._messages) == []  # type: ignore[attr-defined]  # the part says it

    request = _request(method="post")
    redirect = after_save(request, "/done/", part, message="Saved.")
    assert (redirect.status_code, redirect["Location"]) == (302, "/done/")
    assert "HX-Request" in redirect["Vary"]
    assert [str(m) for m in request._messages] == ["Saved."]  # type: ignore[attr-defined]


def test_the_failure_script_is_served_and_loaded_with_htmx(client_for: Any) -> None:
    script = finders.find("js/htmx-failures.js")
    assert script
    source = Path(script).read_text(encoding="utf-8")
    for event in ("htmx:responseError", "htmx:sendError"):
        assert event in source
    page = client_for("public").get(reverse("networks:site", args=["gochang-wetland"]))
    html = page.content.decode()
    assert "vendor/htmx/htmx-2.0.11" in html
    assert "js/htmx-failures" in html
    assert 'data-request-failed="This could not be done: reload the page and try again."' in html
    assert "data-request-unsent=" in html


@pytest.mark.parametrize(
    ("role", "url", "part"),
    [
        ("public", "directory:people", 'id="results"'),
        ("secretariat", "people:list", 'id="results"'),
    ],
)
def test_the_lists_filtered_in_place_answer_their_results_alone(
    client_for: Any, role: str, url: str, part: str
) -> None:
    client = client_for(role)
    results = client.get(reverse(url), headers={"HX-Request": "true"})
    assert part in results.content.decode()
    assert "<html" not in results.content.decode()
    assert "HX-Request" in results["Vary"]
    whole = client.get(reverse(url))
    assert "<html" in whole.content.decode()
    assert "HX-Request" in whole["Vary"]


@pytest.mark.django_db
def test_a_signed_out_htmx_request_loads_the_sign_in_page_whole_and_comes_back() -> None:
    """A session expired behind a page: its form's post asks to sign in with HX-Redirect, and
    then to come back to the page, not to the post's address."""
    client = Client()
    post = reverse("meetings:agenda_add", args=["som-29"])
    page = "http://testserver" + reverse("meetings:prepare", args=["som-29"])
    sent = client.post(post, {}, headers={"HX-Request": "true", "HX-Current-URL": page})
    assert sent.status_code == 200  # nothing for htmx to follow and swap in
    assert "Location" not in sent
    assert sent["HX-Redirect"] == reverse("login") + "?next=%2Fmeetings%2Fsom-29%2Fprepare%2F"
    # A part read again (a GET) is no page to keep for everyone: private, and varies by htmx.
    part = client.get(page, {"part": "checklist"}, headers={"HX-Request": "true"})
    assert part["HX-Redirect"].startswith(reverse("login") + "?next=")
    assert "private" in part["Cache-Control"]
    assert "HX-Request" in part["Vary"]
    # A page elsewhere (another host) is not come back to: the request's own address is.
    elsewhere = client.post(
        post, {}, headers={"HX-Request": "true", "HX-Current-URL": "https://evil.example/"}
    )
    assert (
        elsewhere["HX-Redirect"]
        == reverse("login") + "?next=%2Fmeetings%2Fsom-29%2Fagenda%2Fadd%2F"
    )
    # Without htmx: login_required's redirect, as it was.
    plain = client.post(post, {})
    assert plain.status_code == 302
    assert plain["Location"] == reverse("login") + "?next=/meetings/som-29/agenda/add/"


def test_opening_a_forms_address_says_what_to_do(client_for, reference):
    """A GET on an address that only takes a form: the site's page saying so (405, Allow kept),
    and under /api the API's JSON error."""
    page = client_for("secretariat").get("/data/refresh")
    assert page.status_code == 405
    assert page["Allow"] == "POST"
    said = page.content.decode()
    assert "Not a page to open" in said
    assert 'class="site-header"' in said  # in the site's frame
    answer = client_for("public").get("/api/followups/1/progress")
    assert answer.status_code == 405
    assert answer["Allow"] == "POST"
    assert answer.json()["error"]["code"] == "method_not_allowed"


def test_a_fields_error_is_the_one_its_input_points_to(client_for, reference):
    """The field's aria-describedby (Django's) names the error beside it, so a screen reader
    reads the reason with the field."""
    page = client_for("public").get("/decisions/", {"due_before": "soon"}).content.decode()
    field = page.split('name="due_before"')[1].split(">")[0]
    assert 'aria-invalid="true"' in field
    assert "id_due_before_error" in field
    assert 'id="id_due_before_error"' in page
