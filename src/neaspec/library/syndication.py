"""The library's public documents, newest first: an Atom feed and the sitemap's section."""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import F, QuerySet
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy

from neaspec.feeds import FEED_ITEMS, AtomFeed, day_start
from neaspec.library.models import Document
from neaspec.library.selectors import documents_visible


def _public() -> QuerySet[Document]:
    # The text is not read: a report can be megabytes.
    return (
        documents_visible(actor=AnonymousUser())
        .defer(*Document.TEXT_FIELDS)
        .order_by(F("date").desc(nulls_last=True), "-uploaded_at")
    )


class DocumentsFeed(AtomFeed):
    title = gettext_lazy("NEASPEC: documents")
    subtitle = gettext_lazy("The programme's public documents, newest first.")
    link = reverse_lazy("library:library")

    def items(self) -> QuerySet[Document]:
        return _public()[:FEED_ITEMS]

    def item_title(self, item: Document) -> str:
        return item.title

    def item_description(self, item: Document) -> str:
        return str(item.meeting or "")

    def item_link(self, item: Document) -> str:
        return reverse("library:document", args=[item.pk])

    def item_pubdate(self, item: Document) -> Any:
        return day_start(item.date) or item.uploaded_at

    def item_updateddate(self, item: Document) -> Any:
        return item.uploaded_at


class DocumentsSitemap(Sitemap):
    changefreq = "yearly"

    def items(self) -> QuerySet[Document]:
        return _public()

    def location(self, item: Document) -> str:
        return reverse("library:document", args=[item.pk])

    def lastmod(self, item: Document) -> Any:
        return item.uploaded_at
