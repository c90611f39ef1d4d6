"""What the three search indexes hold, computed here so that SQLite and PostgreSQL find the same
documents: a document's distinct words, its pairs of words next to each other, and the one- and
two-character pieces of its Chinese, Japanese and Korean text, each as space-separated tokens
in a column of its own (`search_<index>`).

Each goes into an ordinary word index — SQLite FTS5 with its unicode61 tokenizer, a GIN index
on PostgreSQL's `simple` text search — so that every query term is a lookup, never a scan of
the documents' text. The columns are narrow (a word or a piece once, however often the text
has it), so the index stays small and PostgreSQL's planner takes it.

- **Words** (`words`): runs of letters and digits outside CJK. A term of three characters or
  more finds the words that begin with it (a Russian or Mongolian stem finds its inflected
  forms, library/stems.py); a shorter one the word itself ("EU", "UN").
- **Word pairs** (`pairs`): each two words next to each other, as a short hash (so that either
  tokenizer sees one token). A phrase in quotes is looked up by its pairs: two words are found
  next to each other (punctuation between them aside) without reading the text; a longer
  phrase has all of its pairs, and is then checked against the text itself.
- **CJK pieces** (`grams`): CJK has no spaces between words and its words are often one or two
  characters (湿地, 江, 환경). A term of one or two characters is a substring of the text
  exactly when it is one of these pieces; a longer one has all of its two-character pieces,
  and is then checked against the text itself.
"""

import hashlib
import re
from dataclasses import dataclass
from itertools import pairwise

# Han (with extensions A and compatibility ideographs), kana, Hangul syllables and jamo.
CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK}]+")
CJK_TERM = re.compile(f"[{CJK}]{{1,2}}")
# A letter or digit that is not CJK nor an underscore.
WORD = re.compile(f"[^\\W_{CJK}]+")
# A word this long or longer is looked up as the start of words.
PREFIX_FROM = 3
# The indexes, each over the column `search_<index>` (an FTS5 table `library_document_<index>`
# on SQLite, a GIN index of that name on PostgreSQL).
INDEXES = ("words", "pairs", "grams")


def short_term(term: str) -> bool:
    """A CJK term the pieces index answers by itself."""
    return CJK_TERM.fullmatch(term) is not None


def grams(text: str) -> str:
    """The distinct one- and two-character pieces of the CJK runs of `text`."""
    pieces: set[str] = set()
    for run in CJK_RUN.findall(text):
        pieces.update(run)
        pieces.update(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(sorted(pieces))


def words(text: str) -> str:
    """The distinct words of `text` (already case-folded)."""
    return " ".join(sorted(set(WORD.findall(text))))


def pair(first: str, second: str) -> str:
    """Two words next to each other, as one token: 10 hexadecimal digits (40 bits)."""
    return hashlib.blake2b(f"{first} {second}".encode(), digest_size=5).hexdigest()


def pairs(text: str) -> str:
    """The distinct pairs of words next to each other in `text` (already case-folded)."""
    found = WORD.findall(text)
    return " ".join(sorted({pair(a, b) for a, b in pairwise(found)}))


@dataclass(frozen=True)
class Lookup:
    """How the indexes answer one search term (case-folded; a phrase has single spaces)."""

    words: tuple[str, ...]  # each a word of the text, or the start of one (PREFIX_FROM)
    pairs: tuple[str, ...]  # words next to each other, as `pair` tokens
    grams: tuple[str, ...]  # CJK pieces the text has
    # The indexes give the documents that may have the term; a phrase, a word with
    # punctuation or a longer CJK term is then checked against the text itself.
    exact: bool

    @property
    def empty(self) -> bool:
        return not self.words and not self.pairs and not self.grams


def lookup(term: str) -> Lookup:
    found = WORD.findall(term)
    pieces: list[str] = []
    for run in CJK_RUN.findall(term):
        pieces.extend([run] if len(run) <= 2 else [run[i : i + 2] for i in range(len(run) - 1)])
    two_words = len(found) == 2 and term == " ".join(found)
    exact = found == [term] or two_words or (not found and short_term(term))
    if len(found) >= 2:
        pair_tokens = tuple(dict.fromkeys(pair(a, b) for a, b in pairwise(found)))
        return Lookup((), pair_tokens, tuple(dict.fromkeys(pieces)), exact)
    return Lookup(tuple(found), (), tuple(dict.fromkeys(pieces)), exact)
