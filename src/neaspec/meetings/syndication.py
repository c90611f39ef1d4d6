"""The programme's meetings, the latest and the coming first: an Atom feed and the sitemap's
section. Every meeting is public (its page says what is known of it)."""

from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy

from neaspec.feeds import FEED_ITEMS, AtomFeed, day_start
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import meeting_list


class MeetingsFeed(AtomFeed):
    title = gettext_lazy("NEASPEC: meetings")
    subtitle = gettext_lazy("The programme's meetings, the coming and the latest first.")
    link = reverse_lazy("meetings:list")

    def items(self) -> QuerySet[Meeting]:
        return meeting_list().filter(start__isnull=False)[:FEED_ITEMS]

    def item_title(self, item: Meeting) -> str:
        return " · ".join(p for p in (str(item), item.title) if p)

    def item_description(self, item: Meeting) -> str:
        where = ", ".join(p for p in (item.city, str(item.host or "")) if p)
        return " · ".join(p for p in (str(item.start), where) if p)

    def item_link(self, item: Meeting) -> str:
        return reverse("meetings:detail", args=[item.key])

    def item_pubdate(self, item: Meeting) -> Any:
        return day_start(item.start)


class MeetingsSitemap(Sitemap):
    changefreq = "monthly"

    def items(self) -> QuerySet[Meeting]:
        return meeting_list()

    def location(self, item: Meeting) -> str:
        return reverse("meetings:detail", args=[item.key])
