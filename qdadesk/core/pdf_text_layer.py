"""A PDF's text layer read with PDFium: each page's text, and where its characters are.

The text representation of a PDF document is built here, page by page (:func:`read_page`),
and the same function maps a character's offset to its place on the page later, so a
text selection on a page, a region's text and the document's offsets always agree.

Positions and boxes are in REFI-QDA's coordinates: points from the top-left corner of the
page as shown (after its ``/Rotate``). Offsets are code points; the functions below take the
page's ``text_start`` (its run in the document's text) and answer in document offsets.
Opened documents and their pages' characters are cached (:func:`qdadesk.core.pdf_pages.open_pdf`).
"""

from __future__ import annotations

import ctypes
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qdadesk.core.pdf_pages import PDFIUM_LOCK, Box, cached_pdf

if TYPE_CHECKING:  # loaded with the first PDF read (see pdf_pages)
    import pypdfium2

PAGE_SEPARATOR = "\n"
"""What stands between two pages' texts in a PDF document's text representation."""

_HYPHEN_MARK = 0x02  # PDFium marks a hyphen it found at a line's end with STX
_DROPPED = frozenset({0x00, 0xFFFE, 0xFFFF})


@dataclass
class PageText:
    """One page's text and its characters.

    ``offsets[i]`` is the offset in ``text`` of PDFium's character ``i`` (-1 when it adds
    nothing: the ``\\r`` of ``\\r\\n``, a low surrogate, debris). ``glyphs[i]`` is 1 for a
    character drawn on the page (not a space or line end PDFium inserted), whose box is
    ``boxes[4 * i : 4 * i + 4]`` (x1, y1, x2, y2, top-left coordinates)."""

    text: str
    offsets: array[int]
    glyphs: bytearray = field(default_factory=bytearray)
    boxes: array[float] = field(default_factory=lambda: array("d"))
    turned: bool = False  # the page's /Rotate is 90 or 270: its lines run down the shown page


def _code_points(textpage: pypdfium2.PdfTextPage, count: int) -> list[int]:
    """Each character's code (UTF-16 unit): all at once when PDFium's text has one unit per
    character (twenty times quicker), else character by character."""
    import pypdfium2.raw as pdfium_c

    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    if written == count + 1:  # the count and the closing NUL
        units = list(buffer[:count])
        # PDFium's text may leave out a character and add another: then it is not the
        # character list. Spot checks catch a shift (each one lasts to the end or the next).
        if all(
            pdfium_c.FPDFText_GetUnicode(textpage, index) == units[index]
            for index in (*range(0, count, 16), count - 1)
        ):
            return units
    return [pdfium_c.FPDFText_GetUnicode(textpage, index) for index in range(count)]


def read_page(pdf_page: pypdfium2.PdfPage, with_boxes: bool = False) -> PageText:
    """The text of ``pdf_page`` (line ends ``\\n``) and its character map; call with
    :data:`~qdadesk.core.pdf_pages.PDFIUM_LOCK` held. The importer and every later lookup
    use this one function, so offsets found on a page are offsets into the stored text."""
    textpage = pdf_page.get_textpage()
    try:
        units = _code_points(textpage, textpage.count_chars())
        page = _plain_page(units) or _page_text(units)
        if with_boxes:
            _read_boxes(pdf_page, textpage, units, page)
        return page
    finally:
        textpage.close()


# What _page_text changes: controls but tab and line feed, a CR not before a LF, surrogates,
# non-characters. A page without them (most pages) is its characters with "\r\n" as "\n".
_SPECIAL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|\r(?!\n)")


def _plain_page(units: list[int]) -> PageText | None:
    """:func:`_page_text`'s result for a page with nothing special on it, made at C speed
    (a third of an import's time otherwise); None for any other page."""
    raw = "".join(map(chr, units))
    if _SPECIAL.search(raw):
        return None
    offsets = array("i")
    start = shift = 0
    for position in [m.start() for m in re.finditer("\r", raw)] + [len(raw)]:
        offsets.extend(range(start - shift, position - shift))
        if position < len(raw):
            offsets.append(position - shift)  # the CR: where its LF stands
            shift += 1
            start = position + 1
    return PageText(raw.replace("\r\n", "\n"), offsets)


