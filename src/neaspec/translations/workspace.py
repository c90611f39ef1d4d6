"""The translator's home page panel and due rows: in each of their languages, how many fields
of each kind of record they may read are not translated or out of date, each count a link to
the translation page showing those rows."""

import datetime
from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from neaspec.accounts.models import Actor
from neaspec.languages import OWN_NAMES
from neaspec.multilingual import target_languages
from neaspec.translations.rules import translator_languages
from neaspec.translations.selectors import Waiting, tally
from neaspec.workspace import Panel, Row, contributes, due


@dataclass(frozen=True)
class Count:
    words: str  # "12 not translated"
    url: str  # the translation page showing those rows


@dataclass(frozen=True)
class Kind:
    name: str  # "Decisions"
    counts: list[Count]


def _url(language: str, kind: str, state: str) -> str:
    query = urlencode({"kind": kind, "state": state})
    return f"{reverse('translations:language', args=[language])}?{query}"


def _kinds(language: str, waiting: list[Waiting]) -> list[Kind]:
    """The kinds with something to do, each with its counts; a kind with none is left out."""
    kinds = []
    for w in waiting:
        counts = []
        if w.missing:
            words = ngettext("%(n)d not translated", "%(n)d not translated", w.missing)
            counts.append(Count(words % {"n": w.missing}, _url(language, w.kind, "missing")))
        if w.outdated:
            words = ngettext("%(n)d out of date", "%(n)d out of date", w.outdated)
            counts.append(Count(words % {"n": w.outdated}, _url(language, w.kind, "outdated")))
        if counts:
            kinds.append(Kind(capfirst(w.name), counts))
    return kinds


def waiting_translation(user: Actor) -> list[tuple[str, list[Kind]]]:
    """For each language `user` holds a translator's grant for (the Secretariat translates
    too, but this is not its workspace), the kinds of record waiting in it."""
    languages = [code for code in target_languages() if code in translator_languages(user)]
    found = tally(languages, actor=user)
    return [(language, _kinds(language, found[language])) for language in languages]


@contributes
def translations_waiting(request: HttpRequest, today: datetime.date) -> Panel | None:
    languages = waiting_translation(request.user)
    if not languages:
        return None
    context = {
        "languages": [
            (code, OWN_NAMES[code], kinds, reverse("translations:language", args=[code]))
            for code, kinds in languages
        ]
    }
    return Panel("translations/_waiting_panel.html", context, mine=True, order=10)


@due(_("Waiting for translation"))
def translations_due(user: Actor, today: datetime.date) -> list[Row]:
    """A row per kind and state: "Decisions: 12 not translated", in the language named."""
    return [
        Row(f"{kind.name}: {count.words}", count.url, OWN_NAMES[language])
        for language, kinds in waiting_translation(user)
        for kind in kinds
        for count in kind.counts
    ]
