"""Two versions of a text, paragraph by paragraph: which paragraphs were kept, changed, added
or removed, and within a changed one which words. difflib aligns the paragraphs first, so a
paragraph inserted in the middle does not make every later one look changed."""

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Piece:
    text: str
    change: str  # "", "removed", "added"


@dataclass(frozen=True)
class ParagraphChange:
    old_number: int | None
    new_number: int | None
    change: str  # "same", "changed", "added", "removed"
    pieces: list[Piece]


def _words(old: str, new: str) -> list[Piece]:
    a, b = old.split(), new.split()
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(Piece(" ".join(a[i1:i2]), ""))
            continue
        if i2 > i1:
            pieces.append(Piece(" ".join(a[i1:i2]), "removed"))
        if j2 > j1:
            pieces.append(Piece(" ".join(b[j1:j2]), "added"))
    return pieces


def compare(old: list[str], new: list[str]) -> list[ParagraphChange]:
    """The changes from `old` to `new` (lists of paragraph texts, numbered from 1)."""
    rows: list[ParagraphChange] = []
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [
                ParagraphChange(i + 1, j + 1, "same", [Piece(old[i], "")])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        rows += _replaced(old, new, i1, i2, j1, j2)
    return rows


# Within a replaced run, a new paragraph is the revision of an old one when they share at least
# this much of their words; otherwise one was removed and the other added.
SIMILAR = 0.5


def _replaced(
    old: list[str], new: list[str], i1: int, i2: int, j1: int, j2: int
) -> list[ParagraphChange]:
    """Pair each old paragraph of the run with the most similar later new one, in order."""
    rows: list[ParagraphChange] = []
    j = j1
    for i in range(i1, i2):
        words = old[i].split()
        scored = [
            (SequenceMatcher(a=words, b=new[k].split(), autojunk=False).ratio(), k)
            for k in range(j, j2)
        ]
        best = max(scored, default=(0.0, -1), key=lambda pair: pair[0])
        if best[0] < SIMILAR:
            rows.append(ParagraphChange(i + 1, None, "removed", [Piece(old[i], "removed")]))
            continue
        rows += [
            ParagraphChange(None, k + 1, "added", [Piece(new[k], "added")])
            for k in range(j, best[1])
        ]
        rows.append(ParagraphChange(i + 1, best[1] + 1, "changed", _words(old[i], new[best[1]])))
        j = best[1] + 1
    rows += [ParagraphChange(None, k + 1, "added", [Piece(new[k], "added")]) for k in range(j, j2)]
    return rows
