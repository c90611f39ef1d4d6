"""The decisions adopted, newest meeting first: an Atom feed and the sitemap's section."""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.decisions.models import Decision
from neaspec.decisions.selectors import decisions_visible
from neaspec.feeds import FEED_ITEMS, AtomFeed, day_start


def _adopted() -> QuerySet[Decision]:
    """The paragraphs the public reads (each sentence is on its paragraph's page)."""
    return (
        decisions_visible(actor=AnonymousUser())
        .filter(parent=None)
        .select_related("meeting__series")
        .order_by("-meeting__start", "-pk")
    )


class DecisionsFeed(AtomFeed):
    title = gettext_lazy("NEASPEC: decisions adopted")
    subtitle = gettext_lazy("The decisions of the programme's meetings, newest meeting first.")
    link = reverse_lazy("decisions:list")

    def items(self) -> QuerySet[Decision]:
        return _adopted()[:FEED_ITEMS]

    def item_title(self, item: Decision) -> str:
        return _("%(meeting)s, para. %(paragraph)s") % {
            "meeting": item.meeting,
            "paragraph": item.paragraph,
        }

    def item_description(self, item: Decision) -> str:
        return item.summary

    def item_link(self, item: Decision) -> str:
        return reverse("decisions:detail", args=[item.pk])

    def item_pubdate(self, item: Decision) -> Any:
        return day_start(item.meeting.start)


class DecisionsSitemap(Sitemap):
    changefreq = "monthly"

    def items(self) -> QuerySet[Decision]:
        return _adopted()

    def location(self, item: Decision) -> str:
        return reverse("decisions:detail", args=[item.pk])
