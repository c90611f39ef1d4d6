"""Word forms in search. Russian inflects: "опустынивания" and "опустынивание" are one word. A
Russian query word is looked up by its Snowball stem ("опустыниван"), which the search finds as
a substring like any other term — so every form of the word matches, on SQLite and PostgreSQL
alike, through the same trigram indexes. Snowball only removes endings, so the stem is a prefix
of the word and a search by it still finds the word as typed.

Mongolian has no Snowball stemmer: a word with ө or the straight u
(U+04AF), letters Russian lacks, is searched as typed."""

import functools
import re

import snowballstemmer

# A case-folded word of Russian letters only, long enough to have an ending worth removing.
RUSSIAN_WORD = re.compile("[\u0430-\u044f\u0451]{5,}")  # the Russian alphabet, yo included
# A shorter stem would match too much of unrelated text ("лес" in "полесье").
SHORTEST_STEM = 4


@functools.cache
def _russian() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("russian")


def search_form(term: str) -> str:
    """The form of a (case-folded) query term that finds all its word forms."""
    if not RUSSIAN_WORD.fullmatch(term):
        return term
    stem = _russian().stemWord(term)
    return stem if len(stem) >= SHORTEST_STEM and term.startswith(stem) else term
