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
from neaspec.library.grams import PREFIX_FROM, lookup
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
    """Documents having every term, those whose title has the most terms first, then the
    newest. Every term is looked up in the indexes (library/grams.py): a word as a word or the
    start of one, a phrase by its pairs of words, a CJK term by its pieces; a longer phrase, a
    term with punctuation or a CJK term the pieces only approach is then checked against the
    text of the documents the indexes gave. A term of punctuation alone is left out."""
    terms = terms_of(query)
    documents = documents_filtered(
        actor=actor, type=type, area=area, meeting=meeting, language=language, year=year
    ).filter(status=Document.Status.READY)
    lookups = {term: found for term in terms if not (found := lookup(term)).empty}
    if not lookups:
        return _hits(documents.none(), terms)
    tokens = {
        "words": [w for found in lookups.values() for w in found.words],
        "pairs": [p for found in lookups.values() for p in found.pairs],
        "grams": [g for found in lookups.values() for g in found.grams],
    }
    checked = [term for term, found in lookups.items() if not found.exact]
    if connection.vendor == "sqlite":
        for index, listed in tokens.items():
            if listed:
                documents = documents.filter(pk__in=_fts(index, listed))
        for term in checked:
            documents = documents.filter(search_text__contains=term)
    else:
        documents = documents.filter(pk__in=_gin(tokens, checked))
    in_title = sum(
        (Case(When(title__icontains=t, then=Value(1)), default=Value(0)) for t in terms),
        Value(0),
    )
    ranked = documents.annotate(in_title=in_title).order_by(
        "-in_title", F("date").desc(nulls_last=True), "-pk"
    )
    return _hits(ranked.defer(*Document.SEARCH_FIELDS), terms)


def _hits(documents: QuerySet[Document], terms: list[str]) -> Rows[Hit]:
    """Counted in the database; only the slice shown is read and given snippets (the one thing
    that needs a document's text)."""
    return Rows(documents, lambda shown: [Hit(d, snippet(d.text, terms)) for d in shown])


def _marked(index: str, tokens: list[str]) -> list[tuple[str, bool]]:
    """Each token with whether it is looked up as the start of a word (in the words index, a
    word of PREFIX_FROM characters or more). Tokens are letters and digits only
    (library/grams.py), so user input is never read as query syntax."""
    return [(t, index == "words" and len(t) >= PREFIX_FROM) for t in tokens]


def _fts(index: str, tokens: list[str]) -> Any:
    """SQLite: ids of the documents whose FTS5 `index` has every token."""
    match = " AND ".join(f'"{t}"' + ("*" if start else "") for t, start in _marked(index, tokens))
    table = f"library_document_{index}"
    return RawSQL(f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [match])


def _gin(tokens: dict[str, list[str]], checked: list[str]) -> Any:
    """PostgreSQL: ids of the documents with every token of each index, from the GIN indexes,
    and only then, for those, the terms checked against the text. `OFFSET 0` keeps the planner
    from folding this into the outer query, where it takes a substring test on the whole text
    for cheap (it is not: the text is stored out of line) and scans every document with it."""
    conditions, params = [], []
    for index, found in tokens.items():
        if found:
            marked = _marked(index, found)
            conditions.append(f"to_tsvector('simple', search_{index}) @@ to_tsquery('simple', %s)")
            params.append(" & ".join(f"'{t}'" + (":*" if start else "") for t, start in marked))
    for term in checked:
        conditions.append("strpos(search_text, %s) > 0")
        params.append(term)
    return RawSQL(
        f"SELECT id FROM library_document WHERE {' AND '.join(conditions)} OFFSET 0", params
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
    return documents_visible(actor=actor).defer(*Document.TEXT_FIELDS).order_by("-uploaded_at")
