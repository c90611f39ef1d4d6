"""The consultations open to the public, newest first: an Atom feed and the sitemap's section."""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy

from neaspec.consultations.models import Consultation
from neaspec.consultations.selectors import consultations_visible
from neaspec.feeds import FEED_ITEMS, AtomFeed, day_start


def _public() -> QuerySet[Consultation]:
    return consultations_visible(actor=AnonymousUser()).order_by("-opens", "-pk")


class ConsultationsFeed(AtomFeed):
    title = gettext_lazy("NEASPEC: public consultations")
    subtitle = gettext_lazy("Drafts the programme asks the public to comment on, newest first.")
    link = reverse_lazy("consultations:list")

    def items(self) -> QuerySet[Consultation]:
        return _public()[:FEED_ITEMS]

    def item_title(self, item: Consultation) -> str:
        return item.title

    def item_description(self, item: Consultation) -> str:
        return item.summary

    def item_link(self, item: Consultation) -> str:
        return reverse("consultations:detail", args=[item.key])

    def item_pubdate(self, item: Consultation) -> Any:
        return day_start(item.opens)


class ConsultationsSitemap(Sitemap):
    changefreq = "weekly"

    def items(self) -> QuerySet[Consultation]:
        return _public()

    def location(self, item: Consultation) -> str:
        return reverse("consultations:detail", args=[item.key])
