"""Shared helpers for the structured importers: a line-by-line text builder with spans.

DOCX, ODT and HTML all turn a tree of paragraphs into ``"\\n"``-joined lines plus
:class:`FormatSpan` records. :class:`TextBuilder` keeps the offset arithmetic in one
place so every importer counts code points the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import PurePath

from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import ntr, tr, tr_noop
from qdadesk.core.importers.document import FormatSpan

INLINE_KINDS = ("bold", "italic", "underline")
"""Inline marks a piece of text can carry; each becomes its own merged span."""

NO_MARKS: frozenset[str] = frozenset()

# Collapsible white space of HTML and ODF (both follow the same rule); no-break space is kept.
_COLLAPSIBLE = re.compile(r"([ \t\r\n\f]+)")
_SPACE_CHARS = " \t\r\n\f"
# Tie-break for spans over the same range, outermost structure first.
_NESTING = {"table": 0, "table_row": 1, "table_cell": 2, "list_item": 3, "heading": 4}


def failure(filename: str, message: str, **values: object) -> ImportFailed:
    """``ImportFailed("<file>: <message>")``, the message translated before filling it in."""
    reason = tr(message).format(**values)
    return ImportFailed(f"{filename}: {reason}", filename=filename, reason=reason)


def note(message: str, **values: object) -> str:
    """A translated ``report`` line."""
    return tr(message).format(**values)


def counted_note(singular: str, plural: str, n: int, **values: object) -> str:
    """A translated ``report`` line about ``n`` things, in the form ``n`` needs."""
    return ntr(singular, plural, n).format(**values)


def document_name(filename: str) -> str:
    """The default document name: the file name without its extension."""
    return PurePath(filename).stem or filename


def roman(number: int) -> str:
    """Lower-case roman numeral, as Word numbers endnotes by default."""
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = []
    for value, symbol in numerals:
        count, number = divmod(number, value)
        out.append(symbol * count)
    return "".join(out)


class TextBuilder:
    """Collects lines of text with inline marks and block spans.

    Lines are joined with ``"\\n"`` and the result has no trailing newline. Inline text is
    added to the current line with :meth:`add` (literal) or :meth:`add_collapsed` (HTML/ODF
    white-space collapsing); :meth:`end_line` commits the line and its inline spans.
    """

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0  # code points committed, separators included
        self._lines = 0
        self._line: list[tuple[str, frozenset[str]]] = []
        self._line_length = 0
        self._pending_space: frozenset[str] | None = None
        self.spans: list[FormatSpan] = []

    # -- positions ---------------------------------------------------------------
    @property
    def line_count(self) -> int:
        """Number of committed lines."""
        return self._lines

    def next_line_start(self) -> int:
        """Offset at which the current (or next) line starts."""
        return self._length + (1 if self._lines else 0)

    def position(self) -> int:
        """Offset of the next character added to the current line."""
        return self.next_line_start() + self._line_length

    def line_is_empty(self) -> bool:
        """True when nothing has been added to the current line."""
        return self._line_length == 0

    # -- inline text -------------------------------------------------------------
    def _append(self, text: str, marks: frozenset[str]) -> None:
        if text:
            self._line.append((text, marks))
            self._line_length += len(text)

    def _last_char_is_space(self) -> bool:
        return bool(self._line) and self._line[-1][0][-1] in _SPACE_CHARS

    def _flush_pending_space(self) -> None:
        if self._pending_space is not None:
            if self._line_length and not self._last_char_is_space():
                self._append(" ", self._pending_space)
            self._pending_space = None

    def add(self, text: str, marks: frozenset[str] = NO_MARKS) -> None:
        """Add literal text (no collapsing) to the current line."""
        if text:
            self._flush_pending_space()
            self._append(text, marks)

    def add_collapsed(self, text: str, marks: frozenset[str] = NO_MARKS) -> None:
        """Add text whose white-space runs collapse to one space, dropped at line edges."""
        for token in _COLLAPSIBLE.split(text):
            if not token:
                continue
            if token[0] in _SPACE_CHARS:
                if self._pending_space is None:
                    self._pending_space = marks
            else:
                self._flush_pending_space()
                self._append(token, marks)

    # -- lines and spans ---------------------------------------------------------
    def end_line(self, keep_empty: bool = True) -> tuple[int, int] | None:
        """Commit the current line; returns its (start, end), or None if dropped empty."""
        self._pending_space = None
        if not self._line_length and not keep_empty:
            return None
        start = self.next_line_start()
        if self._lines:
            self._chunks.append("\n")
        self._add_inline_spans(start)
        self._chunks.extend(piece for piece, _marks in self._line)
        self._length = start + self._line_length
        self._lines += 1
        self._line = []
        self._line_length = 0
        return start, self._length

    def _add_inline_spans(self, start: int) -> None:
        open_at: dict[str, int] = {}
        pos = start
        for piece, marks in self._line:
            for kind in INLINE_KINDS:
                if kind in marks:
                    open_at.setdefault(kind, pos)
                elif kind in open_at:
                    self.spans.append(FormatSpan(open_at.pop(kind), pos, kind))
            pos += len(piece)
        for kind, begin in open_at.items():
            self.spans.append(FormatSpan(begin, pos, kind))

    def add_span(self, kind: str, start: int, end: int, level: int = 0) -> None:
        """Record a span; empty spans are dropped."""
        if end > start:
            self.spans.append(FormatSpan(start, end, kind, level))

    def add_block_span(
        self, kind: str, start: int, level: int = 0, keep_empty: bool = False
    ) -> None:
        """Span from ``start`` (a :meth:`next_line_start` taken earlier) to the last line end.

        Structural spans (tables, cells) pass ``keep_empty`` so that an empty cell still
        has its (zero-length) span and a table can be rebuilt.
        """
        end = self._length
        if end > start or (keep_empty and end == start and self._lines):
            self.spans.append(FormatSpan(start, end, kind, level))

    def text(self) -> str:
        """The text of all committed lines."""
        return "".join(self._chunks)

    def sorted_spans(self) -> list[FormatSpan]:
        """Spans ordered by start, outer (longer) spans first, a table before its rows."""
        return sorted(self.spans, key=lambda s: (s.start, -s.end, _NESTING.get(s.kind, 9)))


# What a word processor's importer says it moved or left out, by counter: (singular, plural).
# DOCX and ODT share these; each importer lists the counters it reports, in its order.
ANNOTATION_NOTES: dict[str, tuple[str, str]] = {
    "text_box": (
        "text of {n} text box placed after the paragraph it is anchored in",
        "text of {n} text boxes placed after the paragraphs they are anchored in",
    ),
    "footnotes": (
        "{n} footnote appended at the end under “{label}”",
        "{n} footnotes appended at the end under “{label}”",
    ),
    "endnotes": (
        "{n} endnote appended at the end under “{label}”",
        "{n} endnotes appended at the end under “{label}”",
    ),
    "comments": (
        "{n} comment appended at the end under “{label}”",
        "{n} comments appended at the end under “{label}”",
    ),
    "image": ("{n} image or drawing left out", "{n} images or drawings left out"),
    "deleted": ("{n} tracked deletion left out", "{n} tracked deletions left out"),
}
SECTION_LABELS = {
    "footnotes": tr_noop("Footnotes"),
    "endnotes": tr_noop("Endnotes"),
    "comments": tr_noop("Comments"),
}


def annotation_report(
    counts: Mapping[str, int], lines: Sequence[tuple[str, str, str]]
) -> list[str]:
    """One line per thing the researcher should know was moved or left out."""
    return [
        counted_note(one, many, counts[key], label=tr(SECTION_LABELS.get(key, "")))
        for key, one, many in lines
        if counts[key]
    ]


def annotation_lines(*keys: str) -> tuple[tuple[str, str, str], ...]:
    """``ANNOTATION_NOTES`` entries as (counter, singular, plural), in the order given."""
    return tuple((key, *ANNOTATION_NOTES[key]) for key in keys)
