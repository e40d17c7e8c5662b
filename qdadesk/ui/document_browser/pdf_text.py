"""An open PDF for the Document Browser: its pages' pixels and the text layer under them.

The text layer answers in offsets of the document's text representation: which character
lies under a point (``character_at``, ``nearest_character``), where a run of the text is
drawn (``boxes_for_run``) and which run lies in a box (``characters_in_box``). Boxes are
REFI-QDA's: points from the page's top-left corner.

Stopgap, kept apart on purpose: the core's shared text-layer API (``character_at`` /
``boxes_for_run`` / ``characters_in_box``) is being written at the same time; until it is
on main this module reads PDFium's characters itself and lines them up with the stored
text of each page. The page view uses only ``OpenPdf``'s public methods, so pointing them
at the core's functions later is a change to this file alone.

PDFium is not thread-safe: an ``OpenPdf`` is used on the GUI thread only.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import pypdfium2

from qdadesk.core.model import Page
from qdadesk.core.pdf_pages import Box, RenderedPage


@dataclass
class _PageChars:
    """One page's characters that belong to the stored text, in text order."""

    offsets: list[int] = field(default_factory=list)  # absolute offsets, ascending
    boxes: list[Box] = field(default_factory=list)  # top-left coordinates, same order


class OpenPdf:
    """A PDF kept open while the Document Browser shows it (closed with ``close``)."""

    def __init__(self, data: bytes, pages: list[Page], text: str) -> None:
        self._pdf = pypdfium2.PdfDocument(data)
        self._pages = pages
        self._text = text
        self._chars: dict[int, _PageChars] = {}
        self.rendered: list[int] = []  # pages rendered, in order (the tests count them)

    def close(self) -> None:
        self._chars = {}
        self._pdf.close()

    # -- pixels ----------------------------------------------------------------------------
    def render(self, page: int, scale: float) -> RenderedPage:
        """Page ``page`` (1-based) at ``scale`` pixels per point, B G R X."""
        pdf_page = self._pdf[page - 1]
        try:
            bitmap = pdf_page.render(scale=scale, prefer_bgrx=True)
            self.rendered.append(page)
            return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        finally:
            pdf_page.close()

    # -- text layer ------------------------------------------------------------------------
    def has_text(self, page: int) -> bool:
        return bool(self._page_chars(page).offsets)

    def character_at(self, page: int, x: float, y: float) -> int | None:
        """The offset of the character whose box holds the point, or None."""
        chars = self._page_chars(page)
        for offset, (x1, y1, x2, y2) in zip(chars.offsets, chars.boxes, strict=True):
            if x1 <= x <= x2 and y1 <= y <= y2:
                return offset
        return None

    def nearest_character(self, page: int, x: float, y: float) -> int | None:
        """The offset of the character nearest the point (a line's characters first: a
        vertical distance counts thrice), or None on a page without text."""
        chars = self._page_chars(page)
        best, best_distance = None, float("inf")
        for offset, (x1, y1, x2, y2) in zip(chars.offsets, chars.boxes, strict=True):
            dx = max(x1 - x, 0.0, x - x2)
            dy = max(y1 - y, 0.0, y - y2)
            distance = dx + 3 * dy
            if distance < best_distance:
                best, best_distance = offset, distance
                if distance == 0:
                    break
        return best

    def boxes_for_run(self, page: int, start: int, end: int) -> list[Box]:
        """Where the text ``start..end`` is drawn on ``page``: one box per line piece."""
        chars = self._page_chars(page)
        first = bisect_left(chars.offsets, start)
        last = bisect_left(chars.offsets, end)
        boxes: list[list[float]] = []
        for x1, y1, x2, y2 in chars.boxes[first:last]:
            if boxes:
                bx1, by1, bx2, by2 = boxes[-1]
                overlap = min(by2, y2) - max(by1, y1)
                if overlap > 0.5 * min(by2 - by1, y2 - y1) and x1 >= bx1 - 1:
                    boxes[-1] = [bx1, min(by1, y1), max(bx2, x2), max(by2, y2)]
                    continue
            boxes.append([x1, y1, x2, y2])
        return [(b[0], b[1], b[2], b[3]) for b in boxes]

    def characters_in_box(self, page: int, box: Box) -> tuple[int, int] | None:
        """The run from the first to the last character whose centre lies in ``box``."""
        chars = self._page_chars(page)
        x1, y1, x2, y2 = box
        inside = [
            offset
            for offset, (a, b, c, d) in zip(chars.offsets, chars.boxes, strict=True)
            if x1 <= (a + c) / 2 <= x2 and y1 <= (b + d) / 2 <= y2
        ]
        return (inside[0], inside[-1] + 1) if inside else None

    def page_of_offset(self, offset: int) -> int | None:
        """The page whose text run holds ``offset`` (1-based), or None."""
        for page in self._pages:
            if page.text_start <= offset < max(page.text_end, page.text_start + 1):
                return page.page
        return None

    def _page_chars(self, number: int) -> _PageChars:
        chars = self._chars.get(number)
        if chars is None:
            chars = self._chars[number] = self._read_chars(number)
        return chars

    def _read_chars(self, number: int) -> _PageChars:
        if not 1 <= number <= len(self._pages):
            return _PageChars()
        page = self._pages[number - 1]
        stored = self._text[page.text_start : page.text_end]
        pdf_page = self._pdf[number - 1]
        text_page = pdf_page.get_textpage()
        try:
            raw = text_page.get_text_range()
            height = pdf_page.get_height()
            # PDFium's text has one character per index; "\r\n" becomes "\n" as on import.
            shown: list[str] = []
            index_of: list[int] = []
            for index, char in enumerate(raw):
                if char == "\r" and raw[index + 1 : index + 2] == "\n":
                    continue
                if char == "\x00":
                    continue
                shown.append("\n" if char == "\r" else char)
                index_of.append(index)
            joined = "".join(shown)
            pairs = _aligned(joined, stored)
            result = _PageChars()
            count = text_page.count_chars()
            for shown_at, stored_at in pairs:
                index = index_of[shown_at]
                if index >= count or joined[shown_at].isspace():
                    continue
                left, bottom, right, top = text_page.get_charbox(index)
                if right <= left and top <= bottom:
                    continue  # generated characters have no box
                result.offsets.append(page.text_start + stored_at)
                result.boxes.append((left, height - top, right, height - bottom))
            return result
        finally:
            text_page.close()
            pdf_page.close()


def _aligned(shown: str, stored: str) -> list[tuple[int, int]]:
    """Pairs (index in PDFium's text, index in the stored text) of the same characters."""
    if shown == stored:
        return [(i, i) for i in range(len(shown))]
    pairs: list[tuple[int, int]] = []
    matcher = SequenceMatcher(None, shown, stored, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        pairs.extend((a + i, b + i) for i in range(size))
    return pairs