def _page_text(units: list[int]) -> PageText:
    """A page's text from its characters' codes, one by one: CR LF and lone CRs become LF,
    PDFium's hyphen mark a hyphen, surrogate pairs one character; other controls and
    non-characters are left out (their offset is -1)."""
    count = len(units)
    pieces: list[str] = []
    offsets = array("i", [-1]) * count
    length = 0
    index = 0
    while index < count:
        unit = units[index]
        if unit == 0x0D:
            if index + 1 < count and units[index + 1] == 0x0A:
                index += 1  # the "\n" of "\r\n" stands for both
                offsets[index - 1] = length
            unit = 0x0A
        elif unit == _HYPHEN_MARK:
            unit = 0x2D
        elif (
            0xD800 <= unit <= 0xDBFF and index + 1 < count and 0xDC00 <= units[index + 1] <= 0xDFFF
        ):
            unit = 0x10000 + ((unit - 0xD800) << 10) + (units[index + 1] - 0xDC00)
            offsets[index] = length
            index += 1  # the low surrogate joins its high one
        if (
            unit in _DROPPED
            or 0xD800 <= unit <= 0xDFFF
            or unit > 0x10FFFF
            or (unit < 0x20 and unit not in (0x09, 0x0A))
        ):
            index += 1
            continue
        offsets[index] = length
        pieces.append(chr(unit))
        length += 1
        index += 1
    return PageText("".join(pieces), offsets)


