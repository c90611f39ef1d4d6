"""Atom feeds and the sitemap's common ground: each app publishes its own public records
(`<app>/syndication.py`: a feed and a sitemap section), read as the public reads them, in the
language asked for; `urls.py` gathers the sitemap."""

import datetime

from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

# A feed holds the latest this many: a reader polls it, the site keeps the rest.
FEED_ITEMS = 50


def day_start(day: datetime.date | None) -> datetime.datetime | None:
    """A day as the moment a feed needs (its start, in UTC): records are dated by the day."""
    if day is None:
        return None
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


class AtomFeed(Feed):
    """An Atom 1.0 feed of the programme's public records."""

    feed_type = Atom1Feed
    author_name = _("NEASPEC Secretariat, ESCAP East and North-East Asia Office")


class PagesSitemap(Sitemap):
    """The public lists a search engine starts from (each record's page is in its app's
    section)."""

    changefreq = "weekly"

    def items(self) -> list[str]:
        return list(PUBLIC_LISTS)

    def location(self, item: str) -> str:
        return reverse(item)


PUBLIC_LISTS = (
    "home",
    "directory:states",
    "directory:bodies",
    "programme:areas",
    "programme:plans",
    "programme:indicators",
    "meetings:list",
    "decisions:list",
    "consultations:list",
    "library:library",
    "projects:list",
    "finance:contributions",
)
