"""Words, sentences and paragraphs of a document's text, by code-point offsets.

Shared by the lexical search (terms within the same sentence or paragraph), autocoding
(extending a hit) and word frequencies, so all three agree on what a unit is:

- a paragraph is a line: the text between two ``\\n`` (the Browser's blocks);
- a sentence lies inside one paragraph and ends after ``.``, ``!``, ``?`` or ``…`` (with any
  closing quotes or brackets right after them) that are followed by a space or the end of the
  line, or at the end of the paragraph; it includes its closing punctuation and starts at
  its first non-space character; a period after a title (Indonesian ``Bpk.``, ``Sdr.``,
  ``Prof.``, ``Dr.``) never ends one, and after ``dll.``, ``dsb.``, ``mis.`` and the like
  only when a capital letter follows;
- a word is a run of letters, digits and underscores (Python's ``\\w``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

_SENTENCE = re.compile(r"(?m)[^\s][^\n]*?(?:[.!?…]+[\"'”’»)\]]*(?=\s|$)|(?=[ \t\f\v]*$))")
_WORD = re.compile(r"\w+")
# Abbreviations written with a period inside a sentence (Indonesian style guides: KBBI,
# PUEBI). Titles stand before a name; the others end a sentence only before a capital.
_TITLES = frozenset(
    ["bpk", "bp", "bu", "sdr", "sdri", "yth", "prof", "dr", "drs", "dra", "ir", "hj", "kh", "ust"]
)
_INNER = frozenset(
    [
        "dll",
        "dsb",
        "dst",
        "dkk",
        "tsb",
        "mis",
        "spt",
        "hlm",
        "tgl",
        "no",
        "kab",
        "kec",
        "kel",
        "jl",
        "yg",
        "dgn",
        "utk",
    ]
)
_LAST_WORD = re.compile(r"(\w+)\.$")


def _abbreviation_end(text: str, start: int, end: int) -> str | bool:
    """How ``text[start:end]`` ends: "title" (after ``Bpk.``: the sentence goes on), True
    (after ``dll.``: it goes on before a small letter), False (a real end)."""
    if end >= len(text) or text[end] == "\n":
        return False
    found = _LAST_WORD.search(text, max(start, end - 12), end)
    if found is None:
        return False
    word = found.group(1).lower()
    if word in _TITLES:
        return "title"
    return word in _INNER


class TextUnits:
    """Lazily computed word and sentence boundaries of one text."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _sentences(self) -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        joins_next: str | bool = False  # see _abbreviation_end
        for match in _SENTENCE.finditer(self.text):
            if joins_next == "title" or (joins_next and match.group()[0].islower()):
                ends[-1] = match.end()  # the abbreviation did not end the sentence
            else:
                starts.append(match.start())
                ends.append(match.end())
            joins_next = _abbreviation_end(self.text, match.start(), match.end())
        return starts, ends

    @cached_property
    def _words(self) -> tuple[list[int], list[int]]:
        starts, ends = [], []
        for match in _WORD.finditer(self.text):
            starts.append(match.start())
            ends.append(match.end())
        return starts, ends

    # -- paragraphs ------------------------------------------------------------------------
    def paragraph(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph(s) holding ``text[start:end]``, without the line breaks."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", max(end - 1, start))
        return first, len(self.text) if last < 0 else last

    # -- sentences -------------------------------------------------------------------------
    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence(s) holding ``text[start:end]``, with their closing punctuation."""
        starts, ends = self._sentences
        first = bisect_right(ends, start)  # the first sentence ending after ``start``
        last = bisect_left(starts, end) - 1  # the last sentence starting before ``end``
        new_start = min(start, starts[first]) if first < len(starts) else start
        new_end = max(end, ends[last]) if last >= 0 else end
        return new_start, new_end

    def sentence_key(self, position: int) -> int:
        """An id of the sentence holding ``position`` (the index of that sentence)."""
        _, ends = self._sentences
        return bisect_right(ends, position)

    # -- words -----------------------------------------------------------------------------
    def around_words(self, start: int, end: int, count: int) -> tuple[int, int]:
        """``text[start:end]`` widened by ``count`` words on each side (fewer at the ends)."""
        starts, ends = self._words
        if count <= 0:
            return start, end
        before = bisect_right(ends, start)  # words ending at or before ``start``
        after = bisect_left(starts, end)  # the first word starting at or after ``end``
        new_start = starts[max(before - count, 0)] if before else start
        last = min(after + count, len(starts)) - 1
        new_end = ends[last] if last >= after else end
        return min(start, new_start), max(end, new_end)

    def words(self) -> list[str]:
        starts, ends = self._words
        return [self.text[s:e] for s, e in zip(starts, ends, strict=False)]