def _read_boxes(
    pdf_page: pypdfium2.PdfPage, textpage: pypdfium2.PdfTextPage, units: list[int], page: PageText
) -> None:
    to_shown = _page_to_shown(pdf_page)
    import pypdfium2.raw as pdfium_c

    rect = pdfium_c.FS_RECTF()
    glyphs = bytearray(len(units))
    boxes = array("d", [0.0]) * (4 * len(units))
    for index, unit in enumerate(units):
        if page.offsets[index] < 0 or chr(unit).isspace():
            continue
        if pdfium_c.FPDFText_IsGenerated(textpage, index) == 1:
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(rect)):
            continue
        ax, ay = to_shown(rect.left, rect.bottom)
        bx, by = to_shown(rect.right, rect.top)
        glyphs[index] = 1
        boxes[4 * index : 4 * index + 4] = array(
            "d", (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        )
    page.glyphs = glyphs
    page.boxes = boxes
    page.turned = pdf_page.get_rotation() in (90, 270)


def _page_to_shown(pdf_page: pypdfium2.PdfPage) -> Callable[[float, float], tuple[float, float]]:
    """A function from PDF user space (bottom-left origin) to the shown page's top-left
    coordinates: the page's visible box moved to the origin and its /Rotate applied."""
    left, bottom, right, top = pdf_page.get_bbox()
    rotation = pdf_page.get_rotation()

    def convert(x: float, y: float) -> tuple[float, float]:
        if rotation == 90:
            return (y - bottom, x - left)
        if rotation == 180:
            return (right - x, y - bottom)
        if rotation == 270:
            return (top - y, right - x)
        return (x - left, top - y)

    return convert


def _page(data: bytes, page: int) -> PageText:
    """Page ``page`` (1-based) of the PDF ``data`` with its boxes, from the cache."""
    with PDFIUM_LOCK:
        cached = cached_pdf(data)
        key = ("text layer", page)
        found = cached.extras.get(key)
        if not isinstance(found, PageText):  # not read yet
            pdf_page = cached.document[page - 1]
            try:
                found = read_page(pdf_page, with_boxes=True)
            finally:
                pdf_page.close()
            cached.extras[key] = found
        return found


def page_text(data: bytes, page: int) -> str:
    """The text of page ``page`` (1-based) as it stands in the document's text."""
    return _page(data, page).text


MAX_ALIGNED_CHARACTERS = 50_000
"""Longest page text whose stored run is aligned with its text layer when they differ."""


@dataclass(frozen=True)
class _Alignment:
    """Positions ``0..len`` of a page's text layer and of its stored run, each mapped to the
    other: matched characters to each other, the others to the next matched position."""

    to_stored: array[int]
    to_layer: array[int]


def _alignment(data: bytes, page: int, stored: str | None) -> _Alignment | None:
    """None when ``stored`` is the text layer (or not given): offsets are the same."""
    layer = _page(data, page).text
    if stored is None or stored == layer:
        return None
    with PDFIUM_LOCK:
        extras = cached_pdf(data).extras
        key = ("alignment", page, stored)
        found = extras.get(key)
        if not isinstance(found, _Alignment):  # not worked out yet
            found = _align(layer, stored)
            extras[key] = found
        return found


def _align(layer: str, stored: str) -> _Alignment:
    from difflib import SequenceMatcher

    to_stored = array("i", [-1]) * (len(layer) + 1)
    to_layer = array("i", [-1]) * (len(stored) + 1)
    if max(len(layer), len(stored)) <= MAX_ALIGNED_CHARACTERS:
        matcher = SequenceMatcher(None, layer, stored, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for step in range(size):
                to_stored[a + step] = b + step
                to_layer[b + step] = a + step
    to_stored[len(layer)] = len(stored)
    to_layer[len(stored)] = len(layer)
    for table in (to_stored, to_layer):
        following = table[len(table) - 1]
        for index in range(len(table) - 2, -1, -1):
            if table[index] < 0:
                table[index] = following
            following = table[index]
    return _Alignment(to_stored, to_layer)


def _end(table: array[int], end: int) -> int:
    """Where the run ending at ``end`` ends on the other side: just after its last character
    (not at the next matched one, which would take in a character the other side added)."""
    if end <= 0:
        return table[0]
    return min(table[end - 1] + 1, table[len(table) - 1])


def _inside(layer: PageText, index: int, box: Box) -> bool:
    x1, y1, x2, y2 = layer.boxes[4 * index : 4 * index + 4]
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def characters_in_box(
    data: bytes, page: int, box: Box, page_text_start: int = 0, stored: str | None = None
) -> list[tuple[int, int]]:
    """The runs ``(start, end)`` of document offsets whose characters lie in ``box`` on page
    ``page`` (a character lies in the box when the centre of its box does). Spaces and line
    ends between two characters inside join them into one run.

    ``stored``, in this function and those below, is the page's run of the document's text
    when it may differ from what PDFium reads there (text that came with a REFI-QDA
    project, lines joined): offsets are then carried over by aligning the two texts."""
    layer = _page(data, page)
    alignment = _alignment(data, page, stored)
    runs: list[tuple[int, int]] = []
    run_start = run_end = -1
    for index, offset in enumerate(layer.offsets):
        if offset < 0 or not layer.glyphs[index]:
            continue
        if _inside(layer, index, box):
            if run_start < 0:
                run_start = offset
            run_end = offset + 1
        elif run_start >= 0:
            runs.append((run_start, run_end))
            run_start = -1
    if run_start >= 0:
        runs.append((run_start, run_end))
    if alignment is not None:
        moved = [
            (alignment.to_stored[start], _end(alignment.to_stored, end)) for start, end in runs
        ]
        runs = [(start, end) for start, end in moved if end > start]
    return [(start + page_text_start, end + page_text_start) for start, end in runs]


def run_in_box(
    data: bytes, page: int, box: Box, page_text_start: int = 0, stored: str | None = None
) -> tuple[int, int]:
    """From the first to the last character in ``box`` (document offsets), or an empty run
    at ``page_text_start`` when no character lies in it."""
    runs = characters_in_box(data, page, box, page_text_start, stored)
    if not runs:
        return (page_text_start, page_text_start)
    return (runs[0][0], runs[-1][1])


def character_at(
    data: bytes,
    page: int,
    x: float,
    y: float,
    page_text_start: int = 0,
    tolerance: float = 8.0,
    stored: str | None = None,
) -> int | None:
    """The document offset of the character at ``(x, y)`` on page ``page``: the one whose box
    holds the point, else the nearest within ``tolerance`` points; None when there is none."""
    found = _nearest(_page(data, page), x, y, tolerance)
    if found is None:
        return None
    alignment = _alignment(data, page, stored)
    offset = found[0] if alignment is None else alignment.to_stored[found[0]]
    return offset + page_text_start


def has_text(data: bytes, page: int) -> bool:
    """Whether page ``page`` has characters drawn on it (a scanned page has none)."""
    return any(_page(data, page).glyphs)


def nearest_character(
    data: bytes, page: int, x: float, y: float, page_text_start: int = 0, stored: str | None = None
) -> int | None:
    """The document offset of the character nearest ``(x, y)``, however far (None on a page
    without text). A distance across the lines counts thrice, so a point beside a line
    finds that line's character (for selecting text with the mouse)."""
    layer = _page(data, page)
    across_x, across_y = (3.0, 1.0) if layer.turned else (1.0, 3.0)
    best: tuple[float, int] | None = None
    for index, offset in enumerate(layer.offsets):
        if offset < 0 or not layer.glyphs[index]:
            continue
        x1, y1, x2, y2 = layer.boxes[4 * index : 4 * index + 4]
        distance = across_x * max(x1 - x, 0.0, x - x2) + across_y * max(y1 - y, 0.0, y - y2)
        if best is None or distance < best[0]:
            best = (distance, offset)
            if distance == 0.0:
                break
    if best is None:
        return None
    alignment = _alignment(data, page, stored)
    offset = best[1] if alignment is None else alignment.to_stored[best[1]]
    return offset + page_text_start


def _nearest(layer: PageText, x: float, y: float, tolerance: float) -> tuple[int, int] | None:
    best: tuple[float, int, int] | None = None
    for index, offset in enumerate(layer.offsets):
        if offset < 0 or not layer.glyphs[index]:
            continue
        x1, y1, x2, y2 = layer.boxes[4 * index : 4 * index + 4]
        dx = max(x1 - x, 0.0, x - x2)
        dy = max(y1 - y, 0.0, y - y2)
        distance = (dx * dx + dy * dy) ** 0.5
        if distance == 0.0:
            return (offset, index)
        if distance <= tolerance and (best is None or distance < best[0]):
            best = (distance, offset, index)
    return None if best is None else (best[1], best[2])


def boxes_for_run(
    data: bytes,
    page: int,
    start: int,
    end: int,
    page_text_start: int = 0,
    stored: str | None = None,
) -> list[Box]:
    """Rectangles covering the characters of the document run ``[start, end)`` on page
    ``page``, one per stretch of a line (to highlight a selection or a coded segment)."""
    layer = _page(data, page)
    local_start, local_end = start - page_text_start, end - page_text_start
    alignment = _alignment(data, page, stored)
    if alignment is not None and stored is not None:
        local_start = alignment.to_layer[min(max(local_start, 0), len(stored))]
        local_end = _end(alignment.to_layer, min(max(local_end, 0), len(stored)))
    rectangles: list[list[float]] = []
    directions: list[str] = []  # "" (one character so far), "h" or "v": the line's way
    for index, offset in enumerate(layer.offsets):
        if offset < local_start or offset >= local_end or not layer.glyphs[index]:
            continue
        x1, y1, x2, y2 = layer.boxes[4 * index : 4 * index + 4]
        if rectangles:
            last, way = rectangles[-1], directions[-1]
            across = min(last[3], y2) - max(last[1], y1)  # shared height: a row
            along = min(last[2], x2) - max(last[0], x1)  # shared width: a column
            row = way != "v" and across > 0.5 * min(last[3] - last[1], y2 - y1)
            column = way != "h" and along > 0.5 * min(last[2] - last[0], x2 - x1)
            if row != column:  # on the line (text turned with its page runs down a column)
                last[0], last[1] = min(last[0], x1), min(last[1], y1)
                last[2], last[3] = max(last[2], x2), max(last[3], y2)
                directions[-1] = "h" if row else "v"
                continue
        rectangles.append([x1, y1, x2, y2])
        directions.append("")
    return [(r[0], r[1], r[2], r[3]) for r in rectangles]
