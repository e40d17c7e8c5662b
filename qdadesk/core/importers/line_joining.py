"""Joining hard-wrapped lines at import (an option, off by default).

Text exported from PDFs, e-books and some transcription tools breaks every line at a fixed
width, so a sentence runs over several lines and "autocode by sentence" (or by paragraph)
cuts it. This joins the lines of a paragraph back together, before the document is stored,
so no coding offset ever exists over the old text.

The rule. A line break is a *soft wrap*, and becomes one space, when all of these hold:

1. neither the line nor the next one is blank: a blank line separates paragraphs and stays;
2. the line is long: at least 60 % of the text's wrap width (the length of its 90th
   percentile non-blank line; of its longest line when it has fewer than ten). Short
   lines - headings, addresses, dates, verse, the last line of a paragraph - keep their
   break;
3. the next line does not look like the start of something new: a speaker turn
   (``Interviewer:``, ``Q:``, ``R1:``, ``[00:12:04]``, ``00:12``), a list item
   (``-``, ``*``, ``•``, ``1.``, ``2)``, ``a)``), a page break, or a line indented deeper
   than this one;
4. no heading, list item or table begins or ends at the break (formats with structure).

It applies to plain text and Markdown (and to PDFs' text from before PDFs kept their pages);
in Word, ODT, RTF and HTML files a line end is a paragraph the author made and stays, and a
PDF shown as pages keeps its text layer as it is.

Spaces around a joined break collapse into the one space. A line that ends with a hyphen
after a letter, followed by a lower-case letter, is joined without a space ("self-\\n
reliance" -> "self-reliance"; the hyphen stays, as it may be a real one). Formatting spans
move with their text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from qdadesk.core.i18n import tr
from qdadesk.core.importers.document import FormatSpan, ImportedDocument

_WIDTH_SHARE = 0.6
# Formats whose line ends may be wraps. In Word, ODT, RTF and HTML a line end is the end of a
# paragraph the author made, so those are never joined.
WRAPPED_FORMATS = frozenset({"txt", "md", "pdf"})
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# A turn's time stamp: bare or fully bracketed ("00:00:52]" ends a wrapped "[Pallis 00:00:52]").
_TIMESTAMP = re.compile(rf"^\s*(?:\[{_CLOCK}\]|\({_CLOCK}\)|{_CLOCK})(?:\s|$)")
_NAME_COLON = re.compile(r"^\s*(\S[^:\n]{0,30}?):(?:\s|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))\s")
_STRUCTURE = {"heading", "list_item", "table", "table_row", "table_cell"}


def join_hard_wraps(document: ImportedDocument) -> int:
    """Join ``document``'s soft-wrapped lines in place (text and spans); returns how many
    line breaks were joined and adds a note to its report when any were."""
    if document.original_type and document.original_type not in WRAPPED_FORMATS:
        return 0
    if document.pages:
        # A PDF kept as pages: its text must stay what PDFium reads on each page, so that
        # an offset names a place on a page (text selections, regions' text).
        return 0
    text = document.text.replace("\r\n", "\n").replace("\r", "\n")
    edits: list[tuple[int, int, str]] = []  # (old start, old end, replacement)
    if "\r" in document.text:
        # Keep spans right: the normalisation is an edit like the others.
        edits = _newline_edits(document.text)
        document.text = text
        document.spans = _moved_spans(document.spans, edits)
        edits = []
    joins = soft_wraps(text, document.spans)
    if not joins:
        return 0
    for start, end, replacement in joins:
        edits.append((start, end, replacement))
    pieces: list[str] = []
    last = 0
    for start, end, replacement in edits:
        pieces.append(text[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(text[last:])
    document.text = "".join(pieces)
    document.spans = _moved_spans(document.spans, edits)
    document.report.append(
        tr("{n} hard-wrapped line breaks were joined (Join hard-wrapped lines)").format(
            n=len(joins)
        )
    )
    return len(joins)


def soft_wraps(text: str, spans: Sequence[FormatSpan] = ()) -> list[tuple[int, int, str]]:
    """The soft wraps of ``text`` as edits ``(start, end, replacement)``: the stretch from
    the line's trailing spaces to the next line's leading spaces, and what replaces it."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 2:
        return []
    # The 90th percentile ignores a few over-long lines; a short text has too few lines
    # for a percentile, and its longest line is its width.
    rank = int(0.9 * (len(lengths) - 1)) if len(lengths) >= 10 else len(lengths) - 1
    width = lengths[rank]
    threshold = max(width * _WIDTH_SHARE, 1)
    boundaries = {s.start for s in spans if s.kind in _STRUCTURE}
    boundaries |= {s.end for s in spans if s.kind in _STRUCTURE}
    edits: list[tuple[int, int, str]] = []
    position = 0
    for number, line in enumerate(lines[:-1]):
        following = lines[number + 1]
        newline = position + len(line)
        position = newline + 1
        if not line.strip() or not following.strip():
            continue
        if len(line.rstrip()) < threshold or "\f" in line or "\f" in following:
            continue
        if _speaker_turn(following) or _LIST_ITEM.match(following):
            continue
        if _indent(following) > _indent(line):
            continue
        start = newline - (len(line) - len(line.rstrip()))
        end = position + _indent(following)
        if any(start <= b <= end for b in boundaries):
            continue
        stripped = line.rstrip()
        hyphenated = (
            stripped.endswith("-")
            and len(stripped) > 1
            and stripped[-2].isalpha()
            and following.lstrip()[:1].islower()
        )
        edits.append((start, end, "" if hyphenated else " "))
    return edits


def _speaker_turn(line: str) -> bool:
    """A timestamp, or a short capitalised name before a colon (``Interviewer:``, ``R1:``)."""
    if _TIMESTAMP.match(line):
        return True
    match = _NAME_COLON.match(line)
    if match is None:
        return False
    name = match.group(1)
    return len(name.split()) <= 4 and (name[0].isupper() or name[0].isdigit())


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _newline_edits(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", text) if m.group() != "\n"]


def _moved_spans(spans: list[FormatSpan], edits: list[tuple[int, int, str]]) -> list[FormatSpan]:
    """``spans`` with their offsets moved through ``edits`` (sorted, not overlapping)."""
    if not spans or not edits:
        return spans
    ends = [end for _start, end, _r in edits]
    shifts: list[int] = []  # shift of a position at or after edit i's end
    total = 0
    for start, end, replacement in edits:
        total += len(replacement) - (end - start)
        shifts.append(total)

    def move(offset: int) -> int:
        index = bisect.bisect_right(ends, offset) - 1  # last edit ending at or before
        moved = offset + (shifts[index] if index >= 0 else 0)
        following = index + 1
        if following < len(edits) and edits[following][0] < offset:  # inside an edit
            start, _end, replacement = edits[following]
            base = start + (shifts[index] if index >= 0 else 0)
            moved = base + min(offset - start, len(replacement))
        return moved

    moved = [replace(s, start=move(s.start), end=move(s.end)) for s in spans]
    return [s for s in moved if s.end > s.start]
