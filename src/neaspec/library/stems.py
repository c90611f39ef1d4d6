"""Word forms in search. Russian and Mongolian inflect: a Russian word in the genitive and in
the nominative is one word, and so is a Mongolian word with a case ending and without. A query
word is looked up by its stem, which the search finds as a substring like any other term — so
every form of the word matches, on SQLite and PostgreSQL alike, through the same trigram
indexes. A stem is a prefix of the word, so a search by it still finds the word as typed.

Russian stems come from Snowball (snowballstemmer). Neither Snowball nor any kept package has
a Mongolian stemmer, and PostgreSQL has no Mongolian text search configuration; Mongolian
words lose their plural, case and possessive endings by the table in mongolian_endings.yaml
(a light stemmer, in the manner of Snowball's). A Cyrillic word is Mongolian when it has one
of the two letters Russian lacks (barred o, U+04E9; straight u, U+04AF) or when the reader's
language is Mongolian; otherwise it is taken as Russian."""

import functools
import re
from pathlib import Path

import snowballstemmer
import yaml

# The Russian alphabet with yo, and the two Mongolian letters; five letters at least.
CYRILLIC_WORD = re.compile("[\u0430-\u044f\u0451\u04e9\u04af]{5,}")
MONGOLIAN_LETTERS = re.compile("[\u04e9\u04af]")
# A shorter stem would match too much of unrelated text (a three-letter root inside others).
SHORTEST_STEM = 4


@functools.cache
def _russian() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("russian")


@functools.cache
def mongolian_endings() -> tuple[str, ...]:
    """Every ending of the table, longest first."""
    table = yaml.safe_load((Path(__file__).parent / "mongolian_endings.yaml").read_text("utf-8"))
    return tuple(sorted({e for endings in table.values() for e in endings}, key=len, reverse=True))


def mongolian_stem(word: str) -> str:
    """`word` without its plural, case and possessive endings (two at most)."""
    stem = word
    for _ in range(2):
        ending = next(
            (
                e
                for e in mongolian_endings()
                if stem.endswith(e) and len(stem) - len(e) >= SHORTEST_STEM
            ),
            "",
        )
        if not ending:
            break
        stem = stem[: -len(ending)]
    return stem


def search_form(term: str, language: str = "") -> str:
    """The form of a (case-folded) query term that finds all its word forms; `language` is the
    reader's, which decides whether a Cyrillic word is Mongolian or Russian."""
    if not CYRILLIC_WORD.fullmatch(term):
        return term
    if language == "mn" or MONGOLIAN_LETTERS.search(term):
        return mongolian_stem(term)
    stem = _russian().stemWord(term)
    return stem if len(stem) >= SHORTEST_STEM and term.startswith(stem) else term
