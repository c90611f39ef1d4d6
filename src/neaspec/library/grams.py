"""The short-term index: every one- and two-character piece of the Chinese, Japanese and Korean
text in a document, as space-separated tokens.

The trigram index (migration 0002) cannot look up a term shorter than three characters, and CJK
words often are one or two (湿地, 江, 환경). Written as tokens, those pieces go into an ordinary
word index — SQLite FTS5 with its unicode61 tokenizer, PostgreSQL's `simple` text search — so
such a term is a lookup, not a scan of every document. A CJK term of one or two characters is
a substring of the text exactly when it is one of these pieces.
"""

import re

# Han (with extensions A and compatibility ideographs), kana, Hangul syllables and jamo.
CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK}]+")
CJK_TERM = re.compile(f"[{CJK}]{{1,2}}")


def short_term(term: str) -> bool:
    """A term the trigram index cannot look up but this one can."""
    return CJK_TERM.fullmatch(term) is not None


def grams(text: str) -> str:
    """The distinct one- and two-character pieces of the CJK runs of `text`."""
    pieces: set[str] = set()
    for run in CJK_RUN.findall(text):
        pieces.update(run)
        pieces.update(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(sorted(pieces))
