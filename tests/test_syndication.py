"""The public record for feed readers and search engines: an Atom feed of decisions, documents,
meetings and consultations, read with feedparser as a feed reader would; sitemap.xml of the
public pages, nothing unpublished in either; robots.txt pointing at it."""

import datetime
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree

import feedparser
import pytest
from django.test import Client
from django.urls import reverse

from neaspec.consultations.services import consultation_open
from neaspec.decisions.models import Decision
from tests.factories import draft_decision, library_document

pytestmark = pytest.mark.django_db

FEEDS = ("decisions:feed", "library:feed", "meetings:feed", "consultations:feed")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def unpublished(reference: None) -> list[str]:
    """A draft decision and a Secretariat-only document: in neither feed nor sitemap."""
    draft = draft_decision("Draft wording ZXQ-feed-draft.", paragraph="97")
    secret = library_document("ZXQ-feed-secret note", "Internal.", visibility="secretariat")
    return [
        "ZXQ-feed-draft",
        "ZXQ-feed-secret",
        reverse("decisions:detail", args=[draft.pk]),
        reverse("library:document", args=[secret.pk]),
    ]


@pytest.mark.parametrize("name", FEEDS)
def test_each_feed_is_valid_atom_with_the_public_record(
    name: str,
    client_for: Callable[[str], Client],
    users: dict[str, Any],
    unpublished: list[str],
) -> None:
    library_document("Tumen River study", "Estuary wetlands.", visibility="public")
    today = datetime.date.today()
    consultation_open(  # no consultation of the reference data is the public's
        actor=users["secretariat"],
        title="Draft roadmap on coastal wetlands",
        paragraphs=["The roadmap sets three goals."],
        opens=today,
        closes=today + datetime.timedelta(days=30),
        audience="public",
        summary="Comments on the draft roadmap.",
    )
    response = client_for("public").get(reverse(name))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title.startswith("NEASPEC: ")
    assert 0 < len(feed.entries) <= 50
    for entry in feed.entries:
        assert entry.title
        assert entry.link.startswith("http://testserver/")
        assert entry.get("published_parsed") or entry.get("updated_parsed")
    text = response.content.decode()
    assert [marker for marker in unpublished if marker in text] == []


def test_the_decisions_feed_names_each_decision_by_meeting_and_paragraph(
    client_for: Callable[[str], Client],
) -> None:
    feed = feedparser.parse(client_for("public").get(reverse("decisions:feed")).content)
    newest = Decision.objects.filter(adopted=True, parent=None).order_by("-meeting__start", "-pk")[
        0
    ]
    assert feed.entries[0].title == f"{newest.meeting}, para. {newest.paragraph}"
    assert feed.entries[0].summary == newest.summary
    # In the language asked for: the feed's own title too.
    russian = feedparser.parse(
        client_for("public").get(reverse("decisions:feed"), HTTP_ACCEPT_LANGUAGE="ru").content
    )
    assert russian.feed.title != feed.feed.title


def test_the_sitemap_lists_public_pages_only_and_robots_names_it(
    client_for: Callable[[str], Client], unpublished: list[str]
) -> None:
    public = client_for("public")
    response = public.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    locations = [loc.text or "" for loc in root.iter(f"{SITEMAP}loc")]
    paths = {loc.removeprefix("http://testserver") for loc in locations}
    assert {"/", "/meetings/", "/decisions/", "/library/", "/meetings/som-25/"} <= paths
    assert [p for p in paths if any(m in p for m in unpublished)] == []
    # Every address in it opens for the public.
    sample = sorted(paths)[:: max(1, len(paths) // 25)]
    assert {p: public.get(p).status_code for p in sample} == dict.fromkeys(sample, 200)
    robots = public.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    lines = robots.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
