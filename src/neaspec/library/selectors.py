"""Reads of the library: what an actor may see, and search in any of the six languages."""

import html
import re
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Case, F, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from neaspec.accounts.models import Actor
from neaspec.library.grams import short_term
from neaspec.library.models import Document
from neaspec.library.stems import search_form
from neaspec.meetings.models import Meeting
from neaspec.paging import Rows


def documents_visible(*, actor: Actor) -> QuerySet[Document]:
    documents = Document.objects.select_related("meeting__series", "area")
    if actor.has_perm("library.view_secretariat_documents"):
        return documents
    if actor.has_perm("library.view_member_states_documents"):
        return documents.exclude(visibility=Document.Visibility.SECRETARIAT)
    return documents.filter(visibility=Document.Visibility.PUBLIC)


def document_get(*, pk: int, actor: Actor) -> Document:
    document = documents_visible(actor=actor).filter(pk=pk).first()
    if document is None:
        raise Http404("No such document")
    return document


# A phrase in double quotes (straight or curly), else a word; a quote left open is dropped.
TERM = re.compile(r'["“”„«»]([^"“”„«»]+)["“”„«»]|([^\s"“”„«»]+)')


def terms_of(query: str, language: str | None = None) -> list[str]:
    """Search terms, case-folded: a phrase in quotes as written ("marine litter", matched
    whole), a word — a Russian or Mongolian one by its stem (library/stems.py; `language`,
    the reader's by default, tells a Mongolian word from a Russian one). Quotes group words;
    operators are plain text, never query syntax."""
    language = language or get_language() or ""
    terms = []
    for phrase, word in TERM.findall(query.casefold()):
        if phrase.strip():
            terms.append(" ".join(phrase.split()))
        elif word:
            terms.append(search_form(word, language))
    return terms[:8]


@dataclass(frozen=True)
class Hit:
    document: Document
    snippet: SafeString


def documents_filtered(
    *,
    actor: Actor,
    type: str = "",
    area: str = "",
    meeting: Meeting | None = None,
    language: str = "",
    year: int | None = None,
) -> QuerySet[Document]:
    """Documents the actor may see, narrowed by the library's filters (empty = no filter)."""
    documents = documents_visible(actor=actor)
    if meeting is not None:
        documents = documents.filter(meeting=meeting)
    for name, value in (
        ("type", type),
        ("area__code", area),
        ("language", language),
        ("date__year", year),
    ):
        if value:
            documents = documents.filter(**{name: value})
    return documents


def document_search(
    *,
    actor: Actor,
    query: str,
    type: str = "",
    area: str = "",
    meeting: Meeting | None = None,
    language: str = "",
    year: int | None = None,
) -> Rows[Hit]:
    """Documents containing every term (as a substring: CJK has no spaces), those whose title
    has the most terms first, then the newest. Every term is looked up in an index: three
    characters or more in the trigram one, a one- or two-character CJK term in the short-term
    one (library/grams.py); only a short Latin or Cyrillic term is matched by scanning."""
    terms = terms_of(query)
    documents = documents_filtered(
        actor=actor, type=type, area=area, meeting=meeting, language=language, year=year
    ).filter(status=Document.Status.READY)
    if not terms:
        return _hits(documents.none(), terms)
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms and connection.vendor == "sqlite":
        documents = documents.filter(pk__in=_fts_candidates(long_terms))
    for term in terms:
        if short_term(term):
            documents = documents.filter(pk__in=_short_term_candidates(term))
        else:
            documents = documents.filter(search_text__contains=term)
    in_title = sum(
        (Case(When(title__icontains=t, then=Value(1)), default=Value(0)) for t in terms),
        Value(0),
    )
    ranked = documents.annotate(in_title=in_title).order_by(
        "-in_title", F("date").desc(nulls_last=True), "-pk"
    )
    return _hits(ranked.defer("search_text", "search_grams"), terms)


def _hits(documents: QuerySet[Document], terms: list[str]) -> Rows[Hit]:
    """Counted in the database; only the slice shown is read and given snippets (the one thing
    that needs a document's text)."""
    return Rows(documents, lambda shown: [Hit(d, snippet(d.text, terms)) for d in shown])


def _fts_candidates(terms: list[str]) -> Any:
    """Ids from the SQLite FTS5 trigram index; every term is a quoted phrase, so user input
    is never read as FTS syntax."""
    phrase = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return RawSQL(
        "SELECT rowid FROM library_document_fts WHERE library_document_fts MATCH %s", [phrase]
    )


def _short_term_candidates(term: str) -> Any:
    """Ids from the short-term index. The term is only CJK characters (`short_term`), so it is
    one token to either database, never syntax."""
    if connection.vendor == "sqlite":
        return RawSQL(
            "SELECT rowid FROM library_document_grams WHERE library_document_grams MATCH %s",
            [f'"{term}"'],
        )
    return RawSQL(
        "SELECT id FROM library_document "
        "WHERE to_tsvector('simple', search_grams) @@ plainto_tsquery('simple', %s)",
        [term],
    )


def snippet(text: str, terms: list[str], width: int = 90) -> SafeString:
    """The passage around the first match, escaped, with the terms marked."""
    folded = text.casefold()
    positions = [folded.find(t) for t in terms if folded.find(t) >= 0]
    start = 0 if not positions or len(folded) != len(text) else max(0, min(positions) - width)
    passage = text[start : start + 2 * width + 40]
    escaped = html.escape(passage)
    for term in sorted(set(terms), key=len, reverse=True):
        escaped = re.sub(
            re.escape(html.escape(term)),
            lambda m: f"<mark>{m.group(0)}</mark>",
            escaped,
            flags=re.I,
        )
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + len(passage) < len(text) else ""
    return mark_safe(prefix + escaped + suffix)


def documents_of_meeting(*, actor: Actor, meeting_id: int) -> QuerySet[Document]:
    return documents_visible(actor=actor).filter(meeting_id=meeting_id).order_by("-date")


def document_list(*, actor: Actor) -> QuerySet[Document]:
    return (
        documents_visible(actor=actor)
        .defer("text", "search_text", "search_grams")
        .order_by("-uploaded_at")
    )
