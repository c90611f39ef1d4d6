"""Every fact of the reference dataset names where it comes from, and pages show each source as
what it is ("Report of SOM-25 (2022), para. 6"), from one registry (sources.yaml)."""

import datetime
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NotRequired, TypedDict
from urllib.parse import urlsplit

import yaml
from django.db import models
from django.utils.translation import gettext_lazy as _


class Sourced(models.Model):
    source = models.CharField(
        _("source"),
        max_length=500,
        blank=True,
        help_text=_("A seed document or a public URL that states this fact."),
    )

    class Meta:
        abstract = True


@dataclass(frozen=True)
class Citation:
    """A source as a reader knows it: its title, the passage cited, a link when public."""

    title: str
    passage: str = ""
    url: str = ""

    def __str__(self) -> str:
        return f"{self.title}, {self.passage}" if self.passage else self.title


REGISTRY_FILE = Path(__file__).resolve().parent / "sources.yaml"
# "004_….txt §6", "004_….txt §41, §43", "000_….txt §2.1 (Ministry …)", "000_….txt, Table 2
# (IUCN …)", or a URL.
SEED_FILE = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
# Sources are separated by ";", or by "," before the next file or address.
SEPARATOR = re.compile(r";\s*|,\s*(?=\d{3}_[0-9a-f]{16}\.txt|https?://)")
SECTION = re.compile(r",?\s*§\s*([\w.-]+)")
PLURAL = {"para.": "paras", "section": "sections", "slide": "slides"}


class Source(TypedDict):
    """A source as sources.yaml registers it, by its file name or address."""

    title: str
    kind: str  # meeting_report, strategic_plan, web_page ...
    date: NotRequired[datetime.date]
    passage: NotRequired[str]  # how a '§' reference reads: "para.", "section", "slide"
    public: NotRequired[bool]  # false for a document without a public address


@functools.cache
def registry() -> dict[str, Source]:
    return yaml.safe_load(REGISTRY_FILE.read_text(encoding="utf-8"))


def cite(source: str) -> list[Citation]:
    """Every source named in `source` ("a; b") as a Citation; a URL that the registry does not
    know is shown by its site and linked, a file it does not know by its name."""
    return [_cite_one(part.strip()) for part in SEPARATOR.split(source) if part.strip()]


def cited(source: str) -> str:
    """`source` as a file or an answer gives it to a reader: each citation in words, joined
    ("Report of SOM-22 (2018), para. 9"), never an internal file name."""
    return "; ".join(str(c) for c in cite(source))


def _cite_one(source: str) -> Citation:
    key, _, remainder = source.partition(" ")
    key = key.rstrip(",")
    known = registry().get(key)
    is_url = key.startswith(("http://", "https://"))
    if known is None and not is_url and not SEED_FILE.match(key):
        return Citation(source)  # a source in words ("Statement of Mongolia at SOM-25")
    public = known.get("public", True) if known is not None else True
    url = key if is_url and public else ""
    title = (urlsplit(key).netloc if is_url else key) if known is None else known["title"]
    sections = SECTION.findall(remainder)
    rest = SECTION.sub("", remainder).strip(" ,")
    passage = ""
    if sections:
        word = known.get("passage", "§") if known is not None else "§"
        word = PLURAL.get(word, word) if len(sections) > 1 else word
        passage = f"{word} {', '.join(sections)}"
    if rest:
        passage = (
            f"{passage} {rest}"
            if passage and rest.startswith("(")
            else ", ".join(p for p in (passage, rest) if p)
        )
    return Citation(title, passage, url)
